import type { Block, Span } from "../types";
import type { LangPack } from "../lang/types";
import { getLang } from "../lang";

/** A sentence of the article text: trimmed offsets and the index of its block. */
export interface Sentence extends Span {
  block: number;
}

/** Sentence-final punctuation and any closing quotes or brackets glued to it, then a space. */
const END = /[.!?…]+["'”’»«“)\]]*(?=\s)/gu;
/** After the space: an upper-case letter or a digit, maybe behind an opening quote or bracket. */
const OPENING = /\s*["'„“‘»«([]*(?:\p{Lu}|\p{N})/uy;
/** The next word, behind any space and opening quote. */
const NEXT_WORD = /\s*["'„“‘»«([]*([\p{L}\p{N}]+)/uy;
/** A single period, maybe with closing quotes: the only mark an abbreviation can take. */
const PERIOD = /^\.["'”’»«“)\]]*$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

interface Rules {
  abbreviations: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  ordinalPeriod: boolean;
}

const rulesCache = new WeakMap<LangPack, Rules>();
function rulesFor(pack: LangPack): Rules {
  let r = rulesCache.get(pack);
  if (!r) {
    r = {
      abbreviations: new Set(pack.text.abbreviations),
      openers: new Set(pack.text.openers),
      ordinalPeriod: pack.text.ordinalPeriod,
    };
    rulesCache.set(pack, r);
  }
  return r;
}

/**
 * Splits the article text into sentences. Blocks and line breaks always end a sentence; inside a
 * line, `.`, `!`, `?` or `…` (with any closing quote) ends one when an upper-case word or a digit
 * follows — unless the period belongs to an abbreviation, an initial ("John F. Kennedy", "U.S.") or
 * an ordinal number ("2. Dezember"): those end a sentence only before a word that often opens one
 * ("The", "Die"). Pieces without a letter or digit are dropped. Linear in the text's length.
 */
export function splitSentences(ctx: { text: string; blocks: readonly Block[]; lang: string | null }): Sentence[] {
  const rules = rulesFor(getLang(ctx.lang));
  const out: Sentence[] = [];
  ctx.blocks.forEach((b, block) => {
    let lineStart = b.start;
    while (lineStart < b.end) {
      const nl = ctx.text.indexOf("\n", lineStart);
      const lineEnd = nl < 0 || nl > b.end ? b.end : nl;
      splitLine(ctx.text, lineStart, lineEnd, block, rules, out);
      lineStart = lineEnd + 1;
    }
  });
  return out;
}

function splitLine(text: string, start: number, end: number, block: number, rules: Rules, out: Sentence[]) {
  const line = text.slice(start, end);
  let from = 0;
  for (const m of line.matchAll(END)) {
    const stop = m.index + m[0].length;
    if (isBoundary(line, m.index, stop, m[0], rules)) {
      push(text, start + from, start + stop, block, out);
      from = stop;
    }
  }
  push(text, start + from, end, block, out);
}

function isBoundary(line: string, at: number, stop: number, mark: string, rules: Rules): boolean {
  // Only punctuation follows (a stray quote mark): end here; the rest is dropped.
  if (!hasWord(line, stop)) return true;
  OPENING.lastIndex = stop;
  if (!OPENING.test(line)) return false;
  if (!PERIOD.test(mark) || !isAbbreviation(wordBefore(line, at), rules)) return true;
  NEXT_WORD.lastIndex = stop;
  return rules.openers.has(NEXT_WORD.exec(line)?.[1]?.toLowerCase() ?? "");
}

/** The word ending at `at`, inner periods kept ("U.S", "z.B"), lower case. */
function wordBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && (WORD_CHAR.test(line[i - 1]!) || (line[i - 1] === "." && i - 1 > 0 && WORD_CHAR.test(line[i - 2]!)))) i--;
  return line.slice(i, at).toLowerCase();
}

function isAbbreviation(word: string, rules: Rules): boolean {
  if (rules.abbreviations.has(word)) return true;
  // An initial ("F.") or a dotted acronym ("U.S", "z.B").
  if (/^\p{L}$/u.test(word) || /^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return true;
  return rules.ordinalPeriod && /^\d{1,3}$/.test(word);
}

function hasWord(s: string, from: number, to = s.length): boolean {
  for (let i = from; i < to; i++) if (WORD_CHAR.test(s[i]!)) return true;
  return false;
}

function push(text: string, start: number, end: number, block: number, out: Sentence[]) {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (hasWord(text, start, end)) out.push({ start, end, block });
}
