import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { CORPUS } from "../../../bench/corpus";

interface Golden {
  page: string;
  url: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  firstParagraph: string;
  lastParagraph: string;
  blocks: number;
}

const DIR = join(import.meta.dirname, "../../fixtures/golden");
const goldens = readdirSync(DIR).map((name) => ({
  name,
  golden: JSON.parse(readFileSync(join(DIR, name, "expected.json"), "utf8")) as Golden,
}));

describe("golden pages", () => {
  it("has a dozen pages in German and English", () => {
    expect(goldens.length).toBeGreaterThanOrEqual(12);
    const langs = new Set(goldens.map((g) => g.golden.lang));
    expect(langs).toContain("de");
    expect(langs).toContain("en");
  });

  for (const { name, golden } of goldens) {
    it(name, () => {
      const html = readFileSync(join(CORPUS, golden.page), "utf8");
      const a = analyze(parseDocument(html), { url: golden.url });
      expect(a.isArticle).toBe(true);
      expect({ title: a.title, byline: a.byline, published: a.published, lang: a.lang, siteName: a.siteName }).toEqual({
        title: golden.title,
        byline: golden.byline,
        published: golden.published,
        lang: golden.lang,
        siteName: golden.siteName,
      });
      // The article's structure, read from the engine's own stages (independent of later analyzers).
      const article = extractArticle(parseDocument(html), { url: golden.url });
      const built = buildText(article.blocks, article.skip);
      const paragraphs = built.blocks.filter((b) => b.kind === "paragraph").map((b) => built.text.slice(b.start, b.end));
      expect(built.blocks[0]?.kind).toBe("heading");
      expect(paragraphs[0]?.startsWith(golden.firstParagraph)).toBe(true);
      expect(paragraphs.at(-1)?.endsWith(golden.lastParagraph)).toBe(true);
      expect(built.blocks.length).toBe(golden.blocks);
      expect(a.text).toBe(built.text);
    });
  }
});
