// shortTextOf answers as textOf does for text under its limit, and null for longer text, on the
// elements of real pages (it reads only as far into the text as it must).
import { describe, expect, it } from "vitest";
import { readabilityPages, trafilaturaPages } from "../../../bench/corpus";
import { parseDocument } from "../../../src/cli/parse-html";
import { shortTextOf, textOf } from "../../../src/article/dom";

const pages = [...readabilityPages().filter((_, i) => i % 20 === 0), ...trafilaturaPages().filter((_, i) => i % 50 === 0)];

describe("shortTextOf", () => {
  it("is textOf below the limit and null from it on", () => {
    let short = 0;
    let long = 0;
    for (const p of pages) {
      const doc = parseDocument(p.html);
      for (const el of doc.querySelectorAll("h1, h2, h3, h4, p, li, div, figcaption")) {
        const full = textOf(el);
        for (const max of [1, 40, 80]) {
          const got = shortTextOf(el, max);
          if (full.length < max) {
            expect(got).toBe(full);
            short++;
          } else {
            expect(got).toBeNull();
            long++;
          }
        }
      }
    }
    expect(short).toBeGreaterThan(500);
    expect(long).toBeGreaterThan(500);
  });
});
