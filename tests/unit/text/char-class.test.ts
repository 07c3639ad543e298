// The table-driven character classes answer exactly what the Unicode patterns they replace answer,
// on real corpus text and on the edges a text may hold (astral letters, lone surrogates, marks).
import { describe, expect, it } from "vitest";
import { LETTER, MARK, NUMBER, isWhiteSpace, lowerCase, runEnd, unitsOf } from "../../../src/text/char-class";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { readabilityPages } from "../../../bench/corpus";

/** Article texts of a few corpus pages in several scripts and languages, plus hand-made edges. */
const texts = [
  ...readabilityPages()
    .filter((p) => /^(wikipedia-2|ehow-1|mozilla-1|lemonde-1|heise|yahoo-2|qq|herald-sun-1)$/.test(p.name))
    .map((p) => analyze(parseDocument(p.html)).text),
  "𝐀𝐛𝐜 x\ud835y caf\u0065\u0301 ǅemal Ⅻ ٣٤ İstanbul ﬀ O’Neill's — \u00a0\u2028\u200b\ufeff",
];

/** Runs of `mask` characters as the scanner finds them. */
function scan(s: string, mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    const end = runEnd(s, i, mask);
    if (end === i) i++;
    else {
      out.push(s.slice(i, end));
      i = end;
    }
  }
  return out;
}

describe("char-class", () => {
  it("has corpus texts to check", () => {
    expect(texts.length).toBeGreaterThan(4);
    expect(texts.every((t) => t.length > 0)).toBe(true);
  });

  it("finds the same runs of letters, marks and digits as the \\p patterns", () => {
    for (const t of texts) {
      expect(scan(t, LETTER | MARK | NUMBER)).toEqual(t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
      expect(scan(t, LETTER | NUMBER)).toEqual(t.match(/[\p{L}\p{N}]+/gu) ?? []);
      expect(scan(t, NUMBER)).toEqual(t.match(/\p{N}+/gu) ?? []);
    }
  });

  it("reads a surrogate pair as one code point and a lone surrogate as none", () => {
    expect(unitsOf("𝐀", 0, LETTER)).toBe(2);
    expect(unitsOf("😀", 0, LETTER)).toBe(0);
    expect(unitsOf("\ud835x", 0, LETTER)).toBe(0);
    expect(unitsOf("a", 1, LETTER)).toBe(0);
  });

  it("extends a run over extra characters only where asked", () => {
    const apostrophe = (c: number) => c === 0x2019;
    expect(runEnd("O’Neill said", 0, LETTER)).toBe(1);
    expect(runEnd("O’Neill said", 0, LETTER, apostrophe)).toBe(7);
  });

  it("lower-cases every word as toLowerCase does", () => {
    for (const t of texts) for (const w of t.split(/\s+/)) expect(lowerCase(w)).toBe(w.toLowerCase());
  });

  it("tells white space as \\s does, for every code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
