import type { Block } from "./types";
import type { TextMap } from "./text/text-map";

/** What the text analyzers (quotes, people, summary) read: the article text and its blocks. */
export interface TextContext {
  text: string;
  blocks: Block[];
  /** Primary language tag, "de", "en", …; null when unknown. */
  lang: string | null;
  title: string | null;
}

/** What DOM-reading analyzers (clips) read in addition: the page and the text's anchoring. */
export interface DomContext extends TextContext {
  doc: Document;
  /** The article's root element, null when none was found. */
  root: Element | null;
  map: TextMap;
  url: string | null;
}
