// Paints with the CSS Custom Highlight API: one named Highlight per kind in `CSS.highlights`,
// styled by `::highlight()` rules in a constructed stylesheet adopted by the document. Neither
// touches the DOM, so `document.documentElement.outerHTML` stays byte-identical.
//
// Adopting or dropping a stylesheet restyles every element its rules may match, so the sheet is
// adopted once, at the first paint, and stays until the session stops; its rules change in place,
// only when the colours or the blocks holding highlights do, and name only those blocks where the
// browser inherits highlight styles (highlight-scope.ts). While nothing is painted they style nothing.
import { highlightSelector, inheritsHighlight, runSelectors, runsAround, type BlockRun } from "./highlight-scope";
import { declarationsFor } from "./highlight-style";
import { PAINT_KINDS, type PaintColors, type PaintGroups, type PaintKind, type Painter } from "./painter";

export const highlightName = (kind: PaintKind) => `newsmark-${kind}`;

/** Names on top of quotes, the flash on top of all. */
const PRIORITY: Record<PaintKind, number> = { quote: 0, speaker: 1, official: 1, focus: 2 };

export class HighlightPainter implements Painter {
  readonly writesDom = false;
  private readonly sheet = new CSSStyleSheet();
  private rules = "";
  /** Selectors naming the runs of blocks that held the last paint's highlights, and its ranges. */
  private selectors: string[] = [];
  private ranges: Range[] = [];
  /** Whether this browser inherits highlight styles; null until a paint could tell. */
  private inherits: boolean | null = null;

  constructor(
    private readonly doc: Document,
    private colors: PaintColors,
  ) {}

  setColors(colors: PaintColors): void {
    this.colors = colors;
    this.updateRules();
  }

  /** Rules on the blocks while inheritance is possible; rules for every element once it is known to be missing. */
  private updateRules(): void {
    const scopes = this.inherits === false ? null : this.selectors;
    const rules =
      scopes?.length === 0
        ? ""
        : PAINT_KINDS.map((k) => `${highlightSelector(scopes, highlightName(k))} { ${declarationsFor(k, this.colors)} }`).join("\n");
    if (rules === this.rules) return;
    this.rules = rules;
    this.sheet.replaceSync(rules);
  }

  render(groups: PaintGroups): void {
    this.clear();
    const ranges = PAINT_KINDS.flatMap((kind) => groups[kind] ?? []);
    // With nothing to paint the rules stay as they are: they style nothing, and changing them would restyle.
    if (ranges.length === 0) return;
    for (const kind of PAINT_KINDS) {
      const kindRanges = groups[kind] ?? [];
      if (kindRanges.length === 0) continue;
      const highlight = new Highlight(...kindRanges);
      highlight.priority = PRIORITY[kind];
      CSS.highlights.set(highlightName(kind), highlight);
    }
    this.ranges = ranges;
    const blocks = this.select().flatMap((run) => run.blocks);
    // Checked at each paint: a page may have replaced `adoptedStyleSheets` since the last one.
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    // Told only by a block with an element inside: until one is painted, inheritance does not matter.
    const nested = this.inherits === null && blocks.find((b) => b.firstElementChild);
    if (nested) {
      this.inherits = inheritsHighlight(nested, highlightName("quote"));
      this.updateRules();
    }
  }

  reselect(): void {
    this.select();
  }

  /** Names the runs of blocks around the painted ranges in the rules; the runs named. */
  private select(): BlockRun[] {
    // Without inheritance the rules are on every element already.
    const live = this.inherits === false ? [] : this.ranges.filter((r) => !r.collapsed);
    const runs = live.length > 0 ? runsAround(live) : [];
    if (runs.length > 0) {
      this.selectors = runSelectors(runs);
      this.updateRules();
    }
    return runs;
  }

  clear(): void {
    this.ranges = [];
    for (const kind of PAINT_KINDS) CSS.highlights.delete(highlightName(kind));
  }

  dispose(): void {
    this.clear();
    if (this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
