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

  it("takes UTF-8 by default, from a BOM, and for unknown or UTF-16 labels", () => {
    expect(decodeHtml(enc("<p>Grüße</p>"))).toBe("<p>Grüße</p>");
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("<p>ß</p>")]))).toBe("<p>ß</p>");
    expect(decodeHtml(enc('<meta charset="x-bogus"><p>ä</p>'))).toBe('<meta charset="x-bogus"><p>ä</p>');
    expect(decodeHtml(enc('<meta charset="utf-16"><p>ä</p>'))).toBe('<meta charset="utf-16"><p>ä</p>');
  });

  it("reads the http-equiv form", () => {
    const declaration = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>';
    const bytes = new Uint8Array([...enc(declaration), 0x47, 0x72, 0xfc, 0xdf, 0x65]);
    expect(decodeHtml(bytes)).toMatch(/<p>Grüße$/);
  });
});
