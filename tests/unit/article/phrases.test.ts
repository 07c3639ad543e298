import { describe, expect, it } from "vitest";
import { AD_LABEL, AD_LINE, BYLINE_PREFIX, CREDIT_LINE, TEASER_LINE } from "../../../src/article/phrases";
import { articleLangs } from "../../../src/lang";

describe("line patterns from the language packs", () => {
  it("match every pack's own phrases, in any case", () => {
    for (const article of articleLangs()) {
      for (const p of article.teaserLines) expect(TEASER_LINE.test(p.toUpperCase()), p).toBe(true);
      for (const p of article.adLabels) expect(AD_LABEL.test(p), p).toBe(true);
      for (const p of article.creditLabels) expect(CREDIT_LINE.test(`${p}: X`), p).toBe(true);
      for (const p of article.bylinePrefixes) expect(BYLINE_PREFIX.test(`${p} Anna Schmidt`), p).toBe(true);
    }
  });
  it("match whole words and lines only", () => {
    // "Related" opens a teaser line; "Relatedness" and words inside a sentence do not.
    expect(TEASER_LINE.test("Relatedness of the two")).toBe(false);
    expect(TEASER_LINE.test("Sie sagte: mehr zum Thema später")).toBe(false);
    expect(AD_LABEL.test("Anzeige:")).toBe(true);
    expect(AD_LABEL.test("Anzeige der Polizei gegen Unbekannt")).toBe(false);
    expect(AD_LINE.test("ANZEIGE - Heute mal bestellen?")).toBe(true);
    expect(AD_LINE.test("Anzeigen gegen Unbekannt wurden erstattet.")).toBe(false);
    expect(AD_LINE.test("Ad-hoc-Mitteilung der Gesellschaft")).toBe(false);
    expect(CREDIT_LINE.test("Das sagte er, wenn")).toBe(false);
    expect(CREDIT_LINE.test("Judy Eddy/WENN.com")).toBe(true);
    expect(CREDIT_LINE.test("Die Fotos zeigen den Hafen")).toBe(false);
    // The British agency by its services' names, in a caption's closing brackets.
    for (const credit of ["(PA Wire)", "PA Archive", "(PA Media)"]) expect(CREDIT_LINE.test(credit), credit).toBe(true);
    expect(CREDIT_LINE.test("Tom Pa")).toBe(false);
  });
});
