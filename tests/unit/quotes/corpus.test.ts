// Real pages from the shared corpus with hand-labelled quotes: quotes in „…“, »…«, “…”, ‘…’ and
// straight marks are found with their speakers. Quotes whose paragraph the article extractor
// did not keep are left out, so that this measures the quote finder.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { goldPages, labels } from "../../../bench/corpus";
import { score } from "../../../bench/quotes";

const pages = goldPages()
  .filter((g) => labels(g, "quotes") && g.quotes.length > 0)
  .map((g) => {
    const a = analyze(parseDocument(g.html), { url: g.url });
    const kept = g.quotes.filter((q) => a.text.includes(q.text.slice(0, 30)));
    return {
      g,
      a,
      s: score(
        a.quotes.filter((q) => q.kind !== "indirect"),
        kept,
      ),
    };
  });

describe("quotes on labelled corpus pages", () => {
  it.each(pages.map((p) => [p.g.id, p] as const))("%s: finds the labelled quotes and little else", (_id, { s }) => {
    const found = s.tp + s.fp;
    expect(s.tp / (s.tp + s.fn)).toBeGreaterThanOrEqual(0.9);
    expect(found ? s.tp / found : 1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(["de", "en"])("%s: names the right speaker for most matched quotes", (lang) => {
    const ofLang = pages.filter((p) => p.g.lang === lang);
    const tp = ofLang.reduce((n, p) => n + p.s.tp, 0);
    const ok = ofLang.reduce((n, p) => n + p.s.speakerOk, 0);
    expect(ok / tp).toBeGreaterThanOrEqual(0.75);
  });

  it("keeps quote offsets true to the text", () => {
    for (const { a } of pages) for (const q of a.quotes) expect(a.text.slice(q.start, q.end)).toBe(q.text);
  });
});
