/**
 * Depth-first walks without recursion: pages nest elements 100,000 deep, far past the call stack.
 * Only the path from the root is kept (the tree's own sibling links do the rest).
 */

/** Called on entering a node; true descends into it (and `leave` is called after its subtree). */
export type Enter<N> = (node: N) => boolean;
export type Leave<N> = (node: N) => void;

function walk<N extends Node>(root: N, first: (n: N) => N | null, next: (n: N) => N | null, enter: Enter<N>, leave?: Leave<N>): void {
  const path: N[] = [];
  let n = first(root);
  while (n) {
    if (enter(n)) {
      const child = first(n);
      if (child) {
        path.push(n);
        n = child;
        continue;
      }
      leave?.(n);
    }
    let sib = next(n);
    while (!sib && path.length) {
      n = path.pop()!;
      leave?.(n);
      sib = next(n);
    }
    n = sib;
  }
}

/** Every node under `root` (not `root` itself) in document order, text nodes included. */
export const walkNodes = (root: Node, enter: Enter<Node>, leave?: Leave<Node>) =>
  walk(
    root,
    (n) => n.firstChild,
    (n) => n.nextSibling,
    enter,
    leave,
  );

/** Every element under `root` (not `root` itself) in document order. */
export const walkElements = (root: Element, enter: Enter<Element>, leave?: Leave<Element>) =>
  walk(
    root,
    (n) => n.firstElementChild,
    (n) => n.nextElementSibling,
    enter,
    leave,
  );
