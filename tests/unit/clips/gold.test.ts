// The hand-labelled gold pages and the seed fixture: every labelled clip found in page order, nothing
// else, with the date and duration the page states.
import { describe, expect, it } from "vitest";
import { alignClips, clipPages, domContext, SEED_CLIPS } from "../../../bench/clips";
import { parseDocument } from "../../../src/cli/parse-html";
import { findClips } from "../../../src/clips";

const pages = clipPages();

describe.each(pages.map((p) => [p.id, p] as const))("%s", (_id, p) => {
  const ctx = domContext(parseDocument(p.html), p.url);
  const clips = findClips(ctx);

  it("finds the labelled clips and no others", () => {
    expect(clips).toHaveLength(p.clips.length);
    expect(alignClips(clips, p.clips)).toHaveLength(p.clips.length);
  });

  it("states the labelled dates and durations (within 1 s)", () => {
    for (const [i, j] of alignClips(clips, p.clips)) {
      const [found, gold] = [clips[i]!, p.clips[j]!];
      if (gold.date !== null) expect(found.date).toBe(gold.date);
      if (gold.duration !== null) expect(Math.abs((found.duration ?? -99) - gold.duration)).toBeLessThanOrEqual(1);
    }
  });

  it("places clips in page order within the text", () => {
    const positions = clips.map((c) => c.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const at of positions) expect(at).toBeLessThanOrEqual(ctx.text.length);
  });
});

describe("the seed article", () => {
  const p = pages.find((x) => x.id === "seed")!;
  const ctx = domContext(parseDocument(p.html), p.url);
  const clips = findClips(ctx);

  it("carries each clip's teaser text, positioned where the teaser stands in the text", () => {
    expect(clips).toHaveLength(SEED_CLIPS.length);
    clips.forEach((c, i) => {
      expect(c.caption?.startsWith(SEED_CLIPS[i]!.caption)).toBe(true);
      // Where the teaser is part of the article text (a caption block), the clip sits at it.
      const at = ctx.text.indexOf(SEED_CLIPS[i]!.caption);
      if (at >= 0) expect(c.position).toBe(at);
    });
    expect(new Set(clips.map((c) => c.position)).size).toBe(clips.length);
  });
});
