/**
 * Per-language knowledge, as data. Each capability owns one section; a new language is a
 * new file in this folder exporting a `LangPack`.
 */
export interface LangPack {
  code: string;
  /** Frequent function words, for language detection from text. */
  stopwords: readonly string[];
  quotes: QuoteLang;
  people: PeopleLang;
  dates: DateLang;
  text: TextLang;
}

// ---- quotes (owned by src/quotes) ----
export interface QuoteLang {
  /** Opening → closing quotation marks used in this language. */
  marks: readonly (readonly [open: string, close: string])[];
}

// ---- people (owned by src/people) ----
export interface PeopleLang {
  /** Honorifics before a surname: "Mr.", "Frau". */
  honorifics: readonly string[];
}

// ---- dates (owned by src/clips and src/article) ----
export interface DateLang {
  /** Month names and abbreviations, lower case → month number 1–12. */
  months: Readonly<Record<string, number>>;
}

// ---- text (owned by src/text/sentences.ts and src/summary) ----
export interface TextLang {
  /**
   * Words that take a period without ending the sentence, lower case, without the final period,
   * inner periods kept: "dr", "z", "u.s".
   */
  abbreviations: readonly string[];
  /** Whether a number with a period is an ordinal here ("am 2. Dezember"), not a sentence end. */
  ordinalPeriod: boolean;
  /** Inflection endings a light stemmer strips from content words, lower case. */
  suffixes: readonly string[];
  /** Phrases of page furniture that never belong in a summary ("read more", "scroll down"), lower case. */
  noise: readonly string[];
}
