import type { Block, Quote } from "../types";
import type { Found } from "./found";
import type { Registry } from "./resolve";

/** Blocks back to look for the speaker of an unattributed quote that continues a conversation. */
const CARRY_BLOCKS = 2;

/** The pieces of a quote that runs over several paragraphs have one speaker. */
export function shareWithinGroups(found: Found[]): void {
  const byGroup = new Map<number, Found>();
  for (const f of found) if (f.group >= 0 && f.quote.speaker && !byGroup.has(f.group)) byGroup.set(f.group, f);
  for (const f of found) {
    const src = f.group >= 0 && !f.quote.speaker && f.mention !== "nobody" ? byGroup.get(f.group) : undefined;
    if (src) copySpeaker(f.quote, src.quote);
  }
}

/** Share of a quote's words that another quote must hold to be the same words said again. */
const ECHO = 0.7;

/**
 * A headline or pull quote without attribution repeats words quoted with a speaker elsewhere
 * („Die Liste der Künstler wird immer länger“ before "„Die Liste der Künstler, die …, wird aber
 * immer länger“, sagte Allendorf").
 */
export function borrowFromEcho(found: Found[]): void {
  const words = found.map((f) => new Set(f.quote.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  for (const [i, f] of found.entries()) {
    if (f.quote.speaker || f.mention !== null || f.quote.kind === "indirect") continue;
    const own = [...words[i]!];
    const echo = found.find((g, j) => j !== i && g.quote.speaker && own.filter((w) => words[j]!.has(w)).length >= ECHO * own.length);
    if (echo) copySpeaker(f.quote, echo.quote);
  }
}

/**
 * A quote with no attribution of its own goes to whoever entered the scene last: the speaker of
 * the quote before it (a conversation goes on), or a person named since then ("Ein junger
 * Polizist wird knallrot … „Das ist …“", "But for Parata and his family …" ⏎ "“It’s …”"). A
 * pull quote repeats the speaker quoted or reported last before it.
 */
export function fallBack(found: Found[], blocks: readonly Block[], registry: Registry): void {
  let lastDirect: Found | null = null;
  let lastAny: Found | null = null;
  for (const f of found) {
    if (!f.quote.speaker && f.mention === null && f.quote.kind !== "indirect") {
      // Reported speech goes on in the quotes of its own paragraph ("Rheinmetall erklärt, dass
      // … Vielmehr sei … von dem „…“ betroffen").
      const reported = lastAny?.quote.kind === "indirect" && lastAny.block === f.block ? lastAny : lastDirect;
      const prev = f.quote.kind === "block" ? lastAny : reported;
      const carried = prev && f.block - prev.block <= CARRY_BLOCKS ? prev : null;
      const scene = blocks[Math.max(0, f.block - CARRY_BLOCKS)]!.start;
      const ante = f.quote.kind === "direct" ? registry.antecedent(f.quote.start) : null;
      if (ante && ante.pos >= scene && (!carried || ante.pos > carried.quote.end)) {
        f.quote.speaker = ante.who.name;
        f.quote.speakerRole = ante.who.role;
      } else if (carried) copySpeaker(f.quote, carried.quote);
    }
    if (!f.quote.speaker) continue;
    lastAny = f;
    if (f.quote.kind !== "indirect") lastDirect = f;
  }
}

function copySpeaker(to: Quote, from: Quote): void {
  to.speaker = from.speaker;
  to.speakerRole = from.speakerRole ?? null;
}
