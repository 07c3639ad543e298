// What the painter draws and the hover card tells, derived from an `Analysis`: one entry per
// highlighted span, offsets into `Analysis.text`.
import type { Analysis } from "../../src/types";
import type { HighlightKind } from "../shared/settings";

export interface Annotation {
  kind: HighlightKind;
  start: number;
  end: number;
  /** Card heading: the speaker or the person; null when there is nothing to tell. */
  who: string | null;
  role: string | null;
}

/** Quotes, the mentions that attribute them, and every mention of an official. */
export function annotationsOf(analysis: Analysis, kinds: Record<HighlightKind, boolean>): Annotation[] {
  const out: Annotation[] = [];
  for (const q of analysis.quotes) {
    const role = q.speakerRole ?? null;
    if (kinds.quote) out.push({ kind: "quote", start: q.start, end: q.end, who: q.speaker, role });
    if (kinds.speaker && q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      out.push({ kind: "speaker", start: q.speakerStart, end: q.speakerEnd, who: q.speaker, role });
    }
  }
  if (kinds.official) {
    for (const p of analysis.people) {
      if (!p.official) continue;
      for (const m of p.mentions) out.push({ kind: "official", start: m.start, end: m.end, who: p.name, role: p.role });
    }
  }
  return out.filter((a) => a.end > a.start);
}

/** The innermost annotation covering `offset` (a name inside a quote wins over the quote). */
export function annotationAt(annotations: readonly Annotation[], offset: number): Annotation | null {
  let best: Annotation | null = null;
  for (const a of annotations) {
    if (a.start <= offset && offset < a.end && (!best || a.end - a.start < best.end - best.start)) best = a;
  }
  return best;
}
