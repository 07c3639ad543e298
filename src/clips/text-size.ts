const NO_TEXT = new Set(["script", "style", "noscript", "template"]);

/**
 * Visible text length of elements (without scripts and styles; each text node trimmed), counted up
 * to a cap and remembered per element: asking again for an element, or for its ancestors, costs no
 * second walk of its subtree, so climbing ancestors stays linear in the page size.
 */
export class TextSize {
  private readonly memo = new Map<Element, number>();

  /** `cap`: the largest `max` any caller asks about, plus one (characters). */
  constructor(private readonly cap: number) {}

  /** Whether an element's visible text is longer than `max` characters (`max` below the cap). */
  exceeds(el: Element, max: number): boolean {
    return this.count(el) > max;
  }

  /** min(text length, cap); iterative with an explicit stack, so no nesting depth can overflow it. */
  private count(root: Element): number {
    const known = this.memo.get(root);
    if (known !== undefined) return known;
    const stack: { el: Element; child: ChildNode | null; n: number }[] = [{ el: root, child: root.firstChild, n: 0 }];
    let done = 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const c = top.n < this.cap ? top.child : null;
      if (!c) {
        done = Math.min(top.n, this.cap);
        this.memo.set(top.el, done);
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) parent.n += done;
        continue;
      }
      top.child = c.nextSibling;
      if (c.nodeType === 3) top.n += (c.nodeValue ?? "").trim().length;
      else if (c.nodeType === 1 && !NO_TEXT.has((c as Element).localName)) {
        const sub = this.memo.get(c as Element);
        if (sub !== undefined) top.n += sub;
        else stack.push({ el: c as Element, child: c.firstChild, n: 0 });
      }
    }
    return done;
  }
}
