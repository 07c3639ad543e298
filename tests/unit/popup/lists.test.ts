import { describe, expect, it } from "vitest";
import { rankPeople } from "../../../src/export/rank-people";
import { clipTimeline } from "../../../extension/popup/clip-timeline";
import type { Clip } from "../../../src/types";
import { goldAnalysis } from "../export/gold-analysis";

describe("rankPeople on real articles", () => {
  it.each(["bbc-1", "wapo-1", "guardian-1"])("%s: officials apart, most mentioned first", (name) => {
    const { people } = goldAnalysis(name);
    const { officials, others } = rankPeople(people);
    expect(officials.length + others.length).toBe(people.length);
    expect(officials.every((p) => p.official) && others.every((p) => !p.official)).toBe(true);
    for (const list of [officials, others]) {
      const counts = list.map((p) => p.mentions.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe("clipTimeline", () => {
  const clip = (date: string | null, position: number): Clip => ({
    kind: "video",
    provider: "html5",
    title: null,
    caption: null,
    date,
    duration: null,
    start: null,
    src: null,
    position,
  });

  it("puts the newest clip first, same-day clips in page order, undated ones last", () => {
    const clips = [clip("2025-12-02", 10), clip(null, 5), clip("2025-12-01", 20), clip("2025-11-24", 30), clip("2025-12-02", 40)];
    expect(clipTimeline(clips).map((c) => c.position)).toEqual([10, 40, 20, 30, 5]);
  });
});
