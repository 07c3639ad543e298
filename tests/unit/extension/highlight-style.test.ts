import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declarationsFor, FOCUS_COLOR, luminance, textColorOn } from "../../../extension/content/highlight-style";
import { DEFAULT_SETTINGS } from "../../../extension/shared/settings";

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join(""));

describe("highlight colours", () => {
  it("luminance spans 0 (black) to 1 (white), short hex like long", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1, 6);
    expect(luminance("#fc0")).toBeCloseTo(luminance("#ffcc00"), 10);
  });

  it("text on every highlight colour meets WCAG AA (4.5:1), whatever the page's own colours", () => {
    fc.assert(fc.property(hex, (bg) => contrast(textColorOn(bg), bg) >= 4.5));
    for (const bg of [...Object.values(DEFAULT_SETTINGS.colors), FOCUS_COLOR])
      expect(contrast(textColorOn(bg), bg)).toBeGreaterThanOrEqual(4.5);
  });

  it("sets both background and text colour for each kind", () => {
    const colors = { ...DEFAULT_SETTINGS.colors, focus: FOCUS_COLOR };
    for (const kind of ["quote", "speaker", "official", "focus"] as const) {
      const css = declarationsFor(kind, colors);
      expect(css).toContain(`background-color: ${colors[kind]}`);
      expect(css).toContain(`color: ${textColorOn(colors[kind])}`);
    }
  });
});
