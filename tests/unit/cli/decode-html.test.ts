import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHtml } from "../../../src/cli/decode-html";
import { CORPUS } from "../../../bench/corpus";

const enc = (s: string) => new TextEncoder().encode(s);

describe("decodeHtml", () => {
  it("decodes a real ISO-8859-1 page by its meta charset", () => {
    const bytes = readFileSync(join(CORPUS, "trafilatura/pages/winfuture.de-NASA.html"));
    const html = decodeHtml(bytes);
    expect(html).toMatch(/spektakulär/);
    expect(html).not.toMatch(/\uFFFD/);
  });

  it.each([
    ["mix1.de-clio.html", /präsentiert/],
    ["nmb-media.de.ebay.html", /für|über/],
    ["Unijne fundusze coraz bliżej. Sejm zagłosował _za_ - Polityka - rp.pl.html", /Sejm zagłosował/],
  ])("takes a declaration after the first 1024 bytes, before the body: %s", (file, word) => {
    const html = decodeHtml(readFileSync(join(CORPUS, "trafilatura/pages", file)));
    expect(html).toMatch(word);
    expect(html).not.toMatch(/\uFFFD/);
  });

  it("refuses binary data (NUL bytes) without a UTF-16 byte-order mark, and takes UTF-16 with one", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeHtml(png)).toThrow(/binary data/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."<p>Grüße</p>"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtml(utf16)).toBe("<p>Grüße</p>");
  });

  it("ignores a charset in script text and in the body, and decodes undeclared non-UTF-8 bytes as windows-1252", () => {
    const latin = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    expect(decodeHtml(latin('<script>x="data:text/css;charset=utf-8;base64,"</script><p>Gr\xfc\xdfe</p>'))).toMatch(/Grüße/);
    expect(decodeHtml(latin('<body><pre>&lt;meta charset="koi8-r"&gt; <meta charset="koi8-r"></pre><p>\xe4</p>'))).toMatch(/<p>ä<\/p>/);
  });

  it("takes UTF-8 by default, from a BOM, and for unknown or UTF-16 labels", () => {
    expect(decodeHtml(enc("<p>Grüße</p>"))).toBe("<p>Grüße</p>");
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("<p>ß</p>")]))).toBe("<p>ß</p>");
    expect(decodeHtml(enc('<meta charset="x-bogus"><p>ä</p>'))).toBe('<meta charset="x-bogus"><p>ä</p>');
    expect(decodeHtml(enc('<meta charset="utf-16"><p>ä</p>'))).toBe('<meta charset="utf-16"><p>ä</p>');
  });

  it("takes valid UTF-8 over a stale declaration of another charset (a real page saved to disk)", () => {
    const html = decodeHtml(readFileSync(join(CORPUS, "readability/test-pages/qq/source.html")));
    expect(html).toMatch(/charset=gb2312/);
    expect(html).toMatch(/<title>DeepMind新电脑已可利用记忆自学/);
    expect(decodeHtml(enc('<meta charset="iso-8859-1"><p>Grüße</p>'))).toBe('<meta charset="iso-8859-1"><p>Grüße</p>');
  });

  it("reads bytes 0x80–0x9F of Latin-1 and windows-1252 pages as windows-1252's marks, as browsers do", () => {
    const latin = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    const quote = "<p>Er sagte: \x84Es kostet 5 \x80.\x93 \x96 dann ging er\x85</p>";
    for (const declared of ["windows-1252", "iso-8859-1", "latin1"])
      expect(decodeHtml(latin(`<meta charset="${declared}">${quote}`))).toMatch(/<p>Er sagte: „Es kostet 5 €.“ – dann ging er…<\/p>/);
    // Undeclared, too; and a real page's quotation marks.
    expect(decodeHtml(latin(quote))).toMatch(/„Es kostet 5 €.“/);
    expect(decodeHtml(readFileSync(join(CORPUS, "trafilatura/pages/mix1.de-clio.html")))).toMatch(/„Brave New Woman“/);
  });

  it("reads the http-equiv form", () => {
    const declaration = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>';
    const bytes = new Uint8Array([...enc(declaration), 0x47, 0x72, 0xfc, 0xdf, 0x65]);
    expect(decodeHtml(bytes)).toMatch(/<p>Grüße$/);
  });
});
