// The elements the `::highlight()` rules name, on the seed and real corpus pages (linkedom): they
// hold every highlight, none holds another, there are few of them however many highlights a long
// article has, and each selector names its element alone, with page ids only as plain names.
// Whether the browser inherits highlight styles through them is checked in the e2e tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { analyzeLive } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { annotationsOf } from "../../../extension/content/annotations";
import { blocksAround, highlightSelector, pathSelectors } from "../../../extension/content/highlight-scope";
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

describe("blocksAround and pathSelectors", () => {
  it("found highlights to test on", () => {
    expect(highlightNodes(parseDocument(seed)).length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.name, p.html]))("%s: few elements, holding every highlight, each named alone", (_name, html) => {
    const doc = parseDocument(html);
    const nodes = highlightNodes(doc);
    const scopes = blocksAround(nodes.map(at));
    if (nodes.length > 0) expect(scopes.length).toBeGreaterThan(0);
    expect(scopes.length).toBeLessThanOrEqual(16);
    for (const node of nodes) expect(scopes.some((s) => s.contains(node))).toBe(true);
    for (const s of scopes) expect(scopes.filter((o) => o !== s && o.contains(s))).toEqual([]);
    const selectors = pathSelectors(scopes);
    selectors.forEach((selector, i) => expect([...doc.querySelectorAll(selector)]).toEqual([scopes[i]]));
  });

  it("takes the block around a highlight, not the inline element it sits in", () => {
    const doc = parseDocument('<body><div><p>Text <a href="#"><b>here</b></a>.</p><p>Two</p></div></body>');
    expect(blocksAround([at(doc.querySelector("b")!.firstChild!)])).toEqual([doc.querySelector("p")]);
  });

  it("gathers more blocks than it names into their nearest containers", () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li>Item ${i}</li>`).join("");
    const doc = parseDocument(`<body><main><ul>${items}</ul><p>Apart</p></main></body>`);
    const ranges = [...doc.querySelectorAll("li, main > p")].map((el) => at(el.firstChild!));
    expect(blocksAround(ranges)).toEqual([doc.querySelector("ul"), doc.querySelector("main > p")]);
  });

  it("starts a path at the nearest id that names its element alone and is a plain name", () => {
    const doc = parseDocument(
      '<html><head></head><body><div id="a&quot;]{}*{color:red"><p id="x">One</p><p id="x">Two</p></div><section id="story"><p>Three</p></section></body></html>',
    );
    const [two, three] = [doc.querySelectorAll("p")[1]!, doc.querySelectorAll("p")[2]!];
    expect(pathSelectors([two, three])).toEqual([
      ":root > body:nth-child(2) > div:nth-child(1) > p:nth-child(2)",
      "#story > p:nth-child(1)",
    ]);
  });

  it("puts the rule on the named elements, or on every element without them", () => {
    expect(highlightSelector(["#story", "#a > p:nth-child(2)"], "newsmark-quote")).toBe(
      "#story::highlight(newsmark-quote), #a > p:nth-child(2)::highlight(newsmark-quote)",
    );
    expect(highlightSelector(null, "newsmark-quote")).toBe("::highlight(newsmark-quote)");
  });
});
