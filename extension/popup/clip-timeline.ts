import type { Clip } from "../../src/types";

type DatedClip = Clip & { date: string };

const isDated = (clip: Clip): clip is DatedClip => clip.date !== null;

/** Clips newest first (ISO dates sort as text); undated ones after, in page order. */
export function clipTimeline(clips: readonly Clip[]): Clip[] {
  const dated = clips.filter(isDated).sort((a, b) => b.date.localeCompare(a.date) || a.position - b.position);
  const undated = clips.filter((c) => !isDated(c)).sort((a, b) => a.position - b.position);
  return [...dated, ...undated];
}
