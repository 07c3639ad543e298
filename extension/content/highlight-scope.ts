// Where the `::highlight()` rules apply. Adopting a stylesheet makes the browser restyle every
// element its rules may match: a bare `::highlight(x)` matches all of them (a whole-document
// restyle, 60–110 ms of CPU on a 10,000-element page in Chromium). Where highlight styles are
// inherited (CSS highlight inheritance: Chromium, not Firefox 153), a rule on one element paints
// all text inside it and restyles only its subtree: 4 instead of 19 ms on a news page whose
// article is a sixth of it. Every highlight lies inside the article, so the rules can be scoped to
// the nearest element around it that a selector names unambiguously.

/** An element holding every highlight, and the selector that names it. */
export interface HighlightScope {
  element: Element;
  selector: string;
}

/** Ids and tag names used as they are: anything else would need escaping (page text never enters our CSS unchecked). */
const PLAIN_NAME = /^[A-Za-z][\w-]*$/;

/**
 * The nearest element at or above `node` that the document names unambiguously: by its id when
 * the id finds it, else by its tag when it is the only one (`article`, `main`, `body`). Null for a
 * node outside any document. Should the page later give the name to another element too, the
 * rules only reach further.
 */
export function highlightScope(node: Node): HighlightScope | null {
  const doc = node.ownerDocument;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && doc; el = el.parentElement) {
    if (el.id && PLAIN_NAME.test(el.id) && doc.getElementById(el.id) === el) return { element: el, selector: `#${el.id}` };
    // Counted only up to a second one: a page may hold thousands of <div>s.
    if (PLAIN_NAME.test(el.localName) && !doc.getElementsByTagName(el.localName)[1]) return { element: el, selector: el.localName };
  }
  return null;
}

/** The selector of `::highlight(name)` on the element `scope` names, or on every element when it is null. */
export function highlightSelector(scope: string | null, name: string): string {
  return `${scope ?? ""}::highlight(${name})`;
}

/**
 * Whether the text inside `scope` takes the `::highlight(name)` style its rule gives `scope`
 * itself; null when `scope` holds no element to tell. Reads computed styles, so the browser
 * applies the adopted rules here rather than at the next frame. Any doubt (a browser that does
 * not compute highlight styles, a page colour equal to ours) answers false: the safe side.
 */
export function inheritsHighlight(scope: Element, name: string): boolean | null {
  const view = scope.ownerDocument.defaultView;
  const inner = scope.firstElementChild;
  if (!view || !inner) return null;
  const pseudo = `::highlight(${name})`;
  const own = view.getComputedStyle(scope, pseudo).backgroundColor;
  return own !== view.getComputedStyle(scope).backgroundColor && view.getComputedStyle(inner, pseudo).backgroundColor === own;
}
