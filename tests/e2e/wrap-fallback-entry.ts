// Bundled by wrap-fallback.test.ts into one script for a plain page: runs the content script's
// wrapping fallback painter on the page's own analysis.
import { analyzeLive } from "../../src/analyze";
import { annotationsOf } from "../../extension/content/annotations";
import { FOCUS_COLOR } from "../../extension/content/highlight-style";
import type { PaintGroups } from "../../extension/content/painter";
import { rangeOf } from "../../extension/content/ranges";
import { WrapPainter } from "../../extension/content/wrap-painter";
import { DEFAULT_SETTINGS } from "../../extension/shared/settings";

export function wrapAndRestore() {
  const { analysis, map } = analyzeLive(document, { url: location.href });
  const html = document.documentElement.outerHTML;
  const text = document.body.textContent;
  const annotations = annotationsOf(analysis, DEFAULT_SETTINGS.kinds);
  const groups: PaintGroups = {};
  for (const a of annotations) {
    const range = rangeOf(map!, a.start, a.end);
    if (range) (groups[a.kind] ??= []).push(range);
  }
  const firstBefore = rangeOf(map!, annotations[0]!.start, annotations[0]!.end)!.toString();
  const painter = new WrapPainter(document, { ...DEFAULT_SETTINGS.colors, focus: FOCUS_COLOR });
  painter.render(groups);
  const marks = [...document.querySelectorAll("mark[data-newsmark]")];
  const wrapped = {
    kinds: [...new Set(marks.map((m) => (m as HTMLElement).dataset.newsmark))].sort(),
    textKept: document.body.textContent === text,
  };
  painter.clear();
  return {
    ...wrapped,
    annotationKinds: Object.keys(groups).sort(),
    restored: document.documentElement.outerHTML === html,
    mapValidAgain: rangeOf(map!, annotations[0]!.start, annotations[0]!.end)?.toString() === firstBefore,
  };
}
