import type { Candidate } from "./candidate";
import { textExceeds } from "./dom";

/** The players of one clip: a placeholder with its iframe, a <video> with its poster slate. */
export interface Group {
  /** The element around all of them. */
  el: Element;
  members: Candidate[];
}

/** Siblings belong to one player when little text stands between them (characters). */
const SIBLING_TEXT = 200;

function commonAncestor(a: Element, b: Element): Element | null {
  let p: Element | null = a;
  while (p && !p.contains(b)) p = p.parentElement;
  return p;
}

/**
 * Groups candidates (in page order) that describe one clip: nested ones, and neighbours with no
 * text between them, unless both name different sources.
 */
export function groupCandidates(cands: readonly Candidate[], boundary: Element | null): Group[] {
  const groups: Group[] = [];
  for (const c of cands) {
    const g = groups[groups.length - 1];
    if (g && (g.el.contains(c.el) || c.el.contains(g.el))) {
      g.members.push(c);
      if (c.el.contains(g.el)) g.el = c.el;
      continue;
    }
    const lca = g ? commonAncestor(g.el, c.el) : null;
    const distinct = g?.members.some((m) => m.src && c.src && m.src !== c.src);
    if (g && lca && lca !== boundary && lca.localName !== "body" && !distinct && !textExceeds(lca, SIBLING_TEXT)) {
      g.members.push(c);
      g.el = lca;
      continue;
    }
    groups.push({ el: c.el, members: [c] });
  }
  return groups;
}
