import { LETTER, LOWER, MARK, NUMBER, UPPER, endsPossessive, isAsciiWordChar, lowerCase, startsUpper, unitsOf } from "../text/char-class";

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

/** Code units of the word character at `i`: 1 or 2 (a surrogate pair), 0 when none is there. */
function wordUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c) ? 1 : 0;
  return unitsOf(text, i, WORD_CHAR);
}

/** End of the word starting at `start` (a word character). */
function wordEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    const c = text.charCodeAt(end);
    if (isAsciiWordChar(c)) end++;
    else if (isJoiner(c)) {
      if (wordUnits(text, end + 1) === 0) return end;
      end++;
    } else if (c < 128 || Number.isNaN(c)) return end;
    else {
      const u = unitsOf(text, end, WORD_CHAR);
      if (u === 0) return end;
      end += u;
    }
  }
}

// A sentence ends at . ! ? : or a line break, possibly followed by closing or opening quotes.
const SENTENCE_GAP = /[.!?:]["'“”„»«‚‘’)\]]*\s+["'“”„»«‚‘’([]*$|\n/u;

/** Whether `gap` can match `SENTENCE_GAP`: it holds one of . ! ? : or a line break (most gaps are ", " or " ("). */
function mayEndSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10) return true;
  }
  return false;
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/**
 * /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u, by table ("Rubio", "O'Neill"), with the usual ASCII words ("the",
 * "US") answered by code first: a `\p{…}` pattern costs a compilation on each page in the content script.
 */
function capitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (isAsciiLower(first) || (first >= 48 && first <= 57)) return false;
  if (isAsciiUpper(first)) {
    const second = word.charCodeAt(1);
    if (isAsciiLower(second)) return true;
    if (isAsciiUpper(second) || (second >= 48 && second <= 57) || second === 45 || Number.isNaN(second)) return false;
  }
  const u = unitsOf(word, 0, UPPER);
  if (u === 0) return false;
  if (unitsOf(word, u, LOWER) > 0) return true;
  const mark = word.charCodeAt(u);
  if (mark !== 39 && mark !== 0x2019) return false;
  const v = unitsOf(word, u + 1, UPPER);
  return v > 0 && unitsOf(word, u + 1 + v, LOWER) > 0;
}

/** A letter in the single code unit at `i`, as /\p{L}/u reads a one-unit string (a lone surrogate is none). */
function letterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c < 0xd800 || c > 0xdfff) && unitsOf(text, i, LETTER) > 0;
}

/**
 * Whether the capitals joined by periods from `start` ("H.W. ") are initials: not a listed
 * abbreviation ("u.s" of "U.S."), and not glued to a following word.
 */
function dottedInitials(text: string, start: number, abbreviations: ReadonlySet<string>): boolean {
  let i = start;
  while (isAsciiUpper(text.charCodeAt(i)) && text[i + 1] === ".") i += 2;
  return !letterUnit(text, i) && !abbreviations.has(lowerCase(text.slice(start, i - 1)));
}

/**
 * Splits text into words with offsets. `abbreviations` (lower case, no period) are words whose
 * period ends no sentence ("dr", "sen"); an initial's period ends none either.
 */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  // Whether the previous token is a letter of a run of initials: "H." of "George H.W. Bush".
  let inInitials = false;
  for (let start = 0; start < text.length;) {
    if (wordUnits(text, start) === 0) {
      start++;
      continue;
    }
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    const afterAbbrev = gap === ". " && prev !== undefined && (prev.initial || abbreviations.has(prev.key));
    const possessive = endsPossessive(word);
    // Not after a lower-case letter's period: the "B." of "z. B." ("zum Beispiel") is no initial.
    const letter =
      word.length === 1 && startsUpper(word) && text[end] === "." && !(gap === ". " && prev?.text.length === 1 && !startsUpper(prev.text));
    // The "S" of "U.S." is no initial, but the "J" and "D" of "J.D. Vance" are.
    const initial: boolean =
      letter && (gap === "." ? inInitials : !letterUnit(text, end + 1) || dottedInitials(text, start, abbreviations));
    inInitials = initial;
    out.push({
      text: word,
      start,
      end,
      nameEnd: possessive ? end - 2 : end,
      key: lowerCase(possessive ? word.slice(0, -2) : word),
      cap: capitalised(word),
      initial,
      possessive,
      gap,
      sentenceStart: prev === undefined || (gap !== " " && !afterAbbrev && mayEndSentence(gap) && SENTENCE_GAP.test(gap)),
    });
    prevEnd = end;
    start = end;
  }
  return out;
}

/** An s-sound at a word's end, which takes a bare apostrophe as its possessive or genitive. */
const S_SOUND = /[sxzß]$/u;

/** Whether name token i owns the next word with a bare apostrophe: "Merz' Sprecher", "Roberts' questions". */
export function apostropheOwner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const gap = tokens[i + 1]?.gap;
  return !!t && t.cap && (gap === "' " || gap === "’ ") && S_SOUND.test(t.key);
}
