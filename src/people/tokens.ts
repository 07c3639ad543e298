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

// Letters and digits, joined by inner hyphens or apostrophes: "Müller-Westernhagen", "O'Neill".
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const CAPITALISED = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u;
const POSSESSIVE = /['’]s$/u;
// A sentence ends at . ! ? : or a line break, possibly followed by closing or opening quotes.
const SENTENCE_GAP = /[.!?:]["'“”„»«‚‘’)\]]*\s+["'“”„»«‚‘’([]*$|\n/u;

/**
 * Splits text into words with offsets. `abbreviations` (lower case, no period) are words whose
 * period ends no sentence ("dr", "sen"); an initial's period ends none either.
 */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    const afterAbbrev = gap === ". " && prev !== undefined && (prev.initial || abbreviations.has(prev.key));
    const possessive = POSSESSIVE.test(word);
    out.push({
      text: word,
      start,
      end,
      nameEnd: possessive ? end - 2 : end,
      key: (possessive ? word.slice(0, -2) : word).toLowerCase(),
      cap: CAPITALISED.test(word),
      // Not a letter of an abbreviation: the "S" of "U.S." is no initial.
      initial: word.length === 1 && UPPER.test(word) && text[end] === "." && gap !== "." && !/\p{L}/u.test(text[end + 1] ?? ""),
      possessive,
      gap,
      sentenceStart: prev === undefined || (gap !== " " && !afterAbbrev && SENTENCE_GAP.test(gap)),
    });
    prevEnd = end;
  }
  return out;
}
