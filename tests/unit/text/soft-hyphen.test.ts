import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";

// Real pages that hyphenate their words with U+00AD for the browser.
const pages = trafilaturaPages()
  .filter((p) => p.html.includes("\u00ad") || p.html.includes("&shy;"))
  .slice(0, 5);

describe("soft hyphens", () => {
  it("are in some corpus pages", () => expect(pages.length).toBeGreaterThan(0));
  for (const p of pages) {
    it(`are left out of the text, which still maps back to the page: ${p.file}`, () => {
      const article = extractArticle(parseDocument(p.html), { url: p.url });
      const { text, map } = buildText(article.blocks, article.skip);
      expect(text).not.toContain("\u00ad");
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        const pt = map.toDom(i)!;
        expect(pt.node.data[pt.offset]).toBe(text[i]);
      }
    });
  }
});
