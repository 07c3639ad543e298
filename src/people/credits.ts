import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { NameSpan } from "./name-spans";
import { PARTICLES } from "./data/name-parts";

const startsWithDigit = (t: Token | undefined) => !!t && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;

/**
 * Whether a gap opens a new line: a line break not followed by a mark that goes on with the line
 * before. '"…Film Festival Reviews"\n. beyondchron.org. Retrieved …' is one reference, broken by a
 * box set inside it; no line starts with a period.
 */
function newLine(gap: string): boolean {
  const k = gap.lastIndexOf("\n");
  if (k < 0) return false;
  const c = gap.charCodeAt(k + 1);
  // . , ; : ) ]
  return c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 41 && c !== 93;
}

/**
 * Whether the credit word at token i goes on with a place, as prose does: "Reporting from Gaza City,
 * Al Jazeera’s Hani Mahmoud said …" (but "Reporting by …", "Photo: …" credit).
 */
function placedCue(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  return !!next && next.gap === " " && lex.prepositions.has(next.key) && !lex.creditCues.has(next.key);
}

/** Words of a newsroom title and its outlet after a name on a line of their own: "Senior Editor, WBEZ". */
const MAX_TITLE_WORDS = 5;

/**
 * Whether a name opens a line of its own with a newsroom title after a comma: "Jane Whitfield,
 * Senior Editor", "Mariah Woelfel, Senior Editor, WBEZ" (not a role of a body: "Paul Dacre, editor of the Daily Mail").
 */
function titleLine(tokens: readonly Token[], s: NameSpan, block: { from: number; to: number }, lex: Lexicon): boolean {
  if (s.from !== block.from || block.to - s.to > MAX_TITLE_WORDS || tokens[s.to + 1]?.gap !== ", ") return false;
  let title = false;
  for (let k = s.to + 1; k <= block.to; k++) {
    const key = tokens[k]!.key;
    if (lex.links.has(key) || lex.determiners.has(key)) return false;
    title ||= newsroomWord(key, lex);
  }
  return title;
}

/** A newsroom's title, alone or ending a compound: "editor", "Wirtschaftsredakteurin". */
function newsroomWord(key: string, lex: Lexicon): boolean {
  for (const r of lex.newsroomRoles) if (key.endsWith(r)) return true;
  return false;
}

/** Blocks this short (in words) can be a byline or credit line. */
const MAX_CREDIT_WORDS = 25;
/** An author's note at the end is this short (in words): a sentence or two. */
const MAX_NOTE_WORDS = 50;

/**
 * Whether a name is credited rather than written about: in a short block opened by a credit
 * word ("Von Volkmar Kabisch und …, NDR", "By …"), followed by one ("Heba Habib contributed …",
 * "Stella Kim reported from …", which makes the whole short block a credit line), or by the
 * slash of a photo credit ("Anthony Wallace / AFP"); after such a slash or a credit label's colon
 * ("Foto: dpa/Kay Nietfeld"); introduced as the author at the text's end; or cited in a reference list.
 */
export function creditSpans(tokens: readonly Token[], spans: readonly NameSpan[], lex: Lexicon): Set<NameSpan> {
  const blockOf: number[] = [];
  const blocks: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || newLine(tokens[i]!.gap)) blocks.push({ from: i, to: i });
    blocks[blocks.length - 1]!.to = i;
    blockOf.push(blocks.length - 1);
  }
  const short = (b: number) => blocks[b]!.to - blocks[b]!.from < MAX_CREDIT_WORDS;
  const creditBlocks = new Set<number>();
  for (const [b, block] of blocks.entries()) {
    // "Mit Informationen von …", "With reporting by …": the credit word may follow a preposition.
    const first = block.from;
    const k =
      !lex.creditCues.has(tokens[first]!.key) && lex.prepositions.has(tokens[first]!.key) && tokens[first + 1]?.gap === " "
        ? first + 1
        : first;
    if (short(b) && k <= block.to && lex.creditCues.has(tokens[k]!.key) && !placedCue(tokens, k, lex)) creditBlocks.add(b);
  }
  // A reference-list entry: "… Retrieved 27 April 2017", "Abgerufen am 3. Mai", "doi:10.1023/…",
  // "ISBN 978-…". Written lower case with no colon the word is prose: "police retrieved 2 bodies".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!lex.citationCues.has(t.key)) continue;
    const colon = tokens[i + 1]!.gap.startsWith(":");
    const dated = t.text !== t.key && (startsWithDigit(tokens[i + 1]!) || startsWithDigit(tokens[i + 2]));
    if (colon || dated) creditBlocks.add(blockOf[i]!);
  }
  const credited = new Set<NameSpan>();
  for (const s of spans) {
    // "Bild: dpa/Kay Nietfeld", "Foto: picture alliance / Kay Nietfeld", "… Foto: Michael Kappeler":
    // a name after an agency's slash or a credit label's colon is the photographer's, wherever the
    // credit stands in its caption (the people the caption shows stay).
    const gap = tokens[s.from]!.gap;
    const label = tokens[s.from - 1];
    if (gap.includes("/") || (gap.startsWith(":") && !!label && lex.creditCues.has(label.key))) credited.add(s);
    const next = tokens[s.to + 1];
    // A name particle after a word is a preposition there, no credit: "Auf den Spuren von Rafael Nadal".
    // A verb with an object or clause is prose: "Peter Baker reported that …", "… reported the deal".
    const clause = lex.determiners.has(tokens[s.to + 2]?.key ?? "");
    const cue = !!next && lex.creditCues.has(next.key) && !PARTICLES.has(next.text) && !clause;
    const cued = !!next && (next.gap.includes("/") || (next.gap === " " && cue));
    if (cued && short(blockOf[s.from]!)) creditBlocks.add(blockOf[s.from]!);
  }
  for (const s of spans) if (titleLine(tokens, s, blocks[blockOf[s.from]!]!, lex)) creditBlocks.add(blockOf[s.from]!);
  // The author's note closing the text: "Erin Cunningham is an Egypt-based correspondent for The Post."
  const last = blocks.length - 1;
  for (const s of spans) {
    if (blockOf[s.from] !== last || s.from !== blocks[last]!.from || blocks[last]!.to - s.from >= MAX_NOTE_WORDS) continue;
    const verb = tokens[s.to + 1];
    const det = tokens[s.to + 2];
    if (verb?.gap === " " && lex.copulas.has(verb.key) && det?.gap === " " && lex.determiners.has(det.key)) creditBlocks.add(last);
  }
  for (const s of spans) if (creditBlocks.has(blockOf[s.from]!)) credited.add(s);
  return credited;
}
