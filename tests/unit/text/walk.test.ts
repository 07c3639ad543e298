import { describe, expect, it } from "vitest";
import { walkElements, walkNodes } from "../../../src/text/walk";
import { parseDocument } from "../../../src/cli/parse-html";
import { readabilityPages } from "../../../bench/corpus";

/** Recursive reference walk: enter/leave events in document order. */
function reference(root: Node, descend: (n: Node) => boolean, out: string[]): void {
  for (let c = root.firstChild; c; c = c.nextSibling) {
    out.push(`>${c.nodeName}`);
    if (descend(c)) {
      reference(c, descend, out);
      out.push(`<${c.nodeName}`);
    }
  }
}

const page = readabilityPages()[0]!;
/** Descends into everything but lists and tables, to exercise pruning. */
const descend = (n: Node) => n.nodeType === 1 && !/^(UL|OL|TABLE)$/i.test(n.nodeName);

describe("iterative walks", () => {
  it("visit a real page like a recursive walk, with pruning and leave events", () => {
    const body = parseDocument(page.html).body;
    const want: string[] = [];
    reference(body, descend, want);
    const got: string[] = [];
    walkNodes(
      body,
      (n) => (got.push(`>${n.nodeName}`), descend(n)),
      (n) => got.push(`<${n.nodeName}`),
    );
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(want);
  });

  it("visit only elements with walkElements", () => {
    const body = parseDocument(page.html).body;
    const seen: Element[] = [];
    walkElements(body, (el) => (seen.push(el), true));
    expect(seen).toEqual(Array.from(body.querySelectorAll("*")));
  });

  it("survive nesting 100,000 deep", () => {
    const doc = parseDocument(page.html);
    let el = doc.body;
    for (let i = 0; i < 100_000; i++) el = el.appendChild(doc.createElement("span"));
    el.appendChild(doc.createTextNode("ganz unten"));
    let depth = 0;
    let max = 0;
    let bottom = "";
    walkNodes(
      doc.body,
      (n) => {
        if (n.nodeType === 3 && n.parentNode === el) bottom = (n as Text).data;
        if (n.nodeType !== 1) return false;
        max = Math.max(max, ++depth);
        return true;
      },
      () => depth--,
    );
    expect(bottom).toBe("ganz unten");
    expect(max).toBeGreaterThanOrEqual(100_000);
    expect(depth).toBe(0);
  });
});
