// The seed article (tests/fixtures/seed): every quote row of its expected.md holds — kind, words
// and speaker — and the scare quotes around "Friedensplan" are neither listed nor highlighted.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { SEED_FIXTURE, SEED_NOT_QUOTES, SEED_QUOTES, sameSpeaker, tokenF1 } from "../../../bench/quotes";

const a = analyze(parseDocument(readFileSync(SEED_FIXTURE, "utf8")), {});

describe("seed article quotes", () => {
  it.each(SEED_QUOTES.map((q) => [q.kind, q.text.slice(0, 50), q] as const))("%s: %s", (_kind, _words, row) => {
    const found = a.quotes.find((q) => q.kind === row.kind && tokenF1(q.text, row.text) >= 0.8);
    expect(found, `${row.kind} quote "${row.text}"`).toBeDefined();
    expect(sameSpeaker(found!.speaker, row.speaker), `speaker ${found!.speaker}`).toBe(true);
    expect(a.text.slice(found!.start, found!.end)).toBe(found!.text);
  });

  it("gives roles where the article states them", () => {
    const major = a.quotes.find((q) => q.speaker === "Claudia Major");
    expect(major?.speakerRole).toMatch(/Sicherheitsexpertin/);
    const block = a.quotes.find((q) => q.kind === "block");
    expect(block?.speakerRole).toMatch(/Nato-Sprecherin/);
    expect(a.text.slice(major!.speakerStart, major!.speakerEnd)).toBe("Claudia Major");
  });

  it("neither lists nor highlights the scare quotes", () => {
    for (const word of SEED_NOT_QUOTES) {
      for (let i = a.text.indexOf(word); i >= 0; i = a.text.indexOf(word, i + 1)) {
        expect(a.quotes.filter((q) => q.start <= i && i < q.end)).toEqual([]);
      }
    }
  });

  it("lists no quote outside the expected rows", () => {
    expect(a.quotes.filter((q) => !SEED_QUOTES.some((r) => tokenF1(q.text, r.text) >= 0.8))).toEqual([]);
  });
});
