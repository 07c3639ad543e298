import type { SourceBlock } from "../text/build-text";
import { BYLINE } from "./hints";
import { isDateLine } from "./phrases";
import { isCreditOnly } from "./credit";
import { walkElements } from "../text/walk";
import { letterRuns } from "../text/letters";
import { BLOCK_CHILD, HEADING, hintsOf, isHidden, precedes, tagOf, visibleTextOf, type TextOf } from "./dom";

const words = (s: string) => letterRuns(s.toLowerCase());

/** Share of the shorter text's words found in the longer one (0–1). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.filter((w) => long.has(w)).length / short.length;
}

/** Share of `part`'s words found in `whole` (0–1; 0 when `part` has none). */
function coverage(whole: string, part: string): number {
  const wp = words(part);
  const ww = new Set(words(whole));
  return wp.length ? wp.filter((w) => ww.has(w)).length / wp.length : 0;
}

/**
 * Whether a line repeats (a piece of) the headline: nearly all its words are in it. A longer line
 * that only contains the headline says more ("Bee Simulator Mehrspieler" under "Bee Simulator").
 */
export const repeatsHeadline = (line: string, headline: string): boolean => coverage(headline, line) >= 0.9;

const visible = (el: Element) => {
  for (let n: Element | null = el; n; n = n.parentElement) if (isHidden(n)) return false;
  return true;
};

/** Least share of the title's words an h1 holds to be the headline without a rival (a site name holds less). */
const HEADLINE_COVERAGE = 1 / 3;

/**
 * The article's headline element: the visible h1 closest to the title, else an h2 or h3 that
 * repeats the title, else the first h1 in or before the body. An h1 that is only a part of the
 * title (the site's name in "Headline @ Blog :: Network") yields to an h2 or h3 that repeats it.
 */
export function findHeadline(doc: Document, title: string | null, first: Element | null, textOf: TextOf): Element | null {
  const h1s = Array.from(doc.querySelectorAll("h1")).filter((h) => textOf(h) && visible(h));
  let best: Element | null = null;
  let bestSim = 0.5;
  if (title) {
    for (const h of h1s) {
      const sim = similarity(textOf(h), title);
      if (sim > bestSim) [best, bestSim] = [h, sim];
    }
    if (best && coverage(textOf(best), title) >= HEADLINE_COVERAGE) return best;
    // A lower heading that repeats the title beats an h1 that does not (a site name or "Detailansicht").
    const repeat = Array.from(doc.querySelectorAll("h2, h3")).find((h) => similarity(textOf(h), title) >= 0.8 && visible(h));
    if (repeat) return repeat;
    if (best) return best;
  }
  return h1s.find((h) => !first || h.contains(first) || first.contains(h) || precedes(h, first)) ?? null;
}

const SENTENCE = /[.!?…:"“”»«)]\s*$/;
/** Author and date lines are not the lead. */
const META_HINT = /date|time|author|byline|meta|credit|caption|breadcrumb|tag|kicker|label/i;

/**
 * A line between headline and body this long (characters) is the lead even without a closing mark:
 * sub-headlines and standfirsts often end without one ("… Il bel tempo tornerà in poche ore").
 */
const UNPUNCTUATED_LEAD = 80;

/** Least mean length (characters) of a list's items for key points, not a menu or a form's labels. */
export const KEY_POINT_CHARS = 40;

/**
 * A lead line without a closing mark: long enough as shown (a script's code has no mark either),
 * no form's labels, and when a list, one of sentences ("Mark Helfrich über das gewaltige Potenzial …").
 */
function unpunctuatedLead(el: Element, tag: string, text: string): boolean {
  if (text.length < UNPUNCTUATED_LEAD || visibleTextOf(el).length < UNPUNCTUATED_LEAD) return false;
  if (el.querySelector("input, textarea, select")) return false;
  if (tag !== "ul" && tag !== "ol") return true;
  const items = el.getElementsByTagName("li").length;
  return items > 0 && text.length / items >= KEY_POINT_CHARS;
}

/** What a lead line is: a sub-headline, a list of key points, a table (a recipe's ingredients), else a paragraph. */
const leadKind = (tag: string): SourceBlock["kind"] =>
  HEADING.has(tag) ? "heading" : tag === "ul" || tag === "ol" ? "list" : tag === "table" ? "other" : "paragraph";

/** Longest line taken for a picture credit (characters), as in the body. */
const CREDIT_CHARS = 100;

/** Metadata lines are short; a longer text is prose whatever its class says ("field-label-hidden"). */
const META_CHARS = 150;

const isMetaLine = (el: Element, textOf: TextOf) => {
  const hints = hintsOf(el);
  if (BYLINE.test(hints)) return true;
  const short = textOf(el).length < META_CHARS;
  return short && (META_HINT.test(hints) || isDateLine(textOf(el)));
};

/** Whether an element holds blocks of its own (then its children are looked at instead). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILD.has(tagOf(c))) return true;
  return false;
}

/** Length of the text inside links. */
function linkChars(el: Element, textOf: TextOf): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName("a"))) n += textOf(a).length;
  return n;
}

