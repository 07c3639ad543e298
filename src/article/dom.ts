import { isWhiteSpace } from "../text/char-class";
import { walkNodes } from "../text/walk";

/** Small DOM helpers shared by the article modules; no layout APIs, so they work on any DOM. */

/**
 * Elements whose content is never text a reader sees, or never the text itself: ruby annotations
 * ("rt", "rp": readings printed over Japanese and Chinese words) would double every annotated word.
 */
export const NON_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "link",
  "meta",
  "svg",
  "canvas",
  "head",
  "title",
  "button",
  "select",
  "textarea",
  "input",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "picture",
  "source",
  "rt",
  "rp",
]);

/** Children that make a container more than a paragraph. */
export const BLOCK_CHILD = new Set([
  "blockquote",
  "dl",
  "div",
  "img",
  "ol",
  "p",
  "pre",
  "table",
  "ul",
  "section",
  "article",
  "figure",
  "header",
  "footer",
  "aside",
  "nav",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "form",
  "hr",
  "address",
]);

/** Heading elements (a set: looked up for every element, where a regex test costs more). */
export const HEADING: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

export const tagOf = (el: Element) => el.localName;

/**
 * The element's attribute names, when the caller read them (`getAttributeNames`): the readers below
 * then skip attributes the element lacks. Most elements carry one or two of the eight they ask
 * about, and each read crosses into the browser; the page-wide measuring walk asks for every element.
 */
export type AttributeNames = readonly string[] | undefined;

/** `el`'s attribute `name`, null when absent, without a read when `names` says so. */
const attr = (el: Element, name: string, names: AttributeNames) => (names && !names.includes(name) ? null : el.getAttribute(name));

/** Class, id and data-component joined, for hint matching (pages with hashed class names name their boxes in data-component: "byline-block"). */
export function hintsOf(el: Element, names?: AttributeNames): string {
  const c = attr(el, "class", names) ?? "";
  const id = attr(el, "id", names) ?? "";
  const component = attr(el, "data-component", names);
  const h = id ? `${c} ${id}` : c;
  return component ? `${h} ${component}` : h;
}

/** An inline style that hides its element. */
export const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by attribute or inline style (no layout: computed styles are not available in Node). */
export function isHidden(el: Element, names?: AttributeNames): boolean {
  if (attr(el, "hidden", names) !== null) return true;
  if (attr(el, "aria-hidden", names) === "true" && !/fallback-image/.test(attr(el, "class", names) ?? "")) return true;
  const style = attr(el, "style", names);
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Marked up as the author's name. */
export const isAuthor = (el: Element, names?: AttributeNames) =>
  attr(el, "rel", names) === "author" || /\bauthor\b/.test(attr(el, "itemprop", names) ?? "");

/** Whether an ancestor of `el` (not `el`) has one of `tags`. */
export function hasAncestor(el: Element, tags: ReadonlySet<string>): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (tags.has(tagOf(n))) return true;
  return false;
}

const SPACES = /\s+/g;

/** Text with whitespace collapsed and trimmed. */
export const textOf = (el: Element) => (el.textContent ?? "").replace(SPACES, " ").trim();

/**
 * `textOf(el)` when it is shorter than `max` characters, else null. Reads the text nodes only as
 * far as it must, counting the collapsed text character by character, and builds a string only
 * for short text: rules that look at short lines ask this of every paragraph, and each
 * `textContent` of a long one built and collapsed its whole text (~500 KB on a long page).
 */
export function shortTextOf(el: Element, max: number): string | null {
  const parts: string[] = [];
  // Characters of the collapsed, trimmed text so far; whether white space waits to count as one.
  let count = 0;
  let gap = false;
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        if (isWhiteSpace(data.charCodeAt(i))) gap = count > 0;
        else {
          count += gap ? 2 : 1;
          gap = false;
          if (count >= max) return null;
        }
      }
      parts.push(data);
    }
    // The next node in document order inside `el`.
    let next: Node | null = n.firstChild;
    while (!next && n && n !== el) {
      next = n.nextSibling;
      n = n.parentNode;
    }
    n = next;
  }
  return parts.join("").replace(SPACES, " ").trim();
}

/** Text a reader sees: `textOf` without scripts, styles and other non-text elements. */
export function visibleTextOf(el: Element): string {
  const out: string[] = [];
  walkNodes(el, (n) => {
    if (n.nodeType === 3) out.push((n as Text).data);
    return n.nodeType === 1 && !NON_TEXT.has(tagOf(n as Element));
  });
  return out.join("").replace(SPACES, " ").trim();
}

/** `textOf`, or a memo of it. */
export type TextOf = (el: Element) => string;

/**
 * `textOf` remembered per element, for one extraction: the rules ask for the same element's text
 * several times, and each `textContent` of a big subtree builds its string anew.
 */
export function memoTextOf(): TextOf {
  const memo = new Map<Element, string>();
  return (el) => {
    let t = memo.get(el);
    if (t === undefined) memo.set(el, (t = textOf(el)));
    return t;
  };
}

export { precedes } from "../text/dom-order";

/** The deepest element containing all of `els`. */
export function commonAncestor(els: readonly Element[]): Element | null {
  let anc = els[0] ?? null;
  for (const el of els) while (anc && !anc.contains(el)) anc = anc.parentElement;
  return anc;
}
