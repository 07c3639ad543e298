import type { SourceBlock } from "../text/build-text";
import type { BlockKind } from "../types";
import { HEADING, hintsOf, isHidden, tagOf, type TextOf } from "./dom";
import { isKeptTable, isTeaserHeading } from "./exclude";
import { CAPTION, MEDIA, PULL_QUOTE, REFERENCES } from "./hints";
import { CREDIT_LINE, PICTURE_COUNTER, TEASER_LINE, isBylineLine, isDateLine } from "./phrases";
import { linkDensity, type Stat } from "./stats";
import { walkElements } from "../text/walk";
import { isCreditOnly } from "./credit";
import { firstLetterOrDigit } from "../text/letters";
import { looseRun, separates } from "./loose";
import { closingNotesStart } from "./closing";

const KIND: Record<string, BlockKind> = {
  p: "paragraph",
  blockquote: "quote",
  ul: "list",
  ol: "list",
  dl: "list",
  figcaption: "caption",
  pre: "other",
};

/**
 * A list of references or footnotes, named so or with a cited work in most items: article text,
 * but its quoted titles are no quotations and its authors no people of the story.
 */
function isReferenceList(el: Element): boolean {
  if (REFERENCES.test(hintsOf(el)) || (el.parentElement && REFERENCES.test(hintsOf(el.parentElement)))) return true;
  let items = 0;
  let cited = 0;
  for (let li = el.firstElementChild; li; li = li.nextElementSibling) {
    if (li.localName !== "li") continue;
    items++;
    if (li.getElementsByTagName("cite").length > 0) cited++;
  }
  return items >= 3 && cited * 2 >= items;
}

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

/** A paragraph's kind: a caption in the article's media, a quote in a pull quote's box (its own or its parent's name). */
function paragraphKind(el: Element, stats: Map<Element, Stat>): BlockKind {
  if (inMedia(el, stats)) return "caption";
  const parent = el.parentElement;
  return PULL_QUOTE.test(stats.get(el)?.hints ?? "") || (parent && PULL_QUOTE.test(stats.get(parent)?.hints ?? "")) ? "quote" : "paragraph";
}

/** Whether a box holds a caption (a figcaption, or a box so named: NPR's "caption-wrap"). */
function holdsCaption(el: Element, stats: Map<Element, Stat>): boolean {
  let found = false;
  walkElements(el, (d) => {
    found ||= tagOf(d) === "figcaption" || CAPTION.test(stats.get(d)?.hints ?? "");
    return !found;
  });
  return found;
}

/**
 * Whether visible text follows a label (a heading, "Lesen Sie dazu auch:") in its container, or in
 * that of the box holding the label alone ("<div><h3>Autour de …</h3><hr></div><ol>…"); none
 * following at all counts too (what it introduced is elsewhere), pictures only do not. Called on
 * the last block: any such text was left out.
 */
function leftOutAfter(label: Element, textOf: TextOf): boolean {
  const text = textOf(label);
  for (let el = label; ;) {
    let sib = el.nextElementSibling;
    if (!sib) return true;
    for (; sib; sib = sib.nextElementSibling) if (!isHidden(sib) && textOf(sib)) return true;
    const parent = el.parentElement;
    if (!parent || textOf(parent) !== text) return false;
    el = parent;
  }
}

/** Longest label (characters) that introduces what follows it ("Lesen Sie dazu auch die Pressemitteilungen:"). */
const LABEL_CHARS = 80;

/** A short paragraph ending in a colon: it introduces what follows. */
function isLabel(block: SourceBlock, textOf: TextOf): boolean {
  if (block.kind !== "paragraph") return false;
  const text = textOf(block.el);
  return text.length <= LABEL_CHARS && text.endsWith(":");
}

/** Longest mean item (characters) of a list of tags: topics are a word or a few. */
const TAG_CHARS = 30;

