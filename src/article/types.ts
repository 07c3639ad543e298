import type { SourceBlock } from "../text/build-text";

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  siteName: string | null;
  /** Declared language (html lang, og:locale, JSON-LD), primary tag; null when none. */
  lang: string | null;
}

export interface Article {
  /** The element holding the article body, null when none was found. */
  root: Element | null;
  /** Body blocks in document order, each with its live element. */
  blocks: SourceBlock[];
  /** Descendants of a block to leave out of its text (ads, share bars inside the body). */
  skip: (el: Element) => boolean;
  meta: ArticleMeta;
  isArticle: boolean;
  reason?: string;
}
