import { describe, expect, it } from "vitest";
import { pageLang } from "../../../src/lang/detect";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";
import { analyze } from "../../../src/analyze";

describe("language from the text (the fallback when a page declares none)", () => {
  const pages = trafilaturaPages()
    .filter((p) => p.lang === "de" || p.lang === "en")
    .filter((_, i) => i % 8 === 0);
  it("agrees with the labelled language on at least 95% of pages", () => {
    let same = 0;
    for (const p of pages) {
      const a = extractArticle(parseDocument(p.html), { url: p.url });
      if (pageLang(buildText(a.blocks, a.skip).text, null) === p.lang) same++;
    }
    expect(same / pages.length).toBeGreaterThanOrEqual(0.95);
  });
  it("says nothing on too little text", () => {
    expect(pageLang("Hallo", null)).toBeNull();
  });
});

describe("a page's declared language", () => {
  const analysed = (file: string) => {
    const p = trafilaturaPages().find((x) => x.file === file)!;
    return { a: analyze(parseDocument(p.html), { url: p.url }), truth: p.lang };
  };

  it('is overruled by text plainly in another language we read (a template\'s lang="en" over German)', () => {
    for (const file of ["helge.at.mahu.html", "lexikon.huettenhilfe.de.banane.html", "sibenlab.blogspot.com.privacy.html"]) {
      const { a, truth } = analysed(file);
      expect(a.lang, file).toBe(truth);
    }
  });

  it("stands when it is a language we do not read, or the text is no clear case", () => {
    // Polish text shares a few stopwords with Italian; Lorem ipsum shares some with French.
    expect(analysed("Finowie odkrywają wino _ Res Publica Nowa.html").a.lang).toBe("pl");
    expect(pageLang("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor et dolore magna aliqua.", "en")).toBe(
      "en",
    );
  });
});
