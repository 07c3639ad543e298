// Quotation marks outside prose quote no one: titles in reference lists and footnotes, strings in
// code, cells of data tables. The article keeps those blocks as "other", and no quote lies in one.
// Real corpus pages: encyclopedia articles with reference lists, blogs with code.
import { describe, expect, it } from "vitest";
import { readabilityPages, trafilaturaPages } from "../../../bench/corpus";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { contextOf, quotesOf } from "./context";

const all = [
  ...readabilityPages().map((p) => ({ id: p.name, html: p.html })),
  ...trafilaturaPages().map((p) => ({ id: p.file, html: p.html })),
];
const pick = (...ids: string[]) => all.filter((p) => ids.includes(p.id));

/** Pages whose reference lists ("^ "Title". Publisher. Retrieved …") held most of their quotation marks. */
const REFERENCES = pick("wikipedia-2", "wikipedia-4", "en.wikipedia.org.tsne.html", "link.springer.com.1007.html");
/** Pages with strings in code blocks. */
const CODE = pick("mercurial", "strangemachines.io.performant.html", "mdavis.xyz.supermarket.html");

describe("quotes outside prose", () => {
  it("found the pages", () => {
    expect(REFERENCES.length + CODE.length).toBe(7);
  });

  it.each(REFERENCES.map((p) => [p.id, p.html]))("%s: the reference list is an 'other' block, with no quote in it", (_id, html) => {
    const a = analyze(parseDocument(html), { url: "https://example.org/a.html" });
    const other = a.blocks.filter((b) => b.kind === "other");
    // Each list cites works: the block is kept as article text, only its kind changes.
    expect(other.some((b) => b.end - b.start > 500)).toBe(true);
    for (const q of a.quotes) expect(other.some((b) => b.start <= q.start && q.end <= b.end)).toBe(false);
  });

  it.each(CODE.map((p) => [p.id, p.html]))("%s: strings in code are no quotes", (_id, html) => {
    const a = analyze(parseDocument(html), { url: "https://example.org/a.html" });
    const other = a.blocks.filter((b) => b.kind === "other");
    expect(other.length).toBeGreaterThan(0);
    for (const q of a.quotes) expect(other.some((b) => b.start <= q.start && q.end <= b.end)).toBe(false);
  });

  it("finds in a paragraph what it leaves in an 'other' block", () => {
    const said = '"We will not give in," the minister said.';
    expect(quotesOf("en", said).map((q) => q.text)).toEqual(["We will not give in,"]);
    expect(quotesOf("en", { kind: "other", text: said })).toEqual([]);
    expect(contextOf("en", said).blocks[0]!.kind).toBe("paragraph");
  });
});
