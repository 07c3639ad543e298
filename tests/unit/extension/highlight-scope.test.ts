// The element the `::highlight()` rules may be scoped to, on the seed and real corpus pages
// (linkedom): it holds the whole article, the document names it unambiguously, and page ids reach
// our stylesheet only as plain names. Whether the browser inherits highlight styles is checked in
// the e2e tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { analyzeLive } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { highlightScope, highlightSelector } from "../../../extension/content/highlight-scope";

const seed = readFileSync(join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html"), "utf8");
const pages = [{ name: "seed", html: seed }, ...readabilityPages().slice(0, 8)];

/** The node holding all of the article's text, as the content script scopes its highlights. */
function articleNode(doc: Document): Node | null {
  const segments = analyzeLive(doc, { url: "https://example.org/a.html" }).map?.segments ?? [];
  if (segments.length === 0) return null;
  const last = segments.at(-1)!.node;
  let node: Node | null = segments[0]!.node;
  while (node && !node.contains(last)) node = node.parentNode;
  return node;
}

describe("highlightScope", () => {
  it.each(pages.map((p) => [p.name, p.html]))("%s: names one element, and it holds the whole article", (_name, html) => {
    const doc = parseDocument(html);
    const article = articleNode(doc);
    if (!article) return;
    const scope = highlightScope(article)!;
    expect([...doc.querySelectorAll(scope.selector)]).toEqual([scope.element]);
    expect(scope.element.contains(article)).toBe(true);
  });

  it("takes the nearest such element: a unique id below a unique tag", () => {
    const doc = parseDocument(
      '<body><main><div><section id="story"><p>Text <b>here</b>.</p></section></div></main><div><p>More <b>text</b>.</p></div></body>',
    );
    expect(highlightScope(doc.querySelector("b")!.firstChild!)?.selector).toBe("#story");
    expect(highlightScope(doc.querySelector("div")!)?.selector).toBe("main");
  });

  it("passes over ids that would need escaping or that name an earlier element", () => {
    const doc = parseDocument(
      '<body><article><div id="a&quot;]{}*{color:red"><p id="x">One</p><p id="x">Two</p></div></article><div></div></body>',
    );
    expect(highlightScope(doc.querySelectorAll("p")[1]!)?.selector).toBe("article");
  });

  it("puts the rule on the element, or on every element without one", () => {
    expect(highlightSelector("#story", "newsmark-quote")).toBe("#story::highlight(newsmark-quote)");
    expect(highlightSelector(null, "newsmark-quote")).toBe("::highlight(newsmark-quote)");
  });
});
