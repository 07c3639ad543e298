// The elements the `::highlight()` rules name, on the seed and real corpus pages (linkedom): they
// hold every highlight, none holds another, there are few rules however many highlights a long
// article has, and each selector names its run of blocks and the siblings of their tag between
// them, nothing else, with page ids only as plain names.
// Whether the browser inherits highlight styles through them is checked in the e2e tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { analyzeLive } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { annotationsOf } from "../../../extension/content/annotations";
import { highlightSelector, runSelectors, runsAround } from "../../../extension/content/highlight-scope";
import { DEFAULT_SETTINGS } from "../../../extension/shared/settings";

const seed = readFileSync(join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html"), "utf8");
const readability = readabilityPages();
// The first pages, and the corpus' longest article (hundreds of highlighted paragraphs).
const pages = [{ name: "seed", html: seed }, ...readability.slice(0, 8), ...readability.filter((p) => p.name === "wikipedia-2")];

/** Stands in for a Range: the scope reads only where it lies. */
const at = (node: Node) => ({ commonAncestorContainer: node }) as Range;

/** The node around each highlight the content script would paint on `doc`. */
function highlightNodes(doc: Document): Node[] {
  const live = analyzeLive(doc, { url: "https://example.org/a.html" });
  const map = live.map;
  if (!map) return [];
  return annotationsOf(live.analysis, DEFAULT_SETTINGS.kinds).map((a) => {
    const end = map.toDom(a.end, "end")!.node;
    let node: Node = map.toDom(a.start, "start")!.node;
    while (!node.contains(end)) node = node.parentNode!;
    return node;
  });
}

const blocksOf = (ranges: Range[]) => runsAround(ranges).flatMap((r) => r.blocks);

describe("runsAround and runSelectors", () => {
  it("found highlights to test on", () => {
    expect(highlightNodes(parseDocument(seed)).length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.name, p.html]))("%s: few rules, holding every highlight, each naming its run", (_name, html) => {
    const doc = parseDocument(html);
    const nodes = highlightNodes(doc);
    const runs = runsAround(nodes.map(at));
    const blocks = runs.flatMap((r) => r.blocks);
    if (nodes.length > 0) expect(runs.length).toBeGreaterThan(0);
    expect(runs.length).toBeLessThanOrEqual(16);
    expect(nodes.every((node) => blocks.some((b) => b.contains(node)))).toBe(true);
    expect(blocks.every((b) => !blocks.some((o) => o !== b && o.contains(b)))).toBe(true);
    runSelectors(runs).forEach((selector, i) => {
      const { parent, tag, blocks: own } = runs[i]!;
      const named = [...doc.querySelectorAll(selector)];
      expect(
        own.every((b) => named.includes(b)),
        selector,
      ).toBe(true);
      const siblings = parent ? [...parent.children] : [doc.documentElement];
      const [first, last] = [Math.min(...own.map((b) => siblings.indexOf(b))), Math.max(...own.map((b) => siblings.indexOf(b)))];
      const between = siblings.slice(first, last + 1).filter((el) => tag === "*" || el.localName === tag);
      expect(named.length, selector).toBe(between.length);
      expect(
        named.every((el, k) => el === between[k]),
        selector,
      ).toBe(true);
    });
  });

  it("takes the block around a highlight, not the inline element it sits in", () => {
    const doc = parseDocument('<body><div><p>Text <a href="#"><b>here</b></a>.</p><p>Two</p></div></body>');
    expect(blocksOf([at(doc.querySelector("b")!.firstChild!)])).toEqual([doc.querySelector("p")]);
  });

  it("names up to 16 blocks one by one, past that joins the closest neighbours of one tag", () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `<li>Item ${i}</li>`).join("");
    const doc = parseDocument(
      `<html><head></head><body><main><ul>${items(12)}</ul><p>Apart</p><ol>${items(3)}<li>Gap</li><li>Gap</li>${items(3)}</ol></main></body></html>`,
    );
    const highlighted = (sel: string) =>
      [...doc.querySelectorAll(sel)].filter((el) => el.textContent !== "Gap").map((el) => at(el.firstChild!));
    expect(runsAround(highlighted("ul > li, main > p"))).toHaveLength(13);
    const runs = runsAround(highlighted("li, main > p"));
    expect(runs).toHaveLength(16);
    // 19 blocks, three joins of neighbours one apart: the first four items of the ul are one run.
    expect(runSelectors(runs).filter((s) => s.includes("n+"))).toEqual([
      ":root > body:nth-child(2) > main:nth-child(1) > ul:nth-child(1) > li:nth-child(n+1):nth-child(-n+4)",
    ]);
    expect(runs.filter((r) => r.parent === doc.querySelector("ol"))).toHaveLength(6);
  });

  it("gathers blocks into their parents when neighbours cannot join", () => {
    const lists = Array.from({ length: 20 }, (_, i) => `<ul><li>Item ${i}</li></ul><div></div>`).join("");
    const doc = parseDocument(`<body><main>${lists}</main></body>`);
    const runs = runsAround([...doc.querySelectorAll("li")].map((li) => at(li.firstChild!)));
    expect(runs.length).toBeLessThanOrEqual(16);
    expect(runs.flatMap((r) => r.blocks).every((b) => b.localName === "ul")).toBe(true);
  });

  it("starts a path at the nearest id that names its element alone and is a plain name", () => {
    const doc = parseDocument(
      '<html><head></head><body><div id="a&quot;]{}*{color:red"><p id="x">One</p><p id="x">Two</p></div><section id="story"><p>Three</p><p>Four</p><p>Five</p></section></body></html>',
    );
    const p = doc.querySelectorAll("p");
    expect(runSelectors(runsAround([p[1]!, p[2]!, p[4]!].map((el) => at(el.firstChild!))))).toEqual([
      ":root > body:nth-child(2) > div:nth-child(1) > p:nth-child(2)",
      "#story > p:nth-child(1)",
      "#story > p:nth-child(3)",
    ]);
  });

  it("names a run by the range of its positions", () => {
    const doc = parseDocument(
      `<html><head></head><body><ul>${Array.from({ length: 20 }, (_, i) => `<li>${i}</li>`).join("")}</ul></body></html>`,
    );
    const runs = runsAround([...doc.querySelectorAll("li")].slice(2).map((li) => at(li.firstChild!)));
    // 18 blocks in 16 rules: the first three join.
    expect(runSelectors(runs).slice(0, 2)).toEqual([
      ":root > body:nth-child(2) > ul:nth-child(1) > li:nth-child(n+3):nth-child(-n+5)",
      ":root > body:nth-child(2) > ul:nth-child(1) > li:nth-child(6)",
    ]);
  });

  it("puts the rule on the named elements, or on every element without them", () => {
    expect(highlightSelector(["#story", "#a > p:nth-child(2)"], "newsmark-quote")).toBe(
      "#story::highlight(newsmark-quote), #a > p:nth-child(2)::highlight(newsmark-quote)",
    );
    expect(highlightSelector(null, "newsmark-quote")).toBe("::highlight(newsmark-quote)");
  });
});
