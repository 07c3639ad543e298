/** Small DOM reads shared by the clip finders. Pure: nothing here changes the page. */
import { HIDDEN_STYLE } from "../article/dom";

/** Elements whose text is never a caption (player UI, scripts, forms). */
const NO_CAPTION = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "button",
  "select",
  "option",
  "textarea",
  "video",
  "audio",
  "iframe",
  "object",
  "svg",
  "form",
]);

/** Subtrees that hold no players (local names): walks over the page do not enter them. */
export const SKIP_TREES: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "select",
  "img",
  "picture",
  "source",
]);

export const skipsCaption = (el: Element) => NO_CAPTION.has(el.localName);

/** A button or an element acting as one. */
export const isControl = (el: Element) => el.localName === "button" || el.getAttribute("role") === "button";

/** Hidden by the page itself (not merely visually hidden for screen readers). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  return !!style && HIDDEN_STYLE.test(style);
}

/** Lower-case words of an element's class and id: "posttv-video-embed" → posttv, video, embed. */
export function nameTokens(el: Element): string[] {
  return `${el.getAttribute("class") ?? ""} ${el.id ?? ""}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Parses attribute or script text as JSON; null when it is not JSON. */
export function parseJson(s: string | null): unknown {
  if (!s) return null;
  const t = s
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, "")
    .replace(/^<!--|-->$/g, "")
    .trim();
  if (!/^[[{]/.test(t)) return null;
  try {
    return JSON.parse(t);
  } catch {
    return null;
  }
}

/** An absolute URL for `href` against the page URL; the input when it cannot be resolved. */
export function absolute(href: string, base: string | null): string {
  // Pages double-escape ampersands in iframe URLs ("?rel=0&amp;start=17").
  const url = href.trim().replace(/&amp;/g, "&");
  try {
    return base ? new URL(url, base).href : url;
  } catch {
    return url;
  }
}

/** The nearest ancestor-or-self with one of these local names (closest() runs a CSS engine in linkedom). */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (names.has(a.localName)) return a;
  return null;
}

/**
 * The first descendant of `root` in document order that passes `test`, stopping when the walk reaches
 * `until`. Iterative (next-in-preorder steps), so no nesting depth can overflow the stack.
 */
export function firstDescendant(root: Element, test: (el: Element) => boolean, until: Node | null = null): Element | null {
  for (let el = nextInTree(root, root); el && el !== until; el = nextInTree(el, root)) if (test(el)) return el;
  return null;
}

/** Every descendant element of `root`, in document order. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  for (let el = nextInTree(root, root); el; el = nextInTree(el, root)) out.push(el);
  return out;
}

/** The element after `el` in document order inside `root` (after its subtree unless `enter`); null at the end of `root`. */
export function nextInTree(el: Element, root: Element | null, enter = true): Element | null {
  if (enter && el.firstElementChild) return el.firstElementChild;
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (a.nextElementSibling) return a.nextElementSibling;
  return null;
}
