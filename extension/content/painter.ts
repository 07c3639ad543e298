// One painter interface, two implementations: the CSS Custom Highlight API (the page's DOM stays
// untouched) and, only where that API is missing, wrapping in <mark> elements.
import type { HighlightKind } from "../shared/settings";
import { HighlightPainter } from "./highlight-painter";
import { WrapPainter } from "./wrap-painter";

/** "focus" flashes the range the popup jumped to. */
export type PaintKind = HighlightKind | "focus";

export const PAINT_KINDS: readonly PaintKind[] = ["quote", "speaker", "official", "focus"];

export type PaintGroups = Partial<Record<PaintKind, Range[]>>;

export interface Painter {
  /** Whether painting changes the DOM (the wrapping fallback): the page observer must skip those changes. */
  readonly writesDom: boolean;
  /**
   * Replaces everything painted with `groups`. Callers `clear()` before computing the ranges: the
   * wrapping fallback splits text nodes, which would stale the TextMap.
   */
  render(groups: PaintGroups): void;
  /**
   * Keeps what is painted styled after the page moved things around it: the highlights' ranges
   * move with the DOM, but styles that name elements by position may not.
   */
  reselect(): void;
  clear(): void;
  /** Clears and releases what the painter holds in the page; called once, when the session stops. */
  dispose(): void;
}

/** Colours per kind, as hex CSS colours. */
export type PaintColors = Record<PaintKind, string>;

export function createPainter(doc: Document, colors: PaintColors): Painter & { setColors(colors: PaintColors): void } {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function"
    ? new HighlightPainter(doc, colors)
    : new WrapPainter(doc, colors);
}
