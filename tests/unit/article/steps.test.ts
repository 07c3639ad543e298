// The article stage in steps (src/article `articleSteps`) on real corpus pages: the same article as
// in one go, reached through the phases it names.
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { articleSteps, extractArticle, type Article } from "../../../src/article";
import { parseDocument } from "../../../src/cli/parse-html";

const pages = readabilityPages().slice(0, 6);

function stepThrough(doc: Document): { names: string[]; article: Article } {
  const names: string[] = [];
  const steps = articleSteps(doc, { url: "https://example.org/a.html" });
  for (;;) {
    const step = steps.next();
    if (step.done) return { names, article: step.value };
    names.push(step.value);
  }
}

describe("articleSteps", () => {
  it.each(pages.map((p) => [p.name, p.html]))("%s: finds what extractArticle finds", (_name, html) => {
    const doc = parseDocument(html);
    const { article } = stepThrough(doc);
    const once = extractArticle(doc, { url: "https://example.org/a.html" });
    expect(article.root).toBe(once.root);
    expect(article.blocks.map((b) => [b.kind, b.el])).toEqual(once.blocks.map((b) => [b.kind, b.el]));
    expect(article.meta).toEqual(once.meta);
    expect([article.isArticle, article.reason]).toEqual([once.isArticle, once.reason]);
  });

  it.each(pages.map((p) => [p.name, p.html]))("%s: reads the metadata, then walks and collects per pass", (_name, html) => {
    const { names } = stepThrough(parseDocument(html));
    expect(names.slice(0, 3)).toEqual(["meta", "measure", "blocks"]);
    // A pass walks the page only when it strips differently from the passes before (twice at most).
    const rest = names.slice(3).filter((n) => n !== "measure");
    expect(names.filter((n) => n === "measure").length).toBeLessThanOrEqual(2);
    expect(rest.join(" ")).toMatch(/^(blocks ?)*$/);
  });

  it("ends at once on an empty document", () => {
    const doc = parseDocument("");
    const { names, article } = stepThrough(doc);
    expect(article.isArticle).toBe(false);
    expect(names.length).toBeLessThanOrEqual(1);
  });
});
