/** Where an element sits: its position among its element siblings, under its parent's place. */
interface Place {
  up: Place | null;
  at: number;
  depth: number;
}

/**
 * Document order, answered per question. An element's place is found by climbing to the nearest
 * element already placed and kept, so later questions near it cost little; two places compare by
 * climbing to where their ancestors meet. A page's clips ask about a few dozen elements, where
 * numbering every element first walked the whole page (2,300 elements for 31 questions on a long
 * one). Not `compareDocumentPosition`: linkedom's (the command line's DOM) gets elements of
 * different depths wrong.
 */
export class DocOrder {
  private readonly places = new Map<Element, Place>();

  constructor(root: Element) {
    this.places.set(root, { up: null, at: 0, depth: 0 });
  }

  /** Negative when `a` starts before `b` (an element starts before what it holds), 0 for the same one; elements outside the root come first. */
  compare(a: Element, b: Element): number {
    const pa = this.place(a);
    const pb = this.place(b);
    if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
    return comparePlaces(pa, pb);
  }

  /** Whether `a` is `b` or holds it. */
  contains(a: Element, b: Element): boolean {
    const pa = this.place(a);
    const pb = this.place(b);
    return !!pa && !!pb && holds(pa, pb);
  }

  /** Whether `b` starts after the end of `a`: after it and not inside it. */
  after(b: Element, a: Element): boolean {
    const pa = this.place(a);
    const pb = this.place(b);
    return !!pa && !!pb && comparePlaces(pb, pa) > 0 && !holds(pa, pb);
  }

  /** Of two elements, the one whose end comes first (the inner one when one holds the other). */
  firstToEnd(a: Element, b: Element): Element {
    if (this.contains(a, b)) return b;
    if (this.contains(b, a)) return a;
    return this.compare(a, b) < 0 ? a : b;
  }

  /** How many of `sorted` (elements in document order) are `el` or inside it, by binary search. */
  countWithin(sorted: readonly Element[], el: Element): number {
    return this.firstWhere(sorted, (x) => this.after(x, el)) - this.firstWhere(sorted, (x) => this.compare(x, el) >= 0);
  }

  /** Whether a text node sits at or after the start of `el` in document order (inside it counts as after). */
  textAtOrAfter(text: Node, el: Element): boolean {
    const p = text.parentElement;
    if (!p) return false;
    if (this.contains(el, p) || this.after(p, el)) return true;
    if (!this.contains(p, el)) return false;
    // `p` holds `el`: the text comes before it when the next element after the text is `el` or comes before it.
    for (let x = text.nextSibling; x; x = x.nextSibling) if (x.nodeType === 1) return this.compare(x as Element, el) > 0;
    return true;
  }

  /** The first index of `sorted` whose element meets `test`, which holds from there on. */
  private firstWhere(sorted: readonly Element[], test: (el: Element) => boolean): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(sorted[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The element's place, and its ancestors' on the way; null outside the root. */
  private place(el: Element): Place | null {
    const chain: Element[] = [];
    let known: Place | undefined;
    for (let a: Element | null = el; !(known = this.places.get(a!)); a = a.parentElement) {
      if (!a) return null;
      chain.push(a);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const a = chain[i]!;
      known = { up: known, at: this.positionOf(a), depth: known.depth + 1 };
      this.places.set(a, known);
    }
    return known;
  }

  /** Position among element siblings, counted back to the nearest sibling already placed. */
  private positionOf(el: Element): number {
    let n = 0;
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling, n++) {
      const p = this.places.get(s);
      if (p) return p.at + n + 1;
    }
    return n;
  }
}

/** `a`'s ancestor (or itself) at `depth`. */
function climb(a: Place, depth: number): Place {
  let p = a;
  while (p.depth > depth) p = p.up!;
  return p;
}

function holds(a: Place, b: Place): boolean {
  return b.depth >= a.depth && climb(b, a.depth) === a;
}

function comparePlaces(a: Place, b: Place): number {
  let pa = climb(a, b.depth);
  let pb = climb(b, a.depth);
  // One holds the other: the holder starts first.
  if (pa === pb) return a.depth - b.depth;
  while (pa.up !== pb.up) {
    pa = pa.up!;
    pb = pb.up!;
  }
  return pa.at - pb.at;
}
