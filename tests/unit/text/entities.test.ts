// Strings that CMSs store as markup inside JSON-LD reach the reader decoded.
import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../../src/text/entities";
import { readMeta } from "../../../src/article/meta";
import { parseDocument } from "../../../src/cli/parse-html";

describe("character references", () => {
  it("are decoded by name, decimal and hex code; unknown ones stay as written", () => {
    expect(decodeEntities("Fragen &amp; Antworten")).toBe("Fragen & Antworten");
    expect(decodeEntities("&#8222;Arschloch&#8220;: O&#039;Donnell &#x2013; Meghan&#39;s")).toBe("„Arschloch“: O'Donnell – Meghan's");
    expect(decodeEntities("Redacci&oacute;n &Uuml;berblick &ccedil;a")).toBe("Redacción Überblick ça");
    expect(decodeEntities("AT&T &unknown; &constructor; &#0; &#x110000;")).toBe("AT&T &unknown; &constructor; &#0; &#x110000;");
  });

  it("in a JSON-LD headline and author are read decoded (WordPress pages)", () => {
    const ld = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "&#8222;Arschloch&#8220;: Danni und Ennesto trennen sich &#8211; Tonight News",
      author: { "@type": "Person", name: "Lindsey O&#039;Donnell" },
    };
    const doc = parseDocument(
      `<html><head><meta property="og:site_name" content="Tonight News"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
    );
    const { meta } = readMeta(doc);
    expect(meta.title).toBe("„Arschloch“: Danni und Ennesto trennen sich");
    expect(meta.byline).toBe("Lindsey O'Donnell");
  });
});
