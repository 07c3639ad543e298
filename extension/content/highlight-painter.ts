// Paints with the CSS Custom Highlight API: one named Highlight per kind in `CSS.highlights`,
// styled by `::highlight()` rules in a constructed stylesheet adopted by the document. Neither
// touches the DOM, so `document.documentElement.outerHTML` stays byte-identical.
//
// Adopting or dropping a stylesheet restyles every element its rules may match, so the sheet is
// adopted once, at the first paint, and stays until the session stops; its rules change in place,
// only when the colours or the element around the highlights do, and are scoped to that element
// where the browser inherits highlight styles (highlight-scope.ts). While nothing is painted they
// match nothing.
import { highlightScope, highlightSelector, inheritsHighlight, type HighlightScope } from "./highlight-scope";
import { declarationsFor } from "./highlight-style";
import { PAINT_KINDS, type PaintColors, type PaintGroups, type PaintKind, type Painter } from "./painter";

export const highlightName = (kind: PaintKind) => `newsmark-${kind}`;

/** Names on top of quotes, the flash on top of all. */
const PRIORITY: Record<PaintKind, number> = { quote: 0, speaker: 1, official: 1, focus: 2 };

export class HighlightPainter implements Painter {
  readonly writesDom = false;
  private readonly sheet = new CSSStyleSheet();
  private rules = "";
  /** The node the highlights were last said to lie within, and the element their rules may be scoped to. */
  private within: Node | null = null;
  private scope: HighlightScope | null = null;
  /** Whether this browser inherits highlight styles; null until a paint could tell. */
  private inherits: boolean | null = null;

  constructor(
    private readonly doc: Document,
    private colors: PaintColors,
  ) {
    this.updateRules();
  }

  setColors(colors: PaintColors): void {
    this.colors = colors;
    this.updateRules();
  }

  /** Scoped rules while inheritance is possible; rules for every element once it is known to be missing. */
  private updateRules(): void {
    const scope = this.inherits === false ? null : (this.scope?.selector ?? null);
    const rules = PAINT_KINDS.map((k) => `${highlightSelector(scope, highlightName(k))} { ${declarationsFor(k, this.colors)} }`).join("\n");
    if (rules === this.rules) return;
    this.rules = rules;
    this.sheet.replaceSync(rules);
  }

  render(groups: PaintGroups, within: Node | null): void {
    this.clear();
    if (within !== this.within) {
      this.within = within;
      this.scope = within && highlightScope(within);
      this.updateRules();
    }
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
    if (painted && this.inherits === null && this.scope) {
      this.inherits = inheritsHighlight(this.scope.element, highlightName("quote"));
      this.updateRules();
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
