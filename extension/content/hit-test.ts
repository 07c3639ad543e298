// Which text is under the pointer. Highlights are not elements, so hover cannot use DOM events on
// them: find the caret position at the point, then check the character there really is under it
// (the caret snaps to the nearest text even in margins and line ends).

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** The Text node and offset of the character under (x, y), in viewport pixels; null over no text. */
export function textPointAt(doc: Document, x: number, y: number): { node: Text; offset: number } | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  const range = doc.createRange();
  // The caret sits before or after the character the pointer is on.
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= node.length) continue;
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    if ([...range.getClientRects()].some((r) => contains(r, x, y))) return { node, offset };
  }
  return null;
}
