/**
 * Document order without `compareDocumentPosition`, which some DOM implementations for Node
 * (linkedom) get wrong.
 */

function pathFromRoot(n: Node): Node[] {
  const out: Node[] = [];
  for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
  return out.reverse();
}

/** Whether `a` starts before `b` in document order (an ancestor starts before its descendants). */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const pa = pathFromRoot(a);
  const pb = pathFromRoot(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true;
  if (i === pb.length || i === 0) return false;
  for (let s = pa[i]!.nextSibling; s; s = s.nextSibling) if (s === pb[i]) return true;
  return false;
}
