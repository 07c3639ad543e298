import type { TextContext } from "../context";
import type { Block, Person, Quote } from "../types";
import { lexiconFor, type Lexicon } from "./lexicon";
import { scanMarks, type MarkedSpan } from "./scan-marks";
import { isQuotation } from "./is-quotation";
import { tokenize, type Token } from "./tokens";
import { endsSentence, sentences } from "./sentences";
import { attribute, isWriter } from "./attribute";
import { answerer } from "./interview";
import { parseMention, type Mention } from "./mention";
import { Registry, type Speaker } from "./resolve";
import { splitBlockQuote } from "./block-quote";
import { speakerAfter } from "./point-back";
import { bodyForIt } from "./it-said";
import { alsoReported, findReported } from "./indirect";
import { continuedReports } from "./continued";
import { findNames } from "./names";
import { documentBefore } from "./place";
import { namesSpeaker, readCapitals } from "./speaker-evidence";
import type { Found } from "./found";
import { blockAt, byStart, lastBelow } from "./search";
import { borrowFromEcho, copySpeaker, fallBack, shareWithinGroups } from "./unattributed";
import { runSteps, type Steps } from "../steps";
import { letterRuns } from "../text/letters";

/** Direct, block and indirect quotations with their speakers, in text order. */
export function findQuotes(ctx: TextContext, people: readonly Person[]): Quote[] {
  return runSteps(quoteSteps(ctx, people));
}

/**
 * `findQuotes` in four steps, for a caller that gives the page a turn in between: yields "words"
 * once the marks and words are read, "names" once the sentences are cut and the people placed,
 * "quotes" once the quotations are found, then returns them with their speakers.
 */
export function* quoteSteps(ctx: TextContext, people: readonly Person[]): Steps<Quote[]> {
  const { text, blocks } = ctx;
  const lex = lexiconFor(ctx.lang);
  const isBlockQuote = (b: Block) => b.kind === "quote";
  const headline = headlineBlocks(text, blocks);
  // Code, data tables and reference lists ("other" blocks) quote titles and strings, not people.
  const spans = scanMarks(text, blocks, lex, isBlockQuote).filter(
    (s) => s.block >= headline && blocks[s.block]?.kind !== "other" && isQuotation(text, s, lex),
  );
  const tokens = tokenize(
    text,
    spans.map((s) => ({ start: s.open, end: s.close })),
  );
  yield "words";
  const inner = (q: number) => text.slice(spans[q]!.start, spans[q]!.end).trim();
  const bounds = sentences(
    tokens,
    lex,
    (q) => endsSentence(inner(q)),
    (q) => /[!?]$/.test(inner(q)),
  );
  const quoteAt = within(spans.map((sp) => ({ start: sp.open, end: sp.close })));
  const captionAt = within(blocks.filter((b) => b.kind === "caption"));
  const starts = bounds.map(([from]) => tokens[from]!.start);
  const registry = new Registry(text, tokens, lex, (pos) => !quoteAt(pos) && !captionAt(pos), starts);
  registry.addPeople(people);
  registry.addUnnamed();
  // The people engine knows names better; without it, this module finds its own.
  for (const n of findNames(tokens, lex, people.length === 0)) registry.addName(n.name, n.role);
  yield "names";

  const known = (name: string) => registry.knows(name);
  const caps = readCapitals(tokens, bounds, lex);
  const speaks = (m: Mention) => namesSpeaker(m, caps, lex, known);
  const found = directQuotes(text, tokens, bounds, spans, blocks, lex, known, speaks);
  found.push(...reportedQuotes(text, tokens, bounds, blocks, lex, known, speaks));
  found.push(...blockQuotes(text, tokens, blocks, lex, speaks));
  found.push(...continuedReports(text, tokens, bounds, found, blocks, lex));
  yield "quotes";
  for (const f of found) {
    if (!f.mention || f.mention === "nobody") continue;
    if (f.mention.kind === "name") registry.addName(f.mention.text, f.mention.role);
    else registry.addSpeakerMention(f.mention);
  }
  registry.finish();
  found.sort((a, b) => a.quote.start - b.quote.start);

  for (const f of found) if (f.mention && f.mention !== "nobody") setSpeaker(f.quote, f.mention, registry);
  shareWithinGroups(found);
  borrowFromEcho(found);
  fallBack(found, blocks, text, registry);
  borrowFromEcho(found);
  for (const f of found) if (f.carries && !f.quote.speaker) copySpeaker(f.quote, f.carries.quote);
  // Reported speech of "sie" or "they" that no group named before takes up: nobody's words; so is
  // speech carried on from a quote that found no speaker.
  const unresolved = (f: Found) =>
    f.quote.kind === "indirect" && !f.quote.speaker && f.mention !== "nobody" && (f.mention?.kind === "impersonal" || !!f.carries);
  return found.filter((f) => !unresolved(f)).map((f) => f.quote);
}

function directQuotes(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  spans: readonly MarkedSpan[],
  blocks: readonly Block[],
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
): Found[] {
  const out: Found[] = [];
  let group = 0;
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "quote") continue;
    while (bounds[s] && bounds[s]![1] <= i) s++;
    const [from, to] = bounds[s] ?? [i, i + 1];
    const span = spans[t.quote]!;
    const words = trimmed(text, span.start, span.end);
    let said = attribute(text, tokens, from, to, i, lex, known, speaks);
    // The writer's own words name nobody, but for the one who answers in an interview.
    if (isWriter(said, lex)) said = answerer(text, tokens, blocks[span.block]!, known) ?? "nobody";
    else if (said === "nobody") said = bodyForIt(text, tokens, bounds, s, blocks, lex, known) ?? "nobody";
    out.push({
      quote: { text: text.slice(words.start, words.end), ...words, kind: "direct", speaker: null, speakerRole: null },
      block: span.block,
      mention: placeToDocument(text, tokens, i, said, lex),
      group,
    });
    if (!span.continues) group++;
  }
  return out;
}

