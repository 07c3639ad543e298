/** Small DOM helpers shared by the article modules; no layout APIs, so they work on any DOM. */

/** Elements whose content is never text a reader sees. */
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

/** Class and id joined, for hint matching. */
export function hintsOf(el: Element): string {
  const c = el.getAttribute("class") ?? "";
  const id = el.getAttribute("id") ?? "";
  return id ? `${c} ${id}` : c;
}

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by attribute or inline style (no layout: computed styles are not available in Node). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true" && !/fallback-image/.test(el.getAttribute("class") ?? "")) return true;
  const style = el.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Marked up as the author's name. */
export const isAuthor = (el: Element) => el.getAttribute("rel") === "author" || /\bauthor\b/.test(el.getAttribute("itemprop") ?? "");

/** Whether an ancestor of `el` (not `el`) has one of `tags`. */
export function hasAncestor(el: Element, tags: ReadonlySet<string>): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (tags.has(tagOf(n))) return true;
  return false;
}

const SPACES = /\s+/g;

/** Text with whitespace collapsed and trimmed. */
export const textOf = (el: Element) => (el.textContent ?? "").replace(SPACES, " ").trim();

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
