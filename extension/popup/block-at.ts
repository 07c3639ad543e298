import type { Block, Span } from "../../src/types";

/**
 * The block holding `offset`, else the first one after it, else the last: a clip sits between
 * blocks (its `position` is a point), and the page can only scroll to and flash a non-empty range.
 */
export function blockAt(blocks: readonly Block[], offset: number): Span | null {
  const block = blocks.find((b) => b.end >= offset && b.end > b.start) ?? blocks.at(-1);
  return block ? { start: block.start, end: block.end } : null;
}
