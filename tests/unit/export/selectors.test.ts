import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CONTEXT_CHARS, textPositionSelector, textQuoteSelector } from "../../../src/export/selectors";
import { engineAnalysis } from "./gold-analysis";

const { text, blocks } = engineAnalysis("bbc-1");

describe("textQuoteSelector on a real article text", () => {
  it("has the range's words as exact, with up to 32 characters either side as context", () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) {
      const s = textQuoteSelector(text, b.start, b.end);
      expect(s.exact).toBe(text.slice(b.start, b.end));
      expect(text.slice(b.start - s.prefix.length, b.end + s.suffix.length)).toBe(s.prefix + s.exact + s.suffix);
      expect(s.prefix.length).toBe(Math.min(CONTEXT_CHARS, b.start));
      expect(s.suffix.length).toBe(Math.min(CONTEXT_CHARS, text.length - b.end));
    }
  });

  it("holds for any range, the text's ends included", () => {
    const range = fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(range, ([start, end]) => {
        const s = textQuoteSelector(text, start, end);
        return (
          text.slice(start - s.prefix.length, end + s.suffix.length) === s.prefix + s.exact + s.suffix && s.exact.length === end - start
        );
      }),
    );
    expect(textQuoteSelector(text, 0, 5).prefix).toBe("");
    expect(textQuoteSelector(text, text.length - 5, text.length).suffix).toBe("");
  });

  it("pairs with a position selector holding the same offsets", () => {
    expect(textPositionSelector(3, 9)).toEqual({ type: "TextPositionSelector", start: 3, end: 9 });
  });
});
