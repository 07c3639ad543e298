/** Index of the last item whose key is below `pos` in a list sorted by that key, else -1. */
export function lastBelow<T>(sorted: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** The key of a list of tokens or spans in text order: where each starts. */
export const byStart = (t: { start: number }) => t.start;

/** The key of a sorted list of numbers. */
export const byValue = (n: number) => n;

/** The block that holds `pos`, else -1 (binary search: blocks are in text order). */
export function blockAt(blocks: readonly { start: number; end: number }[], pos: number): number {
  const b = lastBelow(blocks, pos + 1, byStart);
  return b >= 0 && pos <= blocks[b]!.end ? b : -1;
}
