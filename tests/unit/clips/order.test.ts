// DocOrder answers order and containment exactly as the DOM does, and findClips walks no tree
// recursively: the same clips come back when the article sits 10,000 elements deep.
import { describe, expect, it } from "vitest";
import { clipPages, domContext } from "../../../bench/clips";
import { parseDocument } from "../../../src/cli/parse-html";
import { findClips } from "../../../src/clips";
import { clipScope } from "../../../src/clips/belongs";
import { DocOrder } from "../../../src/clips/order";
import { precedes } from "../../../src/text/dom-order";

const pages = clipPages().filter((p) => p.clips.length > 0);
/** Elements compared pairwise per page. */
const SAMPLE = 80;

describe.each(pages.map((p) => [p.id, p] as const))("%s", (_id, p) => {
  const ctx = domContext(parseDocument(p.html), p.url);
  const scope = clipScope(ctx.doc, ctx.root) ?? ctx.doc.body!;
  const order = new DocOrder(ctx.doc.documentElement!);
  const all = Array.from(ctx.doc.querySelectorAll("*"));
  const step = Math.max(1, Math.floor(all.length / SAMPLE));
  const sample = all.filter((_, i) => i % step === 0);

  it("orders and nests elements as the DOM does", () => {
    for (const a of sample)
      for (const b of sample) {
        expect(order.contains(a, b)).toBe(a.contains(b));
        expect(order.compare(a, b) < 0).toBe(precedes(a, b));
        expect(order.after(b, a)).toBe(precedes(a, b) && !a.contains(b));
      }
  });

  it("counts the elements inside one among others in document order", () => {
    for (const el of sample) expect(order.countWithin(sample, el)).toBe(sample.filter((x) => el.contains(x)).length);
  });

  it("places text at or after an element as the DOM does", () => {
    const segs = ctx.map.segments.filter((_, i) => i % Math.max(1, Math.floor(ctx.map.segments.length / 40)) === 0);
    for (const el of sample)
      for (const s of segs) expect(order.textAtOrAfter(s.node, el)).toBe(el.contains(s.node) || precedes(el, s.node));
  });

  it("finds the same clips when the article is nested 10,000 elements deep", () => {
    const before = findClips(ctx);
    let inner = scope;
    for (let i = 0; i < 10_000; i++) inner = inner.appendChild(ctx.doc.createElement("div"));
    const chain = scope.lastElementChild!;
    for (let c = scope.firstChild; c && c !== chain; c = scope.firstChild) inner.appendChild(c);
    expect(findClips(ctx)).toEqual(before);
  });
});
