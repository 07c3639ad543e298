import { describe, expect, it } from "vitest";
import { porter, rouge, tokens } from "../../../bench/rouge";

describe("bench ROUGE", () => {
  it("stems as Porter (1980) does", () => {
    const cases: [string, string][] = [
      ["caresses", "caress"],
      ["ponies", "poni"],
      ["hopping", "hop"],
      ["relational", "relat"],
      ["generalizations", "gener"],
      ["adjustment", "adjust"],
      ["controll", "control"],
    ];
    for (const [w, s] of cases) expect(porter(w)).toBe(s);
  });

  it("tokenises on non-alphanumerics, lower case, stemming words longer than three letters", () => {
    expect(tokens("The U.S. Army's 2,000 troops were running")).toEqual(["the", "u", "s", "armi", "s", "2", "000", "troop", "were", "run"]);
  });

  it("scores identical texts 1 and disjoint texts 0", () => {
    expect(rouge("police arrested the man", "police arrested the man")).toEqual({ r1: 1, r2: 1, rl: 1 });
    expect(rouge("police arrested the man", "sunny weather tomorrow")).toEqual({ r1: 0, r2: 0, rl: 0 });
  });

  it("counts clipped n-gram overlap and the longest common subsequence", () => {
    // Candidate 4 tokens, reference 5: all 4 unigrams shared, 1 of 3 bigrams ("police arrested"), LCS 2.
    const s = rouge("man the police arrested", "police arrested the man today");
    expect(s.r1).toBeCloseTo((2 * (4 / 4) * (4 / 5)) / (4 / 4 + 4 / 5), 6);
    expect(s.r2).toBeCloseTo((2 * (1 / 3) * (1 / 4)) / (1 / 3 + 1 / 4), 6);
    expect(s.rl).toBeCloseTo((2 * (2 / 4) * (2 / 5)) / (2 / 4 + 2 / 5), 6);
  });
});
