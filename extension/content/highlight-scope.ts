// Where the `::highlight()` rules apply. Adopting or changing a stylesheet makes the browser
// restyle every element its rules may match and, where highlight styles are inherited (CSS
// highlight inheritance: Chromium, not Firefox 153), everything inside a matched element. A bare
// `::highlight(x)` restyles the whole document (60–110 ms of CPU on a 10,000-element page in
// Chromium); a rule on the element around the whole article still restyles all of it (60–100 ms
// on a long Wikipedia article). So the rules name only the blocks that hold highlights, each run
// of them by a path of child steps and a range of positions.
import { PHRASING_TAGS } from "../../src/text/phrasing";

/** Ids and tag names used as they are: anything else would need escaping (page text never enters our CSS unchecked). */
const PLAIN_NAME = /^[A-Za-z][\w-]*$/;

/**
 * Most rules. Each is matched against every element of its last step's tag (a long article: 20
 * rules cost ~10 ms of restyle, 230 cost 100–150 ms), so past this many blocks neighbours are named
 * together, then parents.
 */
const MAX_RUNS = 16;

/**
 * Blocks of one tag under one parent, named by one rule over their positions
 * (`p:nth-child(n+3):nth-child(-n+40)`). It styles the siblings of that tag between them too, but
 * only those: a rule on their parent restyles everything it holds (a long Wikipedia article:
 * 60–100 ms, the runs of its paragraphs 10–15 ms).
 */
export interface BlockRun {
  /** The blocks' parent; null for the root element. */
  parent: Element | null;
  /** The blocks' tag as the rule names it: `*` for a name that would need escaping. */
  tag: string;
  /** The first and the last block's positions among the parent's element children, from 1. */
  first: number;
  last: number;
  /** The blocks. */
  blocks: Element[];
}

/**
 * The runs of blocks to style so that every range is styled through them: the block around each
 * range (the nearest element around it that is no phrasing element), each its own run. Past
 * {@link MAX_RUNS} runs, neighbours of one tag and parent join, the closest first; past it still,
 * the deepest blocks give way to their parents. No block inside another.
 */
export function runsAround(ranges: Iterable<Range>): BlockRun[] {
  let blocks = new Set<Element>();
  for (const range of ranges) {
    const node = range.commonAncestorContainer;
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && PHRASING_TAGS.has(el.localName) && el.parentElement) el = el.parentElement;
    if (el) blocks.add(el);
  }
  const positionOf = positions();
  for (;;) {
    const groups = groupsOf(outermost(blocks), positionOf);
    const runs = joinClosest(groups);
    if (runs.length <= MAX_RUNS) return runs;
    // The deepest a level at a time: blocks in one container meet there, not higher up.
    const scopes = runs.flatMap((r) => r.blocks);
    const depth = new Map(scopes.map((b) => [b, depthOf(b)]));
    const deepest = Math.max(...depth.values());
    blocks = new Set(scopes.map((b) => (depth.get(b) === deepest && b.parentElement) || b));
  }
}

/** The elements of `set` that are inside no other. */
function outermost(set: ReadonlySet<Element>): Element[] {
  return [...set].filter((el) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (set.has(a)) return false;
    return true;
  });
}

/** One run per block, grouped by parent and tag, each group in document order. */
function groupsOf(blocks: readonly Element[], positionOf: (el: Element) => number): BlockRun[][] {
  const groups = new Map<string, BlockRun[]>();
  const ids = new Map<Element | null, number>();
  for (const el of blocks) {
    const parent = el.parentElement;
    const tag = PLAIN_NAME.test(el.localName) ? el.localName : "*";
    const at = parent ? positionOf(el) : 1;
    if (!ids.has(parent)) ids.set(parent, ids.size);
    const key = `${ids.get(parent)} ${tag}`;
    const run: BlockRun = { parent, tag, first: at, last: at, blocks: [el] };
    const group = groups.get(key);
    if (group) group.push(run);
    else groups.set(key, [run]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a.first - b.first));
}

/** Joins neighbouring runs of each group, the closest pair first, until at most {@link MAX_RUNS} remain or each group is one run. */
function joinClosest(groups: BlockRun[][]): BlockRun[] {
  let count = groups.reduce((n, g) => n + g.length, 0);
  if (count > MAX_RUNS) {
    // The gaps between neighbours, in sibling positions; joining one joins its two runs.
    const gaps = groups.flatMap((g) => g.slice(1).map((run, i) => ({ before: g[i]!, run, size: run.first - g[i]!.last })));
    gaps.sort((a, b) => a.size - b.size);
    const joined = new Map<BlockRun, BlockRun>();
    const find = (r: BlockRun): BlockRun => {
      let root = r;
      while (joined.has(root)) root = joined.get(root)!;
      return root;
    };
    for (const gap of gaps) {
      if (count <= MAX_RUNS) break;
      const into = find(gap.before);
      const from = find(gap.run);
      into.last = Math.max(into.last, from.last);
      into.blocks.push(...from.blocks);
      joined.set(from, into);
      count--;
    }
    return groups.flat().filter((r) => !joined.has(r));
  }
  return groups.flat();
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let a = el.parentElement; a; a = a.parentElement) depth++;
  return depth;
}

/** Positions among element siblings, from 1, counted once per parent: a long article's blocks share one. */
function positions(): (el: Element) => number {
  const position = new Map<Element, number>();
  return (el) => {
    let at = position.get(el);
    if (at === undefined) {
      let i = 0;
      for (let c = el.parentElement!.firstElementChild; c; c = c.nextElementSibling) position.set(c, ++i);
      at = position.get(el)!;
    }
    return at;
  };
}

/**
 * Selectors that each name one run's elements, from its first block to its last, in the document
 * as it is now: child steps (`div:nth-child(2)`) up to the nearest element an id names
 * (`#content`), else from `:root`. Every step carries its tag, so a rule's last step invalidates only
 * elements of that tag. Should the page later move things, a selector names others or none until
 * the painter names the runs again.
 */
export function runSelectors(runs: readonly BlockRun[]): string[] {
  const positionOf = positions();
  return runs.map(({ parent, tag, first, last }) => {
    if (!parent) return ":root";
    const step = first === last ? `${tag}:nth-child(${first})` : `${tag}:nth-child(n+${first}):nth-child(-n+${last})`;
    return `${pathOf(parent, positionOf)} > ${step}`;
  });
}

/** A path of child steps that names `element` alone, from the nearest plain id that names its element alone, else from `:root`. */
function pathOf(element: Element, positionOf: (el: Element) => number): string {
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
