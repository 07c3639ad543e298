import { precedes } from "./dom-order";

/**
 * Offsets in the flat article text ⇄ positions in the live DOM. Built once per analysis; the
 * content script uses it to turn quote and name offsets into `Range`s without touching the page.
 */

/** A run of text output that maps one-to-one onto a stretch of one Text node. */
export interface Segment {
  /** Offset of the run in the flat text. */
  start: number;
  node: Text;
  /** Offset of the run's first character in `node.data`. */
  nodeOffset: number;
  length: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export class TextMap {
  private readonly byNode = new Map<Node, number[]>();

  constructor(
    /** Sorted by `start`, not overlapping. */
    readonly segments: readonly Segment[],
    /** Length of the flat text. */
    readonly length: number,
  ) {
    segments.forEach((s, i) => {
      const list = this.byNode.get(s.node);
      if (list) list.push(i);
      else this.byNode.set(s.node, [i]);
    });
  }

  /**
   * The DOM point of a text offset. Offsets that fall on inserted separators (block breaks,
   * collapsed spaces) snap to the nearest mapped character: forward for a range start, backward
   * for a range end (`bias`).
   */
  toDom(offset: number, bias: "start" | "end" = "start"): DomPoint | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length - 1;
    // Last segment starting at or before offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    const within = offset - seg.start;
    if (within >= 0 && within < seg.length) return { node: seg.node, offset: seg.nodeOffset + within };
    if (within === seg.length && bias === "end") return { node: seg.node, offset: seg.nodeOffset + seg.length };
    if (offset < seg.start) return { node: seg.node, offset: seg.nodeOffset };
    if (bias === "end") return { node: seg.node, offset: seg.nodeOffset + seg.length };
    const next = segs[lo + 1];
    return next ? { node: next.node, offset: next.nodeOffset } : { node: seg.node, offset: seg.nodeOffset + seg.length };
  }

  /** The text offset of a DOM point inside a mapped Text node; null when the node is not in the text. */
  fromDom(node: Node, offset: number): number | null {
    const list = this.byNode.get(node);
    if (!list) return null;
    let best: number | null = null;
    for (const i of list) {
      const s = this.segments[i]!;
      if (offset < s.nodeOffset) return best ?? s.start;
      best = s.start + Math.min(offset - s.nodeOffset, s.length);
    }
    return best;
  }

  /**
   * The text offset nearest to where `node` sits in the document: the first mapped character at
   * or after it in document order, else the end of the text. For media that carry no text.
   */
  positionOf(node: Node): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const seg = segs[mid]!.node;
      // The segment is at or after the node (inside it counts as after).
      if (seg === node || node.contains(seg) || precedes(node, seg)) hi = mid;
      else lo = mid + 1;
    }
    return lo < segs.length ? segs[lo]!.start : this.length;
  }
}
