// Paints with the CSS Custom Highlight API: one named Highlight per kind in `CSS.highlights`,
// styled by `::highlight()` rules in a constructed stylesheet adopted by the document. Neither
// touches the DOM, so `document.documentElement.outerHTML` stays byte-identical.
import { declarationsFor } from "./highlight-style";
import { PAINT_KINDS, type PaintColors, type PaintGroups, type PaintKind, type Painter } from "./painter";

export const highlightName = (kind: PaintKind) => `newsmark-${kind}`;

/** Names on top of quotes, the flash on top of all. */
const PRIORITY: Record<PaintKind, number> = { quote: 0, speaker: 1, official: 1, focus: 2 };

export class HighlightPainter implements Painter {
  readonly writesDom = false;
  private readonly sheet: CSSStyleSheet;

  constructor(
    private readonly doc: Document,
    colors: PaintColors,
  ) {
    this.sheet = new CSSStyleSheet();
    this.setColors(colors);
  }

  setColors(colors: PaintColors): void {
    this.sheet.replaceSync(PAINT_KINDS.map((k) => `::highlight(${highlightName(k)}) { ${declarationsFor(k, colors)} }`).join("\n"));
  }

  render(groups: PaintGroups): void {
    this.clear();
    for (const kind of PAINT_KINDS) {
      const ranges = groups[kind] ?? [];
      if (ranges.length === 0) continue;
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[kind];
      CSS.highlights.set(highlightName(kind), highlight);
    }
    // Adopted afresh each time: a page may have replaced `adoptedStyleSheets` since the last paint.
    if (PAINT_KINDS.some((k) => CSS.highlights.has(highlightName(k)))) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
  }

  clear(): void {
    for (const kind of PAINT_KINDS) CSS.highlights.delete(highlightName(kind));
    if (this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
