import { describe, expect, it } from "vitest";
import { blockAt } from "../../../extension/popup/block-at";
import { engineAnalysis } from "../export/gold-analysis";

describe("blockAt on a real article's blocks", () => {
  const { blocks, text } = engineAnalysis("bbc-1");

  it("gives the block holding an offset", () => {
    for (const b of blocks) expect(blockAt(blocks, Math.floor((b.start + b.end) / 2))).toEqual({ start: b.start, end: b.end });
  });

  it("gives the next block for an offset between two blocks, and the last one past the end", () => {
    const [first, second] = blocks;
    expect(blockAt(blocks, first!.end + 1)).toEqual({ start: second!.start, end: second!.end });
    expect(blockAt(blocks, text.length + 10)).toEqual({ start: blocks.at(-1)!.start, end: blocks.at(-1)!.end });
    expect(blockAt([], 5)).toBeNull();
  });
});
