// analyze() on pages generated from nothing: random trees of news markup with hostile text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOUND_MS, SEED, runs } from "./params";
import { randomPage } from "./random-page";
import { runPage } from "./run-page";

describe("analyze() on random pages", () => {
  it("returns a well-formed Analysis in bounded time and leaves the page unchanged", () => {
    fc.assert(
      fc.property(randomPage, (html) => {
        const r = runPage(html);
        expect(r.problems).toEqual([]);
        expect(r.ms).toBeLessThan(BOUND_MS);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  }, 300_000);
});
