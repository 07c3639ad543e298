// Shows the card for the highlight under the pointer, or for the one holding keyboard focus or
// the caret; Esc, scrolling or leaving the highlight closes it.
import type { Annotation } from "./annotations";
import { textPointAt } from "./hit-test";
import { Tooltip } from "./tooltip";

export interface HoverOptions {
  /** The highlighted annotation at a DOM point, with its page range. */
  lookup(node: Node, offset: number): { annotation: Annotation; range: Range } | null;
  signal: AbortSignal;
}

/** The client rect of `range` that holds the point, else the whole range's box. */
function anchorRect(range: Range, x?: number, y?: number): DOMRect {
  if (x !== undefined && y !== undefined) {
    const hit = [...range.getClientRects()].find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    if (hit) return hit;
  }
  return range.getBoundingClientRect();
}

export function watchHover(doc: Document, opts: HoverOptions): Tooltip {
  const tooltip = new Tooltip(doc);
  const { signal } = opts;
  let shown: Annotation | null = null;
  let frame = 0;

  const show = (node: Node, offset: number, x?: number, y?: number) => {
    const hit = opts.lookup(node, offset);
    const annotation = hit?.annotation.who ? hit.annotation : null;
    if (annotation === shown) return;
    shown = annotation;
    if (!hit || !annotation?.who) tooltip.hide();
    else tooltip.show({ who: annotation.who, role: annotation.role }, anchorRect(hit.range, x, y));
  };
  const hide = () => {
    shown = null;
    tooltip.hide();
  };

  doc.addEventListener(
    "mousemove",
    (e) => {
      // At most one hit test per frame.
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (signal.aborted) return;
        const point = textPointAt(doc, e.clientX, e.clientY);
        if (point) show(point.node, point.offset, e.clientX, e.clientY);
        else hide();
      });
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    "focusin",
    (e) => {
      const text = e.target instanceof Node ? doc.createTreeWalker(e.target, NodeFilter.SHOW_TEXT).nextNode() : null;
      if (text) show(text, 0);
      else hide();
    },
    { signal },
  );
  // Caret browsing (F7): the caret moving into a highlight is keyboard focus on it.
  doc.addEventListener(
    "selectionchange",
    () => {
      const sel = doc.getSelection();
      if (sel?.isCollapsed && sel.anchorNode) show(sel.anchorNode, sel.anchorOffset);
    },
    { signal },
  );
  doc.addEventListener(
    "keydown",
    (e) => {
      if (e.key === "Escape" && shown) hide();
    },
    { capture: true, signal },
  );
  doc.defaultView?.addEventListener("scroll", hide, { passive: true, signal });
  signal.addEventListener("abort", () => {
    cancelAnimationFrame(frame);
    tooltip.hide();
  });
  return tooltip;
}
