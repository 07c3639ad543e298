import { LETTER, MARK, NUMBER, isAsciiWordChar, isWhiteSpace, lowerCase, unitsOf } from "../text/char-class";
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

/** Characters that join two runs of letters into one word: "geht's", "Nato-Sprecherin", "U.S". */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 46;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A comma between digits is a number's ("4,5 Prozent", "5,000 people"), no clause boundary. */
const joinsDigits = (text: string, i: number) =>
  text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));

const WORD_CHAR = LETTER | NUMBER | MARK;

/**
 * A letter, digit or combining mark, one UTF-16 code unit at a time (a surrogate is none). ASCII is
 * tested by code, the rest by the shared table: this runs once per character, cold in the content script.
 */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c);
  return (c < 0xd800 || c > 0xdfff) && unitsOf(text, i, WORD_CHAR) === 1;
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
      while (
        i < limit &&
        (isWordChar(text, i) ||
          (isJoiner(text.charCodeAt(i)) && i + 1 < limit && isWordChar(text, i + 1)) ||
          (i + 1 < limit && joinsDigits(text, i)))
      )
        i++;
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
