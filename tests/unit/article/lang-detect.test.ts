import { describe, expect, it } from "vitest";
import { detectLang } from "../../../src/lang/detect";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";

describe("language from the text (the fallback when a page declares none)", () => {
  const pages = trafilaturaPages()
    .filter((p) => p.lang === "de" || p.lang === "en")
    .filter((_, i) => i % 8 === 0);
  it("agrees with the labelled language on at least 95% of pages", () => {
    let same = 0;
    for (const p of pages) {
      const a = extractArticle(parseDocument(p.html), { url: p.url });
      if (detectLang(buildText(a.blocks, a.skip).text) === p.lang) same++;
    }
    expect(same / pages.length).toBeGreaterThanOrEqual(0.95);
  });
  it("says nothing on too little text", () => {
    expect(detectLang("Hallo")).toBeNull();
  });
});
