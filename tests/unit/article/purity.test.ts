import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../../../src/analyze";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { readabilityPages, trafilaturaPages } from "../../../bench/corpus";

const serialise = (doc: Document) => doc.documentElement?.outerHTML ?? "";

/** A spread of real pages: every 10th of each corpus. */
const sample = [
  ...readabilityPages().filter((_, i) => i % 10 === 0),
  ...trafilaturaPages()
    .filter((_, i) => i % 25 === 0)
    .map((p) => ({ name: p.file, html: p.html })),
];

describe("analyze reads the page only", () => {
  for (const p of sample) {
    it(`never changes the document: ${p.name}`, () => {
      const doc = parseDocument(p.html);
      const before = serialise(doc);
      const article = extractArticle(doc, {});
      buildText(article.blocks, article.skip);
      analyze(doc, { url: "https://example.com/a" });
      expect(serialise(doc)).toBe(before);
    });
  }
});

describe("analyze never throws", () => {
  const garbage = [
    "",
    "<",
    "<html>",
    "<html><body></body></html>",
    "\u0000\uFFFF<p>",
    "<body><h1></h1><p>    </p></body>",
    '<script type="application/ld+json">{"@type": [,,}</script><h1>x</h1>',
    '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "author": [null, 3, {"name": ""}], "datePublished": "yesterday"}]}</script>',
    "<table>".repeat(200) + "text",
    "<div>".repeat(2000) + "deep",
    '<meta property="article:published_time" content="2025-13-45"><p>Datum kaputt.</p>',
  ];
  for (const html of garbage) {
    it(`on ${JSON.stringify(html.slice(0, 40))}`, () => {
      const a = analyze(parseDocument(html), {});
      expect(typeof a.isArticle).toBe("boolean");
      expect(a.reason === undefined || !a.reason.startsWith("analysis failed")).toBe(true);
    });
  }

  it("on random markup", () => {
    const tag = fc.constantFrom(
      "p",
      "div",
      "h1",
      "h2",
      "article",
      "aside",
      "nav",
      "figure",
      "figcaption",
      "ul",
      "li",
      "a",
      "time",
      "script",
    );
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.tuple(tag, fc.array(tie("node"), { maxLength: 4 })).map(([t, kids]) => `<${t} class="${t}">${kids.join("")}</${t}>`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(node, (html) => {
        const a = analyze(parseDocument(`<html><body>${html}</body></html>`), {});
        return !a.reason?.startsWith("analysis failed");
      }),
      { numRuns: 150 },
    );
  });
});
