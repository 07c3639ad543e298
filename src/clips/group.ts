import type { Candidate } from "./candidate";
import type { DocOrder } from "./order";
import type { TextSize } from "./text-size";

/** The players of one clip: a placeholder with its iframe, a <video> with its poster slate. */
export interface Group {
  /** The element around all of them. */
  el: Element;
  members: Candidate[];
}

/** Siblings belong to one player when little text stands between them (characters). */
export const SIBLING_TEXT = 200;

// Climbs from the last group: over a page's players in order, the climbs add up to one walk's exits.
function commonAncestor(a: Element, b: Element, order: DocOrder): Element | null {
  let p: Element | null = a;
  while (p && !order.contains(p, b)) p = p.parentElement;
  return p;
}

/**
 * Groups candidates (in page order) that describe one clip: nested ones, and neighbours with no
 * text between them, unless both name different sources.
 */
export function groupCandidates(cands: readonly Candidate[], boundary: Element | null, order: DocOrder, text: TextSize): Group[] {
  const groups: Group[] = [];
  // The sources named by the last group's members (only the last group grows).
  let srcs = new Set<string>();
  const join = (g: Group, c: Candidate) => {
    g.members.push(c);
    if (c.src) srcs.add(c.src);
  };
  for (const c of cands) {
    const g = groups[groups.length - 1];
    if (g && (order.contains(g.el, c.el) || order.contains(c.el, g.el))) {
      join(g, c);
      if (order.contains(c.el, g.el)) g.el = c.el;
      continue;
    }
    const lca = g ? commonAncestor(g.el, c.el, order) : null;
    const distinct = !!c.src && (srcs.size > 1 || (srcs.size === 1 && !srcs.has(c.src)));
    if (g && lca && lca !== boundary && lca.localName !== "body" && !distinct && !text.exceeds(lca, SIBLING_TEXT)) {
      join(g, c);
      g.el = lca;
      continue;
    }
    groups.push({ el: c.el, members: [c] });
    srcs = new Set(c.src ? [c.src] : []);
  }
  return groups;
}
