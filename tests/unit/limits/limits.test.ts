// The page-size limits: real pages pass, a page one step beyond any limit is refused, the check
// stops early on pages of any size, and analyze() answers "too large" for such pages at once.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readabilityPages } from "../../../bench/corpus";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { LIMITS, TOO_LARGE, checkLimits } from "../../../src/limits";

const SEED = join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html");

/** Nodes under and including the root element, counted independently (scripts and styles count as one). */
function countNodes(doc: Document): number {
  let n = 1;
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      n++;
      if (c.nodeName !== "SCRIPT" && c.nodeName !== "STYLE") visit(c);
    }
  };
  visit(doc.documentElement);
  return n;
}

const skeleton = () => parseDocument("<!doctype html><html><head></head><body></body></html>");

/** A document whose deepest node sits `levels` deep (`<html>` is level 1, `<body>` level 2). */
function nested(levels: number): Document {
  const doc = skeleton();
  let el: Element = doc.body;
  for (let level = 3; level <= levels; level++) el = el.appendChild(doc.createElement("div"));
  return doc;
}

/**
 * A document that never ends, made up as the walk asks for it: below the root element every node
 * has a next sibling ("wide") or a first child ("deep"). `made.count` says how many nodes the walk touched.
 */
function endless(shape: "wide" | "deep") {
  const made = { count: 0 };
  class Fake {
    readonly nodeType = 1;
    readonly nodeName = "DIV";
    constructor(readonly parentNode: Fake | null) {
      made.count++;
    }
    private child?: Fake | null;
    private next?: Fake | null;
    get firstChild(): Fake | null {
      return (this.child ??= shape === "deep" || this.parentNode === null ? new Fake(this) : null);
    }
    get nextSibling(): Fake | null {
      return (this.next ??= shape === "wide" && this.parentNode !== null ? new Fake(this.parentNode) : null);
    }
  }
  return { doc: { documentElement: new Fake(null) } as unknown as Document, made };
}

describe("checkLimits", () => {
  it("accepts the largest Readability test pages and the seed article", () => {
    // The 20 largest of the 130 pages: the ones a limit could catch (wikipedia-2 among them).
    const largest = readabilityPages()
      .sort((a, b) => b.html.length - a.html.length)
      .slice(0, 20);
    const refused = [...largest, { name: "seed", html: readFileSync(SEED, "utf8") }]
      .filter((p) => checkLimits(parseDocument(p.html)) !== null)
      .map((p) => p.name);
    expect(refused).toEqual([]);
  });

  it("accepts a page at the node limit and refuses one node more", () => {
    const doc = skeleton();
    const room = LIMITS.maxNodes - countNodes(doc);
    for (let i = 0; i < room; i++) doc.body.appendChild(doc.createElement("i"));
    expect(countNodes(doc)).toBe(LIMITS.maxNodes);
    expect(checkLimits(doc)).toBeNull();
    doc.body.appendChild(doc.createTextNode("x"));
    expect(checkLimits(doc)).toBe(TOO_LARGE);
  });

  it("accepts nesting at the depth limit and refuses one level more", () => {
    expect(checkLimits(nested(LIMITS.maxDepth))).toBeNull();
    expect(checkLimits(nested(LIMITS.maxDepth + 1))).toBe(TOO_LARGE);
  });

  it("refuses 100,000 levels of nesting without overflowing the stack", () => {
    expect(checkLimits(nested(100_000))).toBe(TOO_LARGE);
  });

  it("counts text up to the limit, but not the text of scripts and styles", () => {
    const doc = skeleton();
    const text = doc.body.appendChild(doc.createTextNode("x".repeat(LIMITS.maxTextChars)));
    const script = doc.head.appendChild(doc.createElement("script"));
    script.textContent = "y".repeat(LIMITS.maxTextChars);
    doc.head.appendChild(doc.createElement("style")).textContent = "z".repeat(LIMITS.maxTextChars);
    expect(checkLimits(doc)).toBeNull();
    text.data += "x";
    expect(checkLimits(doc)).toBe(TOO_LARGE);
  });

  it.each(["wide", "deep"] as const)("stops at the first limit crossed on an endless %s document", (shape) => {
    const { doc, made } = endless(shape);
    expect(checkLimits(doc)).toBe(TOO_LARGE);
    // One node more than the limit at most: the one that crossed it.
    expect(made.count).toBeLessThanOrEqual((shape === "wide" ? LIMITS.maxNodes : LIMITS.maxDepth) + 1);
  });
});

describe("analyze() beyond the limits", () => {
  const pages: [string, () => Document][] = [
    ["too many nodes", () => parseDocument(`<article>${"<p>Ein Satz, der etwas sagt.</p>".repeat(LIMITS.maxNodes / 2 + 1)}</article>`)],
    ["too deep", () => nested(LIMITS.maxDepth + 1)],
    ["too much text", () => parseDocument(`<article><p>${"Ein Satz, der etwas sagt. ".repeat(LIMITS.maxTextChars / 20)}</p></article>`)],
  ];

  it.each(pages)('%s: answers isArticle false, reason "too large", within a second', (_name, build) => {
    const doc = build();
    const t0 = performance.now();
    const a = analyze(doc);
    const ms = performance.now() - t0;
    expect(a).toMatchObject({ isArticle: false, reason: TOO_LARGE, text: "", blocks: [], quotes: [], people: [] });
    expect(ms).toBeLessThan(1_000);
  });
});
