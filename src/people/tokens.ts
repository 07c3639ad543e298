import { LETTER, MARK, NUMBER, lowerCase, runEnd, unitsOf } from "../text/char-class";

/** A word of the article text with what the name finder asks about it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** End of the word without a possessive "'s": where a name written with one ends. */
  nameEnd: number;
  /** Lower case, without a possessive "'s" / "’s". */
  key: string;
  /** A capital then a lower-case letter ("Rubio", "McCain", "O'Neill"); not "US", "RPCs". */
  cap: boolean;
  /** A single capital followed by a period: the "R." of "Joseph R. Biden". */
  initial: boolean;
  /** Ends in a possessive "'s" / "’s". */
  possessive: boolean;
  /** Text between the previous token and this one. */
  gap: string;
  /** First word of a sentence or block, where any word is capitalised. */
  sentenceStart: boolean;
}

// A word: letters, marks and digits, joined by inner hyphens or apostrophes ("Müller-Westernhagen",
// "O'Neill"); what /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/u matches, scanned by table (see char-class).
const WORD_CHAR = LETTER | MARK | NUMBER;
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** End of the word starting at `start` (a word character). */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start, WORD_CHAR);
  while (isJoiner(text.charCodeAt(end)) && unitsOf(text, end + 1, WORD_CHAR) > 0) end = runEnd(text, end + 1, WORD_CHAR);
  return end;
}

const UPPER = /^\p{Lu}/u;
const CAPITALISED = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u;
// A sentence ends at . ! ? : or a line break, possibly followed by closing or opening quotes.
const SENTENCE_GAP = /[.!?:]["'“”„»«‚‘’)\]]*\s+["'“”„»«‚‘’([]*$|\n/u;

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/** Ends in "'s" or "’s" (a character test: this runs once per word of the text). */
function isPossessive(word: string): boolean {
  const n = word.length;
  const mark = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 115 && (mark === 39 || mark === 0x2019);
}

/** `CAPITALISED`, answered without the pattern for the usual ASCII words ("Rubio", "the", "US"). */
function capitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (isAsciiLower(first) || (first >= 48 && first <= 57)) return false;
  if (isAsciiUpper(first)) {
    const second = word.charCodeAt(1);
    if (isAsciiLower(second)) return true;
    if (isAsciiUpper(second) || (second >= 48 && second <= 57) || second === 45 || Number.isNaN(second)) return false;
  }
  return CAPITALISED.test(word);
}

/**
 * Splits text into words with offsets. `abbreviations` (lower case, no period) are words whose
 * period ends no sentence ("dr", "sen"); an initial's period ends none either.
 */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (let start = 0; start < text.length;) {
    if (unitsOf(text, start, WORD_CHAR) === 0) {
      start++;
      continue;
    }
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    const afterAbbrev = gap === ". " && prev !== undefined && (prev.initial || abbreviations.has(prev.key));
    const possessive = isPossessive(word);
    out.push({
      text: word,
      start,
      end,
      nameEnd: possessive ? end - 2 : end,
      key: lowerCase(possessive ? word.slice(0, -2) : word),
      cap: capitalised(word),
      // Not a letter of an abbreviation: the "S" of "U.S." is no initial.
      initial: word.length === 1 && UPPER.test(word) && text[end] === "." && gap !== "." && !/\p{L}/u.test(text[end + 1] ?? ""),
      possessive,
      gap,
      sentenceStart: prev === undefined || (gap !== " " && !afterAbbrev && SENTENCE_GAP.test(gap)),
    });
    prevEnd = end;
    start = end;
  }
  return out;
}