/** A list whose items are all short links (topics, tags), or one such link alone (its label, "Categories"). */
function isTagList(block: SourceBlock, stats: Map<Element, Stat>): boolean {
  const s = stats.get(block.el);
  if (!s || linkDensity(s) < 0.9) return false;
  if (block.kind === "paragraph") return s.chars < TAG_CHARS;
  return block.kind === "list" && s.li > 0 && s.chars / s.li < TAG_CHARS;
}

/** Fewest words of a heading that is a sentence. */
const SENTENCE_WORDS = 4;

/**
 * A sentence with its closing mark ("Es stützt seine Version."): a pull quote, not the title of a box —
 * those are labels ("Mehr zum Thema", "Das könnte Sie auch interessieren:") or questions over a
 * comment form ("Was meinen Sie?").
 */
const isSentence = (text: string) => /\p{Ll}[.!]["“”»«']?$/u.test(text) && text.split(" ").length >= SENTENCE_WORDS;

/** Longest agency line under a text ("ame/dpa/Reuters", characters). */
const AGENCY_LINE_CHARS = 40;

/**
 * Whether a box is sentences of the text with the agencies' line under them ("Russland hält …
 * besetzt." over "ame/dpa/Reuters"), not a chart or a box of labels with its source. Looks through
 * wrappers that hold all of the box's text.
 */
function sentencesOverCredit(el: Element, textOf: TextOf): boolean {
  const parts: string[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const text = textOf(c);
    if (!text) continue;
    if (text === textOf(el)) return sentencesOverCredit(c, textOf);
    parts.push(text);
  }
  const last = parts.pop();
  return !!last && parts.length > 0 && last.length <= AGENCY_LINE_CHARS && CREDIT_LINE.test(last) && parts.every(isSentence);
}

/** Longest teaser text (characters) with its "read more" link. */
const TEASER_CHARS = 400;
/** Longest text (characters) of a "read more" link. */
const MORE_LINK_CHARS = 30;

/** Whether the last thing in `el` is a link saying "read more" ("Weiterlesen", "Read more »"). */
function endsInMoreLink(el: Element, textOf: TextOf): boolean {
  let last = el.lastElementChild;
  while (last && tagOf(last) !== "a") last = last.lastElementChild;
  if (!last || !last.hasAttribute("href")) return false;
  const text = textOf(last);
  // A sentence as the link ("Lesen Sie hier mehr.") tells of a clip or a source in the article's own words.
  return text.length < MORE_LINK_CHARS && !/[.!?]$/.test(text) && TEASER_LINE.test(text) && textOf(el).endsWith(text);
}

/** Shortest paragraph (characters) that ends a label's teaser box as prose, with few links and a closing mark. */
const PROSE_CHARS = 80;
const isProse = (el: Element, stats: Map<Element, Stat>, textOf: TextOf) => {
  const s = stats.get(el);
  return !!s && s.chars >= PROSE_CHARS && linkDensity(s) < 0.3 && /[.!?"“”«»]$/.test(textOf(el));
};

/**
 * The body blocks under the article parts, in document order: headings, paragraphs, quotes,
 * lists, captions; a container holding only inline content is one paragraph, and so is one
 * holding a run of loose text beside its blocks (`runs`: its text is the run, see `looseRun`).
 */
export function collectBlocks(
  parts: readonly Element[],
  stats: Map<Element, Stat>,
  skip: (el: Element) => boolean,
  textOf: TextOf,
): { blocks: SourceBlock[]; runs: Set<Element> } {
  const blocks: SourceBlock[] = [];
  const runs = new Set<Element>();
  /** Containers of runs by the child their run precedes, and those whose run ends them. */
  const runBefore = new Map<Element, Element>();
  const runAtEnd = new Set<Element>();
  /** A block of running text: a caption inside the article's own media, else a paragraph. */
  const pushParagraph = (el: Element) => blocks.push({ kind: paragraphKind(el, stats), el });
  /** Whether to look inside `el`: a container of blocks (else it is a block or left out). */
  const visit = (el: Element): boolean => {
    if (skip(el)) return false;
    const s = stats.get(el);
    if (!s || s.chars === 0) return false;
    const tag = tagOf(el);
    const kind = HEADING.has(tag) ? "heading" : KIND[tag];
    if (s.chars < 100) {
      // Picture credits, gallery counters and lines without letters or digits ("•") go too. A caption whose
      // credit is set apart stays, and so does the box of its picture; other boxes that end in a credit go
      // whole (a chart's "Source: Reuters"), unless it is sentences of the text over the agencies' line.
      const text = textOf(el);
      const credit =
        CREDIT_LINE.test(text) &&
        (s.hasBlock && !inMedia(el, stats) && !holdsCaption(el, stats) ? !sentencesOverCredit(el, textOf) : isCreditOnly(el, skip));
      if (firstLetterOrDigit(text) < 0 || isDateLine(text) || credit || PICTURE_COUNTER.test(text)) return false;
      if (kind !== "heading" && isBylineLine(text)) return false;
    }
    // A short text that ends in a "read more" link is the teaser of another page.
    const line = kind === "paragraph" || (!kind && !s.hasBlock);
    if (line && s.chars < TEASER_CHARS && endsInMoreLink(el, textOf)) return false;
    // A short paragraph that is one link points elsewhere ("Zur Übersicht", "Diskussion im Forum").
    if (kind === "paragraph" && s.chars < 120 && linkDensity(s) >= 0.9) return false;
    if (kind === "list" && isReferenceList(el)) {
      blocks.push({ kind: "other", el });
      return false;
    }
    if (kind) {
      blocks.push({ kind: kind === "paragraph" ? paragraphKind(el, stats) : kind, el });
      return false;
    }
    if (tag === "table" && isKeptTable(el, s)) {
      blocks.push({ kind: "other", el });
      return false;
    }
    // Loose text beside blocks (old pages: text with <br>s) makes the container one paragraph.
    if (!s.hasBlock || (tag !== "table" && s.inlineChars >= 25 && s.inlineChars >= s.chars * 0.3)) {
      pushParagraph(el);
      return false;
    }
    const run = looseRun(el, stats);
    if (run) {
      runs.add(el);
      if (run.before) runBefore.set(run.before, el);
      else runAtEnd.add(el);
    }
    return true;
  };
  // What follows a "Mehr zum Thema" heading or label paragraph, up to the next heading, is the teaser box: the
  // containers whose current child is in one. After a label paragraph ("Lesen Sie auch:") in the text's own
  // container, a paragraph of prose is the text again.
  // By container: whether a label paragraph (not a heading) muted it.
  const muted = new Map<Element, boolean>();
  const enter = (el: Element): boolean => {
    const parent = el.parentElement!;
    const run = runBefore.get(el);
    if (run && !muted.has(parent)) pushParagraph(run);
    // The run's inline elements are in its text.
    if (runs.has(parent) && !separates(el, stats)) return false;
    const tag = tagOf(el);
    if (isTeaserHeading(el)) muted.set(parent, tag === "p");
    else if (HEADING.has(tag) || (muted.get(parent) && tag === "p" && isProse(el, stats, textOf))) muted.delete(parent);
    return !muted.has(parent) && visit(el);
  };
  const leave = (el: Element) => {
    if (runAtEnd.has(el) && !muted.has(el)) pushParagraph(el);
  };
  for (const part of parts) {
    if (!visit(part)) continue;
    walkElements(part, enter, leave);
    leave(part);
  }
  blocks.length = closingNotesStart(blocks, textOf);
  // Lists of short links after the text list the page's topics or tags ("Weather", "Wales"). A
  // heading or label with nothing after it introduced something that was left out (a teaser box, such
  // a list); one followed only by pictures or hidden parts stays, and so does a pull quote set as a heading.
  while (blocks.length > 1) {
    const last = blocks[blocks.length - 1]!;
    const label = (last.kind === "heading" && !isSentence(textOf(last.el))) || isLabel(last, textOf);
    if (!isTagList(last, stats) && !(label && leftOutAfter(last.el, textOf))) break;
    blocks.pop();
  }
  return { blocks, runs };
}
