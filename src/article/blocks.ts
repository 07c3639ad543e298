import type { SourceBlock } from "../text/build-text";
import type { BlockKind } from "../types";
import { HEADING, hintsOf, tagOf, textOf } from "./dom";
import { isDataTable, isTeaserHeading } from "./exclude";
import { dateIndex } from "./meta/date";
import { CAPTION, CREDIT_LINE, MEDIA } from "./hints";
import { linkDensity, type Stat } from "./stats";

const KIND: Record<string, BlockKind> = {
  p: "paragraph",
  blockquote: "quote",
  ul: "list",
  ol: "list",
  dl: "list",
  figcaption: "caption",
  pre: "other",
};

/** Containers of the article's own media: their text blocks are captions. */
const inMedia = (el: Element, stats: Map<Element, Stat>) => {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (tagOf(n) === "figure") return true;
    const h = stats.get(n)?.hints ?? hintsOf(n);
    if (h && (CAPTION.test(h) || MEDIA.test(h))) return true;
    if (tagOf(n) === "article" || tagOf(n) === "body") return false;
  }
  return false;
};

/**
 * A short line with a date that is no sentence ("Aktualisiert: 03.04.2020, 10:15 Uhr", "First
 * published February 1, 2016: 1:28 AM ET"): metadata, not text.
 */
const isDateLine = (text: string) => dateIndex(text) >= 0 && !/[.!?"“”»«]$/.test(text);

/**
 * The body blocks under the article parts, in document order: headings, paragraphs, quotes,
 * lists, captions; a container holding only inline content is one paragraph.
 */
export function collectBlocks(parts: readonly Element[], stats: Map<Element, Stat>, skip: (el: Element) => boolean): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const visit = (el: Element) => {
    if (skip(el)) return;
    const s = stats.get(el);
    if (!s || s.chars === 0) return;
    const tag = tagOf(el);
    const kind = HEADING.test(tag) ? "heading" : KIND[tag];
    if (s.chars < 100) {
      // Picture credits and lines without letters or digits ("•") go too.
      const text = textOf(el);
      if (isDateLine(text) || CREDIT_LINE.test(text) || !/[\p{L}\p{N}]/u.test(text)) return;
    }
    // A short paragraph that is one link points elsewhere ("Zur Übersicht", "Diskussion im Forum").
    if (kind === "paragraph" && s.chars < 120 && linkDensity(s) >= 0.9) return;
    if (kind) {
      blocks.push({ kind: kind === "paragraph" && inMedia(el, stats) ? "caption" : kind, el });
      return;
    }
    if (tag === "table" && isDataTable(el)) {
      blocks.push({ kind: "other", el });
      return;
    }
    // Loose text beside blocks (old pages: text with <br>s) makes the container one paragraph.
    if (!s.hasBlock || (tag !== "table" && s.inlineChars >= 25 && s.inlineChars >= s.chars * 0.3)) {
      blocks.push({ kind: inMedia(el, stats) ? "caption" : "paragraph", el });
      return;
    }
    // What follows a "Mehr zum Thema" heading, up to the next heading, is the teaser box.
    let muted = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (HEADING.test(tagOf(c))) muted = isTeaserHeading(c);
      if (!muted) visit(c);
    }
  };
  for (const part of parts) visit(part);
  // A heading with nothing after it introduced something that was left out (a teaser box).
  while (blocks.length > 1 && blocks[blocks.length - 1]!.kind === "heading") blocks.pop();
  return blocks;
}
