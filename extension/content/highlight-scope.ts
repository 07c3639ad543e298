// Where the `::highlight()` rules apply. Adopting or changing a stylesheet makes the browser
// restyle every element its rules may match and, where highlight styles are inherited (CSS
// highlight inheritance: Chromium, not Firefox 153), everything inside a matched element. A bare
// `::highlight(x)` restyles the whole document (60–110 ms of CPU on a 10,000-element page in
// Chromium); a rule on the element around the whole article still restyles all of it (40–50 ms
// on a long Wikipedia article). So the rules name only the blocks that hold highlights, each by a
// path of child steps that names it alone in the document as it is now.
import { PHRASING_TAGS } from "../../src/text/phrasing";

/** Ids and tag names used as they are: anything else would need escaping (page text never enters our CSS unchecked). */
const PLAIN_NAME = /^[A-Za-z][\w-]*$/;

/**
 * Most elements the rules name. Each rule is matched against every element of its last step's tag
 * (a long article: 20 paths cost ~10 ms of restyle, 230 cost 100–150 ms), so past this many blocks
 * their parents are named instead, a subtree restyle for fewer rules.
 */
const MAX_SCOPES = 16;

/**
 * The elements to style so that every range is styled through them: the block around each (the
 * nearest element around it that is no phrasing element), or, past {@link MAX_SCOPES} blocks, the
 * nearest ancestors that gather them into fewer. Each once; none inside another.
 */
export function blocksAround(ranges: Iterable<Range>): Element[] {
  let blocks = new Set<Element>();
  for (const range of ranges) {
    const node = range.commonAncestorContainer;
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && PHRASING_TAGS.has(el.localName) && el.parentElement) el = el.parentElement;
    if (el) blocks.add(el);
  }
  let scopes = [...blocks].filter((b) => !hasAncestorIn(b, blocks));
  // The deepest first, a level at a time: blocks in one container meet there, not higher up.
  while (scopes.length > MAX_SCOPES) {
    const depth = new Map(scopes.map((b) => [b, depthOf(b)]));
    const deepest = Math.max(...depth.values());
    blocks = new Set(scopes.map((b) => (depth.get(b) === deepest && b.parentElement) || b));
    scopes = [...blocks].filter((b) => !hasAncestorIn(b, blocks));
  }
  return scopes;
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let a = el.parentElement; a; a = a.parentElement) depth++;
  return depth;
}

/**
 * Selectors that each name one of `elements` alone in the document as it is now: child steps
 * (`p:nth-child(7)`) up to the nearest element an id names (`#content`), else to `:root`. Every
 * step carries its tag, so a rule's last step invalidates only elements of that tag. Should the
 * page later move things, a selector names another element or none until the next paint.
 */
export function pathSelectors(elements: readonly Element[]): string[] {
  // Positions among siblings, counted once per parent: a long article's blocks share a parent.
  const position = new Map<Element, number>();
  const positionOf = (el: Element): number => {
    let at = position.get(el);
    if (at === undefined) {
      let i = 0;
      for (let c = el.parentElement!.firstElementChild; c; c = c.nextElementSibling) position.set(c, ++i);
      at = position.get(el)!;
    }
    return at;
  };
  return elements.map((element) => {
    const doc = element.ownerDocument;
    const steps: string[] = [];
    for (let el: Element | null = element; el; el = el.parentElement) {
      if (el.id && PLAIN_NAME.test(el.id) && doc.getElementById(el.id) === el) {
        steps.push(`#${el.id}`);
        break;
      }
      if (!el.parentElement) {
        steps.push(":root");
        break;
      }
      steps.push(`${PLAIN_NAME.test(el.localName) ? el.localName : "*"}:nth-child(${positionOf(el)})`);
    }
    return steps.reverse().join(" > ");
  });
}

/** The rule selector of `::highlight(name)` on the elements `scopes` name, or on every element when it is null. */
export function highlightSelector(scopes: readonly string[] | null, name: string): string {
  return scopes ? scopes.map((s) => `${s}::highlight(${name})`).join(", ") : `::highlight(${name})`;
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
