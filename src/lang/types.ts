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
