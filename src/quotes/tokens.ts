import { isWhiteSpace, lowerCase } from "../text/char-class";
import type { Span } from "../types";

/**
 * A word, a punctuation mark, a whole quotation (its marks and words, so that attribution never
 * reads inside quotes) or a line break.
 */
export interface Token {
  kind: "word" | "punct" | "quote" | "break";
  start: number;
  end: number;
  /** The token as written ("" for quote and break tokens). */
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** For quote tokens: index into the quotes passed to `tokenize`. */
  quote: number;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Characters that join two runs of letters into one word: "geht's", "Nato-Sprecherin", "U.S". */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 46;

/** Per UTF-16 code unit: 0 not yet known, 1 a word character, 2 not one. Filled on first sight. */
const WORD_CHAR = new Uint8Array(0x10000);

/** A letter, digit or combining mark; each code unit tested by the pattern once per process (speed). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let known = WORD_CHAR[c]!;
  if (known === 0) WORD_CHAR[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * Splits `text` into tokens, treating each span of `quotes` (marks included, sorted and not
 * overlapping) as one token. One pass over the characters.
 */
export function tokenize(text: string, quotes: readonly Span[]): Token[] {
  const out: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    const next = quotes[q];
    if (next && i >= next.start) {
      out.push({ kind: "quote", start: next.start, end: next.end, text: "", lower: "", cap: false, quote: q });
      i = Math.max(i, next.end);
      q++;
      continue;
    }
    const limit = next ? next.start : text.length;
    const c = text.charCodeAt(i);
    if (c === 10) {
      const start = i;
      while (text.charCodeAt(i) === 10) i++;
      out.push({ kind: "break", start, end: i, text: "", lower: "", cap: false, quote: -1 });
    } else if (isWordChar(text, i)) {
      const start = i;
      while (i < limit && (isWordChar(text, i) || (isJoiner(text.charCodeAt(i)) && i + 1 < limit && isWordChar(text, i + 1)))) i++;
      const w = text.slice(start, i);
      const lower = lowerCase(w);
      out.push({ kind: "word", start, end: i, text: w, lower, cap: w.charCodeAt(0) !== lower.charCodeAt(0), quote: -1 });
    } else {
      if (!isWhiteSpace(c)) out.push({ kind: "punct", start: i, end: i + 1, text: text[i]!, lower: text[i]!, cap: false, quote: -1 });
      i++;
    }
  }
  return out;
}
