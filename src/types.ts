/** The analysis of one page: plain JSON, offsets index `text`. Field names are a contract. */
export interface Analysis {
  url: string | null;
  isArticle: boolean;
  /** Why this is not an article, when `isArticle` is false. */
  reason?: string;
  /** BCP 47 primary tag: "de", "en", … */
  lang: string | null;
  title: string | null;
  /** Author(s) as written. */
  byline: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  siteName: string | null;
  /** Article body as plain text, blocks joined by "\n\n". */
  text: string;
  blocks: Block[];
  quotes: Quote[];
  people: Person[];
  clips: Clip[];
  /** Key sentences, in article order. */
  summary: SummarySentence[];
  /** Milliseconds per stage. */
  timings?: Record<string, number>;
}

export const BLOCK_KINDS = ["heading", "paragraph", "quote", "list", "caption", "other"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  start: number;
  end: number;
  kind: "direct" | "block" | "indirect";
  /** Full name where the article gives it, else as written ("ein Sprecher"), else null. */
  speaker: string | null;
  speakerRole?: string | null;
  /** Offsets of the speaker's mention that attributes this quote, when there is one. */
  speakerStart?: number;
  speakerEnd?: number;
}

export interface Person {
  /** Fullest form in the article: "Marco Rubio". */
  name: string;
  /** As written: "US-Außenminister", "Secretary of State". */
  role: string | null;
  /** Public office or its spokespeople, serving or former. */
  official: boolean;
  /** Every mention, short forms included. */
  mentions: Span[];
}

export interface Clip {
  kind: "video" | "audio";
  /** "html5", "youtube", "vimeo", "zdf", "ard", … */
  provider: string;
  title: string | null;
  /** The teaser text shown with the clip. */
  caption: string | null;
  /** ISO 8601 date. */
  date: string | null;
  /** Seconds. */
  duration: number | null;
  /** Start offset in seconds. */
  start: number | null;
  src: string | null;
  /** Offset in `Analysis.text` nearest to where the clip sits. */
  position: number;
}

export interface SummarySentence {
  text: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface AnalyzeOptions {
  url?: string;
  /** Force the language instead of detecting it. */
  lang?: string;
  /** Fill `Analysis.timings`. */
  timings?: boolean;
}
