// analyze() on real corpus pages broken in random ways: never throws, stays well formed, leaves the
// document alone, finishes within a generous bound.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutateAll, mutations } from "./mutations";
import { BOUND_MS, SEED, corpusPages, runs } from "./params";
import { runPage } from "./run-page";

describe("analyze() on mutated corpus pages", () => {
  const pages = corpusPages();

  it("returns a well-formed Analysis in bounded time and leaves the page unchanged", () => {
    fc.assert(
      fc.property(fc.nat({ max: pages.length - 1 }), mutations, (i, ms) => {
        const page = pages[i]!;
        const r = runPage(mutateAll(page.html, ms));
        expect(r.problems, page.name).toEqual([]);
        expect(r.ms, page.name).toBeLessThan(BOUND_MS);
      }),
      // Each run costs a parse and an analysis: report the first failure without shrinking.
      { seed: SEED, numRuns: runs(80), endOnFailure: true },
    );
  }, 600_000);
});
