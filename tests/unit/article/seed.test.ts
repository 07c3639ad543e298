import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";

const html = readFileSync(join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html"), "utf8");
const doc = parseDocument(html);
const article = extractArticle(doc, { url: "https://www.zdf.de/nachrichten/politik/ausland/rubio-nato-100.html" });
const { text, blocks } = buildText(article.blocks, article.skip);
const of = (kind: string) => blocks.filter((b) => b.kind === kind).map((b) => text.slice(b.start, b.end));

describe("seed article (realistic ZDF markup)", () => {
  it("starts with the headline, then the lead", () => {
    expect(blocks[0]?.kind).toBe("heading");
    expect(text.slice(blocks[0]!.start, blocks[0]!.end)).toBe(doc.querySelector("h1")!.textContent!.trim());
    expect(text.slice(blocks[1]!.start, blocks[1]!.end)).toBe(doc.querySelector(".lead")!.textContent!.trim());
  });
  it("has the teasers of the four video clips as captions, in order", () => {
    const teasers = Array.from(doc.querySelectorAll("figure figcaption")).map((f) => f.textContent!.replace(/\s+/g, " ").trim());
    expect(teasers.length).toBe(4);
    expect(of("caption").map((c) => c.replace(/\s+/g, " "))).toEqual(teasers);
  });
  it("has the pull quote as a quote block, with its attribution", () => {
    const quote = of("quote");
    expect(quote.length).toBe(1);
    expect(quote[0]).toContain("Das würde das falsche Signal senden");
    // The <footer><cite> inside the <blockquote> names the source: a line of the same block.
    expect(quote[0]).toMatch(new RegExp(`\n${doc.querySelector("blockquote cite")!.textContent!.trim()}$`));
  });
  it("puts the first clip's teaser between the lead and the body", () => {
    const first = doc.querySelector("figure figcaption .teaser-text")!.textContent!.trim();
    expect(blocks[2]?.kind).toBe("caption");
    expect(text.slice(blocks[2]!.start, blocks[2]!.end)).toContain(first);
  });
  it("leaves out the kicker above the headline", () => {
    const kicker = doc.querySelector(".overline")!.textContent!.trim();
    expect(blocks.map((b) => text.slice(b.start, b.end))).not.toContain(kicker);
  });
  it("leaves out navigation, the live-blog box and the page furniture", () => {
    for (const sel of ["nav", "aside", "footer"]) {
      for (const el of Array.from(doc.querySelectorAll(sel))) {
        const t = el.textContent!.replace(/\s+/g, " ").trim();
        if (t.length > 12) expect(text.replace(/\s+/g, " ")).not.toContain(t);
      }
    }
  });
  it("is an article with its metadata", () => {
    expect(article.isArticle).toBe(true);
    expect(article.meta.lang).toBe("de");
    expect(article.meta.published).toMatch(/^2025-12-02/);
  });
});
