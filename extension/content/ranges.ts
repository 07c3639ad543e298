// Offsets in the article text → live DOM Ranges, through the analysis' TextMap.
import type { TextMap } from "../../src/text/text-map";

/** The page range of text offsets [start, end); null when it maps to nothing. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = map.toDom(start, "start");
  const to = map.toDom(end, "end");
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    // The page changed the node since the analysis: offsets beyond its length.
    return null;
  }
  return range.collapsed ? null : range;
}
