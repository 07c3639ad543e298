import type { Article } from "./types";
import type { SourceBlock } from "../text/build-text";
import type { BlockKind } from "../types";

export type { Article, ArticleMeta } from "./types";

// PLACEHOLDER v0 — to be replaced by the real extractor.
const KIND: Record<string, BlockKind> = {
  P: "paragraph",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  BLOCKQUOTE: "quote",
  UL: "list",
  OL: "list",
  FIGCAPTION: "caption",
};

export function extractArticle(doc: Document, _opts: { url?: string } = {}): Article {
  const root = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body;
  const blocks: SourceBlock[] = [];
  if (root) {
    for (const el of Array.from(root.querySelectorAll("p, h2, h3, h4, blockquote, ul, ol, figcaption"))) {
      if (el.parentElement?.closest("p, blockquote, ul, ol, figcaption, nav, aside, footer")) continue;
      blocks.push({ kind: KIND[el.tagName] ?? "other", el });
    }
  }
  const h1 = doc.querySelector("h1");
  return {
    root,
    blocks,
    skip: () => false,
    meta: {
      title: h1?.textContent?.trim() || doc.title || null,
      byline: null,
      published: null,
      siteName: null,
      lang: doc.documentElement?.getAttribute("lang")?.split("-")[0]?.toLowerCase() || null,
    },
    isArticle: blocks.length > 0,
    reason: blocks.length > 0 ? undefined : "no article body found",
  };
}
