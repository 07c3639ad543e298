// Colours for highlights. Each kind sets its text colour as well as its background, chosen for
// contrast with the background, so highlights read on light and dark pages alike.
import type { PaintColors, PaintKind } from "./painter";

/** The flash after a jump from the popup: strong orange, distinct from the settings' pastels. */
export const FOCUS_COLOR = "#ff6d00";

const DARK_TEXT = "#000000";
const LIGHT_TEXT = "#ffffff";

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(i, i + 2), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rgb", "#rrggbb" (alpha ignored). */
export function luminance(color: string): number {
  const hex = color.length <= 5 ? "#" + [...color.slice(1, 4)].map((c) => c + c).join("") : color;
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** The text colour (black or white) with the higher WCAG contrast on `background`. */
export function textColorOn(background: string): string {
  const l = luminance(background);
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05); equal at l ≈ 0.179.
  return l > 0.179 ? DARK_TEXT : LIGHT_TEXT;
}

/** Inline style for one kind: used as `::highlight()` declarations and by the wrapping fallback. */
export function declarationsFor(kind: PaintKind, colors: PaintColors): string {
  const bg = colors[kind];
  // Speakers also get an underline so they stay apart from a quote of the same hue.
  const line = kind === "speaker" ? " text-decoration: underline 2px;" : "";
  return `background-color: ${bg}; color: ${textColorOn(bg)};${line}`;
}
