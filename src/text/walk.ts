/**
 * Depth-first walks without recursion: pages nest elements 100,000 deep, far past the call stack.
 * Only the path from the root is kept (the tree's own sibling links do the rest). The two walks are
 * written out rather than sharing one loop with child/sibling accessors: they run cold in the
 * content script over every node of the article, where a function call per step costs more than
 * the step's DOM read.
 */

/** Called on entering a node; true descends into it (and `leave` is called after its subtree). */
export type Enter<N> = (node: N) => boolean;
export type Leave<N> = (node: N) => void;

/** Every node under `root` (not `root` itself) in document order, text nodes included. */
export function walkNodes(root: Node, enter: Enter<Node>, leave?: Leave<Node>): void {
  const path: Node[] = [];
  let n: Node | null = root.firstChild;
  while (n) {
    if (enter(n)) {
      const child = n.firstChild;
      if (child) {
        path.push(n);
        n = child;
        continue;
      }
      leave?.(n);
    }
    let sib = n.nextSibling;
    while (!sib && path.length) {
      n = path.pop()!;
      leave?.(n);
      sib = n.nextSibling;
    }
    n = sib;
  }
}

/** Every element under `root` (not `root` itself) in document order. */
export function walkElements(root: Element, enter: Enter<Element>, leave?: Leave<Element>): void {
  const path: Element[] = [];
  let n: Element | null = root.firstElementChild;
  while (n) {
    if (enter(n)) {
      const child = n.firstElementChild;
      if (child) {
        path.push(n);
        n = child;
        continue;
      }
      leave?.(n);
    }
    let sib = n.nextElementSibling;
    while (!sib && path.length) {
      n = path.pop()!;
      leave?.(n);
      sib = n.nextElementSibling;
    }
    n = sib;
  }
}
