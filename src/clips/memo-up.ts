/**
 * A per-element value that derives from the element's own and its parent's (`above`, undefined at the
 * top or where `ends` cuts the chain), computed once per element: one climb to the nearest known
 * ancestor, then down again. Asking for every player on a page costs O(page), not O(players × depth).
 */
export function memoUp<T>(
  memo: Map<Element, T>,
  el: Element,
  step: (a: Element, above: T | undefined) => T,
  ends: (a: Element) => boolean = () => false,
): T {
  const path: Element[] = [];
  for (let a: Element | null = el; a && !memo.has(a); a = ends(a) ? null : a.parentElement) path.push(a);
  for (let i = path.length - 1; i >= 0; i--) {
    const a = path[i]!;
    const parent = ends(a) ? null : a.parentElement;
    memo.set(a, step(a, parent ? memo.get(parent) : undefined));
  }
  return memo.get(el)!;
}