/** "So hieß es dort": the speaker is the document named before. */
function placeToDocument(text: string, tokens: readonly Token[], at: number, m: Mention | "nobody" | null, lex: Lexicon) {
  return m !== "nobody" && m?.kind === "place" ? (documentBefore(text, tokens, at, lex) ?? "nobody") : m;
}

function reportedQuotes(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  blocks: readonly Block[],
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
): Found[] {
  const out: Found[] = [];
  for (const [s, [from, to]] of bounds.entries()) {
    const it = () => bodyForIt(text, tokens, bounds, s, blocks, lex, known);
    for (let r = findReported(text, tokens, from, to, lex, known, speaks, it); r; r = alsoReported(r, tokens, from, to, lex)) {
      const block = blockAt(blocks, r.words.start);
      // A heading reports in shorthand what the article reports in full ("BMA says doctors will strike").
      if (blocks[block]?.kind === "other" || blocks[block]?.kind === "heading") break;
      out.push({
        quote: { text: text.slice(r.words.start, r.words.end), ...r.words, kind: "indirect", speaker: null, speakerRole: null },
        block,
        mention: r.mention,
        group: -1,
      });
    }
  }
  return out;
}

/** The words of a line in lower case, however it is set. */
const wordsOf = (s: string) => letterRuns(s.toLowerCase());

/** Least words of a block that repeats the text to be taken for a pull quote (a short refrain may be a block's own). */
const PULL_QUOTE_WORDS = 5;

function blockQuotes(
  text: string,
  tokens: readonly Token[],
  blocks: readonly Block[],
  lex: Lexicon,
  speaks: (m: Mention) => boolean,
): Found[] {
  const out: Found[] = [];
  let flat: string | null = null;
  for (const [b, block] of blocks.entries()) {
    if (block.kind !== "quote") continue;
    const parts = splitBlockQuote(text, block);
    if (!parts) continue;
    // A pull quote repeats a line of the text (a quotation found there, or the writer's own): no quotation of its own.
    const lineWords = wordsOf(text.slice(parts.words.start, parts.words.end));
    const line = lineWords.join(" ");
    flat ??= wordsOf(text).join(" ");
    if (lineWords.length >= PULL_QUOTE_WORDS && flat.indexOf(line) !== flat.lastIndexOf(line)) continue;
    let mention: Mention | "nobody" | null = null;
    if (parts.attribution) {
      // The first tokens at or after the attribution's start and end.
      const i = lastBelow(tokens, parts.attribution.start, byStart) + 1;
      const end = lastBelow(tokens, parts.attribution.end, byStart) + 1;
      mention = i < tokens.length ? parseMention(text, tokens, i, end, lex) : null;
      if (mention && !mention.role) mention = { ...mention, role: roleAfterComma(text, parts.attribution, mention) };
      // An attribution line that names no speaker ("Belohnung: …") is no one's.
      if (mention && !speaks(mention)) mention = "nobody";
    } else mention = speakerAfter(text, tokens, blocks[b + 1], lex, speaks);
    const words = parts.words;
    out.push({
      quote: { text: text.slice(words.start, words.end), ...words, kind: "block", speaker: null, speakerRole: null },
      block: b,
      mention,
      group: -1,
    });
  }
  return out;
}

/** "Oana Lungescu, ehem. Nato-Sprecherin": what follows the name's comma is the role. */
function roleAfterComma(text: string, line: { start: number; end: number }, m: Mention): string | null {
  const rest = /^\s*,\s*(.*)$/su.exec(text.slice(m.end, line.end))?.[1]?.trim();
  return rest || null;
}

function setSpeaker(q: Quote, m: Mention, registry: Registry): void {
  const who: Speaker | null = registry.resolve(m);
  q.speaker = who?.name ?? null;
  q.speakerRole = who ? (who.role ?? m.role) : null;
  if (who) {
    q.speakerStart = m.start;
    q.speakerEnd = m.end;
  }
}

function trimmed(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A membership test for positions in sorted, non-overlapping spans (binary search). */
function within(spans: readonly { start: number; end: number }[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Words a kicker over the headline holds at most: "Nahost-Reise", "Streit in der Koalition". */
const MAX_KICKER_WORDS = 5;

/**
 * How many blocks the headline takes: the headings before the first other block, after a kicker
 * that a page sets as a paragraph of its own (a few words, no sentence). A headline quotes in
 * shorthand what the article reports in full; crossheads further down count.
 */
function headlineBlocks(text: string, blocks: readonly Block[]): number {
  const top = blocks[0] ? text.slice(blocks[0].start, blocks[0].end) : "";
  const kicker = blocks[0]?.kind === "paragraph" && blocks[1]?.kind === "heading" && wordsOf(top).length <= MAX_KICKER_WORDS;
  const from = kicker && !/[.!?:"“”„«»]/.test(top) ? 1 : 0;
  const first = blocks.findIndex((b, k) => k >= from && b.kind !== "heading");
  return first < 0 || first === from ? 0 : first;
}