/** The child of `parent` that holds `el`. */
function childHolding(parent: Element, el: Element): Element {
  let n = el;
  while (n.parentElement !== parent) n = n.parentElement!;
  return n;
}

/**
 * Whether the page's header holding the headline is followed right by the box holding the body:
 * then the lead is between them, even with the whole page as their container.
 */
const adjacent = (page: Element, headline: Element, firstBlock: Element) =>
  childHolding(page, headline).nextElementSibling === childHolding(page, firstBlock);

/**
 * A caption of a picture: 20+ characters, not a picture credit alone ("Stau © aremac / Clipdealer");
 * a credit set apart ("<span>(Foto: Sven Hoppe/dpa)</span>", left out by `skip`) leaves the caption.
 */
function isCaption(figcaption: Element, skip: (el: Element) => boolean, textOf: TextOf): boolean {
  const text = textOf(figcaption);
  return text.length >= 20 && !(text.length < CREDIT_CHARS && isCreditOnly(figcaption, skip));
}

/**
 * The caption of the article's picture set above it, outside `article`, the element holding headline
 * and body (a page-wide hero picture): the caption of the figure that is the only content of the box
 * right before that element. Document order puts it first.
 */
export function heroCaption(article: Element, skip: (el: Element) => boolean, textOf: TextOf): SourceBlock | null {
  if (tagOf(article) === "body" || tagOf(article) === "html") return null;
  let before = article.previousElementSibling;
  while (before && !textOf(before)) before = before.previousElementSibling;
  if (!before || skip(before)) return null;
  const figure = tagOf(before) === "figure" ? before : before.querySelector("figure");
  const caption = figure?.querySelector("figcaption");
  // The box holds the picture and nothing more: its text is the caption's.
  if (!caption || textOf(before) !== textOf(caption) || skip(caption) || !isCaption(caption, skip, textOf)) return null;
  return { kind: "caption", el: caption };
}

/**
 * Lead paragraphs between the headline and the body (they often sit in the article's header,
 * outside the element that holds the body): prose of 40+ characters with few links, in `lca`, the
 * nearest element holding both; sub-headlines and lists of key points count.
 */
export function findLead(
  headline: Element,
  firstBlock: Element,
  lca: Element,
  skip: (el: Element) => boolean,
  textOf: TextOf,
  maxChars = 1200,
): SourceBlock[] {
  if ((tagOf(lca) === "body" || tagOf(lca) === "html") && !adjacent(lca, headline, firstBlock)) return [];
  const out: SourceBlock[] = [];
  let total = 0;
  /** 0 before the headline, 1 between headline and body, 2 past the body's start. */
  let phase = 0;
  /** Whether to look inside `c` (containers of the headline or the body, figures, boxes of blocks). */
  const enter = (c: Element): boolean => {
    if (phase === 2) return false;
    if (c === headline) phase = 1;
    else if (c === firstBlock) phase = 2;
    else if (phase === 0) return c.contains(headline);
    else if (c.contains(firstBlock)) return true;
    else if (!skip(c)) {
      const tag = tagOf(c);
      // A figcaption is a caption whatever its class says ("a-caption" reads as a meta line's).
      if (tag === "figcaption") {
        if (isCaption(c, skip, textOf)) out.push({ kind: "caption", el: c });
        return false;
      }
      if (isMetaLine(c, textOf)) return false;
      if (tag === "figure" || (tag !== "p" && hasBlockChild(c))) return true;
      const text = textOf(c);
      const closed = SENTENCE.test(text) || unpunctuatedLead(c, tag, text);
      if (text.length >= 40 && linkChars(c, textOf) / text.length < 0.25 && closed && total + text.length <= maxChars) {
        out.push({ kind: leadKind(tag), el: c });
        total += text.length;
      }
    }
    return false;
  };
  walkElements(lca, enter);
  return out;
}
