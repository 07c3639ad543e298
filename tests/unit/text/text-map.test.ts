import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { readabilityPages, trafilaturaPages } from "../../../bench/corpus";

const pages = [
  ...readabilityPages().filter((_, i) => i % 13 === 0),
  ...trafilaturaPages()
    .filter((_, i) => i % 50 === 0)
    .map((p) => ({ name: p.file, html: p.html })),
];

describe("TextMap round trips on real pages", () => {
  for (const p of pages) {
    it(p.name, () => {
      const article = extractArticle(parseDocument(p.html), {});
      const { text, map } = buildText(article.blocks, article.skip);
      let mapped = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        const pt = map.toDom(i);
        expect(pt).not.toBeNull();
        // Characters from the page map to the same character in a Text node, and back.
        if (!/\s/.test(ch)) {
          expect(pt!.node.data[pt!.offset]).toBe(ch);
          expect(map.fromDom(pt!.node, pt!.offset)).toBe(i);
          mapped++;
        }
      }
      expect(mapped).toBe(text.replace(/\s/g, "").length);
      // Range ends snap back onto mapped characters.
      if (text.length) {
        const end = map.toDom(text.length, "end")!;
        expect(map.fromDom(end.node, end.offset)).toBe(text.length);
      }
    });
  }

  it("places a node that carries no text (an image) at the next text after it", () => {
    const doc = parseDocument(
      "<html><body><article><h1>Titel des Artikels</h1><p>Erster Absatz mit Text.</p><img id='pic'><p>Zweiter Absatz danach.</p></article></body></html>",
    );
    const article = extractArticle(doc, {});
    const { text, map } = buildText(article.blocks, article.skip);
    const img = doc.getElementById("pic")!;
    expect(text.slice(map.positionOf(img))).toMatch(/^Zweiter Absatz/);
  });

  it("maps a text node's prose as one run, and a space it changed or collapsed not at all", () => {
    const doc = parseDocument("<html><body><article><p>Drei Wörter hier,\n  dann\u00a0mehr.</p></article></body></html>");
    const { text, map } = buildText([{ kind: "paragraph", el: doc.querySelector("p")! }]);
    expect(text).toBe("Drei Wörter hier, dann mehr.");
    // The single spaces stay in the node's runs; the newline and its indent, and the no-break space, are output as " ".
    expect(map.segments.map((s) => text.slice(s.start, s.start + s.length))).toEqual(["Drei Wörter hier,", "dann", "mehr."]);
    const space = text.indexOf(" ");
    expect(map.toDom(space)).toEqual({ node: doc.querySelector("p")!.firstChild, offset: space });
  });
});
