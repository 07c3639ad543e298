// Paints with the CSS Custom Highlight API: one named Highlight per kind in `CSS.highlights`,
// styled by `::highlight()` rules in a constructed stylesheet adopted by the document. Neither
// touches the DOM, so `document.documentElement.outerHTML` stays byte-identical.
//
// Adopting or dropping a stylesheet restyles the whole document (hundreds of ms on a long page),
// so the sheet is adopted once, at the first paint, and stays until the session stops; its rules
// change in place, and only when the colours do. While nothing is painted they match nothing.
import { declarationsFor } from "./highlight-style";
import { PAINT_KINDS, type PaintColors, type PaintGroups, type PaintKind, type Painter } from "./painter";

export const highlightName = (kind: PaintKind) => `newsmark-${kind}`;

/** Names on top of quotes, the flash on top of all. */
const PRIORITY: Record<PaintKind, number> = { quote: 0, speaker: 1, official: 1, focus: 2 };

export class HighlightPainter implements Painter {
  readonly writesDom = false;
  private readonly sheet = new CSSStyleSheet();
  private rules = "";

  constructor(
    private readonly doc: Document,
    colors: PaintColors,
  ) {
    this.setColors(colors);
  }

  setColors(colors: PaintColors): void {
    const rules = PAINT_KINDS.map((k) => `::highlight(${highlightName(k)}) { ${declarationsFor(k, colors)} }`).join("\n");
    if (rules === this.rules) return;
    this.rules = rules;
    this.sheet.replaceSync(rules);
  }

  render(groups: PaintGroups): void {
    this.clear();
    let painted = false;
    for (const kind of PAINT_KINDS) {
      const ranges = groups[kind] ?? [];
      if (ranges.length === 0) continue;
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[kind];
      CSS.highlights.set(highlightName(kind), highlight);
      painted = true;
    }
    // Checked at each paint: a page may have replaced `adoptedStyleSheets` since the last one.
    if (painted && !this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
  }

  clear(): void {
    for (const kind of PAINT_KINDS) CSS.highlights.delete(highlightName(kind));
  }

  dispose(): void {
    this.clear();
    if (this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
