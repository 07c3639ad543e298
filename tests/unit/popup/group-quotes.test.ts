import { describe, expect, it } from "vitest";
import { groupQuotesBySpeaker } from "../../../src/export/group-quotes";
import { goldAnalysis } from "../export/gold-analysis";

describe("groupQuotesBySpeaker on a real article's quotes", () => {
  const { quotes } = goldAnalysis("guardian-1");
  const groups = groupQuotesBySpeaker(quotes);

  it("keeps every quote exactly once, each under its own speaker", () => {
    expect(groups.flatMap((g) => g.quotes).length).toBe(quotes.length);
    for (const g of groups) for (const q of g.quotes) expect(q.speaker ?? null).toBe(g.speaker);
    expect(new Set(groups.map((g) => g.speaker)).size).toBe(groups.length);
  });

  it("orders speakers by their first quote and quotes by position", () => {
    const firsts = groups.map((g) => g.quotes[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const g of groups) expect(g.quotes.map((q) => q.start)).toEqual(g.quotes.map((q) => q.start).sort((a, b) => a - b));
  });

  it("puts unattributed quotes last and takes the first role given", () => {
    const reversed = [...quotes].reverse().map((q, i) => ({ ...q, speaker: i % 4 === 0 ? null : q.speaker, speakerRole: `role ${i}` }));
    const regrouped = groupQuotesBySpeaker(reversed);
    expect(regrouped.at(-1)!.speaker).toBeNull();
    expect(regrouped.slice(0, -1).every((g) => g.speaker !== null)).toBe(true);
    for (const g of regrouped) {
      const first = [...reversed].filter((q) => (q.speaker ?? null) === g.speaker).sort((a, b) => a.start - b.start)[0]!;
      expect(g.role).toBe(first.speakerRole);
    }
  });

  it("treats blank speaker names as unattributed", () => {
    const [q] = quotes;
    expect(groupQuotesBySpeaker([{ ...q!, speaker: "  " }])[0]!.speaker).toBeNull();
  });
});
