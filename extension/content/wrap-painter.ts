// Fallback painter for browsers without the CSS Custom Highlight API: wraps the highlighted text
// in <mark> elements, and on `clear()` puts every split Text node back as it was.
import { declarationsFor } from "./highlight-style";
import { PAINT_KINDS, type PaintColors, type PaintGroups, type PaintKind, type Painter } from "./painter";

/** A stretch of one Text node and the kind painted there. */
interface Piece {
  start: number;
  end: number;
  kind: PaintKind;
}

/** The Text nodes a range covers, each with the covered offsets. */
function textPieces(range: Range, kind: PaintKind, into: Map<Text, Piece[]>): void {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : text.length;
    if (end > start) into.set(text, [...(into.get(text) ?? []), { start, end, kind }]);
    if (node === range.endContainer) break;
  }
}

/** Splits overlapping pieces so each character gets the kind painted last in PAINT_KINDS order. */
function flatten(pieces: Piece[]): Piece[] {
  const cuts = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = pieces.filter((p) => p.start <= start && end <= p.end);
    if (covering.length === 0) continue;
    const kind = covering.map((p) => p.kind).sort((a, b) => PAINT_KINDS.indexOf(b) - PAINT_KINDS.indexOf(a))[0]!;
    out.push({ start, end, kind });
  }
  return out;
}

export class WrapPainter implements Painter {
  readonly writesDom = true;
  /** Each wrapped node with its original text and the nodes the wrapping inserted after it. */
  private readonly wrapped: { node: Text; data: string; inserted: Node[] }[] = [];

  constructor(
    private readonly doc: Document,
    private colors: PaintColors,
  ) {}

  setColors(colors: PaintColors): void {
    this.colors = colors;
  }

  /** Nothing to do: marks move with the text they wrap. */
  reselect(): void {}

  render(groups: PaintGroups): void {
    this.clear();
    const byNode = new Map<Text, Piece[]>();
    for (const kind of PAINT_KINDS) for (const range of groups[kind] ?? []) textPieces(range, kind, byNode);
    for (const [node, pieces] of byNode) {
      const record = { node, data: node.data, inserted: [] as Node[] };
      // Right to left, so the offsets still to wrap stay valid in `node`.
      for (const piece of flatten(pieces).reverse()) {
        if (piece.end < node.length) record.inserted.push(node.splitText(piece.end));
        const middle = node.splitText(piece.start);
        const mark = this.doc.createElement("mark");
        mark.dataset.newsmark = piece.kind;
        mark.style.cssText = declarationsFor(piece.kind, this.colors);
        middle.before(mark);
        mark.append(middle);
        record.inserted.push(mark);
      }
      this.wrapped.push(record);
    }
  }

  dispose(): void {
    this.clear();
  }

  clear(): void {
    for (const { node, data, inserted } of this.wrapped.splice(0)) {
      for (const n of inserted) n.parentNode?.removeChild(n);
      node.data = data;
    }
  }
}
