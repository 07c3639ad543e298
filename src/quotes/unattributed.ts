import type { Block, Quote } from "../types";
import { LETTER, NUMBER, runEnd, unitsOf } from "../text/char-class";
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

const wordSets = new WeakMap<Quote, Set<string>>();

/** A quote's lower-case words, kept while the quote lives (the echo pass runs twice). */
function wordsOf(q: Quote): Set<string> {
  let words = wordSets.get(q);
  if (!words) wordSets.set(q, (words = new Set(wordRuns(q.text.toLowerCase()))));
  return words;
}

/** The runs of letters and digits in `s`: what /[\p{L}\p{N}]+/gu matches, scanned by table (see char-class). */
function wordRuns(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    const end = runEnd(s, i, LETTER | NUMBER);
    if (end === i) i++;
    else {
      out.push(s.slice(i, end));
      i = end;
    }
  }
  return out;
}

/** Share of a quote's words that another quote must hold to be the same words said again. */
const ECHO = 0.7;
/** Distinct words below which an echo must hold them all: most quotes hold "it's a" of "'It's a girl'". */
const SHORT_ECHO = 5;

/**
 * A headline or pull quote without attribution repeats words quoted with a speaker elsewhere
 * („Die Liste der Künstler wird immer länger“ before "„Die Liste der Künstler, die …, wird aber
 * immer länger“, sagte Allendorf").
 */
export function borrowFromEcho(found: Found[]): void {
  const open = (f: Found) => !f.quote.speaker && f.mention === null && f.quote.kind !== "indirect";
  if (!found.some(open)) return;
  // Word → the attributed quotes that hold it, to count shared words without comparing every pair.
  const holders = new Map<string, number[]>();
  for (const [j, f] of found.entries()) {
    if (!f.quote.speaker) continue;
    for (const w of wordsOf(f.quote)) {
      const list = holders.get(w);
      if (list) list.push(j);
      else holders.set(w, [j]);
    }
  }
  const held = (w: string) => holders.get(w) ?? [];
  for (const f of found) {
    if (!open(f)) continue;
    const own = [...wordsOf(f.quote)];
    const need = own.length < SHORT_ECHO ? own.length : Math.ceil(ECHO * own.length);
    // A quote that holds `need` of the words holds one of the rarest `size - need + 1` of them.
    const rare = own.sort((a, b) => held(a).length - held(b).length).slice(0, own.length - need + 1);
    const candidates = [...new Set(rare.flatMap(held))].sort((a, b) => a - b);
    const echo = candidates.find((j) => {
      const other = wordsOf(found[j]!.quote);
      let shared = 0;
      for (const w of own) if (other.has(w)) shared++;
      return shared >= need;
    });
    if (echo !== undefined) copySpeaker(f.quote, found[echo]!.quote);
  }
}

/**
 * Sentences back that a person named may be for a quote to go to them: the quote's own sentence
 * or the one before ("Ein junger Polizist wird knallrot … „Das ist …“", "“…,” Azzouz said. “…”").
 * Further back, others may have spoken; nobody is better than a wrong speaker.
 */
const NEAR_SENTENCES = 1;
/**
 * One sentence more for the person the conversation is already with: a sentence between two of
 * their quotes reports what they said ("„…“, sagt Markus Lau. Auch Fußbodenheizungen lassen sich
 * … steuern. „…“").
 */
const SAME_SPEAKER_SENTENCES = 2;

/**
 * A quote with no attribution of its own goes to whoever entered the scene last: the speaker of
 * the quote before it (a conversation goes on), or a person named since then ("Ein junger
 * Polizist wird knallrot … „Das ist …“", "But for Parata and his family …" ⏎ "“It’s …”"), each a
 * sentence or two back at most and never from before a heading (a new section). A speaker carried
 * over from the quote before is carried no further, except between pieces of one quotation over
 * several paragraphs; a paragraph that is only a quote answers the one before it in a dialogue
 * and is not its speaker's. A pull quote repeats the speaker quoted or reported last before it.
 */
export function fallBack(found: Found[], blocks: readonly Block[], text: string, registry: Registry): void {
  let lastDirect: Found | null = null;
  let lastAny: Found | null = null;
  // Quotes whose speaker the text names: in their own sentence, or as the person just named.
  const named = new Set(found.filter((f) => f.quote.speaker && f.mention && f.mention !== "nobody"));
  for (const [k, f] of found.entries()) {
    if (!f.quote.speaker && f.mention === null && f.quote.kind !== "indirect") {
      const piece = found[k - 1];
      if (f.group >= 0 && piece?.group === f.group && piece.quote.speaker) {
        copySpeaker(f.quote, piece.quote);
        named.add(f);
      } else {
        // Reported speech goes on in the quotes of its own paragraph ("Rheinmetall erklärt, dass
        // … Vielmehr sei … von dem „…“ betroffen").
        const reported = lastAny?.quote.kind === "indirect" && lastAny.block === f.block ? lastAny : lastDirect;
        const prev = f.quote.kind === "block" ? lastAny : reported;
        const scene = sceneStart(blocks, f.block);
        const near = (pos: number, most: number) => pos >= scene && registry.sentencesBetween(pos, f.quote.start) <= most;
        const answers = prev?.block === f.block - 1 && !prev.mention && alone(prev, blocks, text) && alone(f, blocks, text);
        const carried = prev && named.has(prev) && !answers && near(prev.quote.end, SAME_SPEAKER_SENTENCES) ? prev : null;
        const ante = f.quote.kind === "direct" ? registry.antecedent(f.quote.start) : null;
        // In a dialogue the one who spoke last is the one who is answered.
        const same = ante?.who.name === lastDirect?.quote.speaker;
        if (
          ante &&
          !(same && answers) &&
          near(ante.pos, same ? SAME_SPEAKER_SENTENCES : NEAR_SENTENCES) &&
          // One named since does not take the scene over as the object of a preposition, nor
          // as what reported speech is about.
          (!carried || (ante.pos > carried.quote.end && !registry.governed(ante.pos) && !registry.reportedIn(ante.pos, f.quote.start)))
        ) {
          f.quote.speaker = ante.who.name;
          f.quote.speakerRole = ante.who.role;
          named.add(f);
        } else if (carried) copySpeaker(f.quote, carried.quote);
      }
    }
    if (!f.quote.speaker) continue;
    lastAny = f;
    if (f.quote.kind !== "indirect") lastDirect = f;
  }
}

/**
 * Where the scene of a quote in block `b` starts: a few blocks back, or at a heading in between
 * or at `b` itself (a crosshead announces the section after it, not the one before).
 */
function sceneStart(blocks: readonly Block[], b: number): number {
  const first = Math.max(0, b - CARRY_BLOCKS);
  for (let k = b; k >= first; k--) if (blocks[k]!.kind === "heading") return blocks[k]!.start;
  return blocks[first]!.start;
}

/** Whether a quote is all its paragraph holds, but for marks and punctuation. */
function alone(f: Found, blocks: readonly Block[], text: string): boolean {
  const b = blocks[f.block]!;
  return !hasWord(text, b.start, f.quote.start) && !hasWord(text, f.quote.end, b.end);
}

/** Whether a letter or digit stands in text[from, to): scanned from both ends, as a word is most often near the quote. */
function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from, j = to - 1; i <= j; i++, j--) {
    if (unitsOf(text, i, LETTER | NUMBER) > 0 || unitsOf(text, j, LETTER | NUMBER) > 0) return true;
  }
  return false;
}

export function copySpeaker(to: Quote, from: Quote): void {
  to.speaker = from.speaker;
  to.speakerRole = from.speakerRole ?? null;
}
