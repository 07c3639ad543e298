import { SKIP_TREES } from "./dom";

/**
 * Document order as numbers, from one walk over the elements: comparing two elements, or asking
 * whether one holds the other, then costs O(1) instead of a climb to the root and a scan of siblings.
 * The walk does not enter subtrees that hold no players (icons, scripts): what is inside one takes
 * its root's place. It runs at the first question: a page whose JSON-LD media match no player and
 * whose players are all gone asks none.
 */
export class DocOrder {
  /** Preorder rank of every element walked (the root is 0); empty until the first question. */
  private readonly pre = new Map<Element, number>();
  /** By rank: the rank of the last element inside (its own when it has none). */
  private readonly lastOf: number[] = [];

  constructor(private readonly root: Element) {}

  private walk(): void {
    const root = this.root;
    // An explicit stack of the open ancestors (rank, next sibling): no nesting depth overflows it.
    const open: { rank: number; next: Element | null }[] = [];
    let el: Element | null = root;
    while (el) {
      const rank = this.lastOf.length;
      this.pre.set(el, rank);
      this.lastOf.push(rank);
      const child: Element | null = SKIP_TREES.has(el.localName) ? null : el.firstElementChild;
      if (child) open.push({ rank, next: el === root ? null : el.nextElementSibling });
      else this.lastOf[rank] = rank;
      el = child ?? (el === root ? null : el.nextElementSibling);
      while (!el && open.length > 0) {
        const done = open.pop()!;
        this.lastOf[done.rank] = this.lastOf.length - 1;
        el = done.next;
      }
    }
  }

  /** Preorder rank (inside an unwalked subtree, its root's); -1 outside the walked tree. */
  rank(el: Element): number {
    if (this.lastOf.length === 0) this.walk();
    for (let a: Element | null = el; a; a = a.parentElement) {
      const r = this.pre.get(a);
      if (r !== undefined) return r;
    }
    return -1;
  }

  /** Rank of the last element inside `el` (inside an unwalked subtree, its root's); -1 outside the walked tree. */
  last(el: Element): number {
    return this.lastOf[this.rank(el)] ?? -1;
  }

  /** Whether `a` is `b` or holds it. */
  contains(a: Element, b: Element): boolean {
    const ra = this.rank(a);
    const rb = this.rank(b);
    return ra >= 0 && rb >= ra && rb <= this.last(a);
  }

  /** Whether a text node sits at or after the start of `el` in document order (inside it counts as after). */
  textAtOrAfter(text: Node, el: Element): boolean {
    const p = text.parentElement;
    if (!p) return false;
    const r = this.rank(el);
    if (this.rank(p) >= r) return true;
    if (this.last(p) < r) return false;
    // `p` holds `el`: the text comes before it when an element after the text starts at or before `el`.
    for (let x = text.nextSibling; x; x = x.nextSibling) if (x.nodeType === 1) return this.rank(x as Element) > r;
    return true;
  }
}
