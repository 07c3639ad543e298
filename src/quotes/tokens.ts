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
const SPACE = /\s/;
/** Characters that join two runs of letters into one word: "geht's", "Nato-Sprecherin", "U.S". */
const JOINERS = new Set(["'", "’", "-", "."]);

/** A letter or digit; ASCII without a regular expression, the rest with one (speed). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(text[i]!);
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
    const c = text[i]!;
    if (c === "\n") {
      const start = i;
      while (text[i] === "\n") i++;
      out.push({ kind: "break", start, end: i, text: "", lower: "", cap: false, quote: -1 });
    } else if (isWordChar(text, i)) {
      const start = i;
      while (i < limit && (isWordChar(text, i) || (JOINERS.has(text[i]!) && i + 1 < limit && isWordChar(text, i + 1)))) i++;
      const w = text.slice(start, i);
      const first = w[0]!;
      out.push({ kind: "word", start, end: i, text: w, lower: w.toLowerCase(), cap: first !== first.toLowerCase(), quote: -1 });
    } else {
      if (!SPACE.test(c)) out.push({ kind: "punct", start: i, end: i + 1, text: c, lower: c, cap: false, quote: -1 });
      i++;
    }
  }
  return out;
}
