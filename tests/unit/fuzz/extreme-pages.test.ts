// analyze() at the extremes: deep nesting, megabyte text nodes, hundreds of thousands of elements,
// broken JSON-LD, huge attributes, control characters, mixed scripts, pathological quote and name runs.
import { describe, expect, it } from "vitest";
import { EXTREME_PAGES } from "./extreme-pages";
import { BOUND_MS } from "./params";
import { runPage } from "./run-page";

describe("analyze() on extreme pages", () => {
  it.each(EXTREME_PAGES)("$name: well formed, page unchanged, in bounded time", (p) => {
    const r = runPage(p.html(), p.dom);
    expect(r.problems).toEqual([]);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });
});
