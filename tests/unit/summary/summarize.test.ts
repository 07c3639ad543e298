import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { summarize } from "../../../src/summary";
import { pageLang } from "../../../src/lang/detect";
import { textLang } from "../../../src/lang";
import { readabilityPages, summaryDocs, trafilaturaPages } from "../../../bench/corpus";
import { page } from "../../../bench/summary";
import type { Analysis, Quote } from "../../../src/types";

const SUMMARY_KINDS = new Set(["paragraph", "list", "other"]);
const words = (s: string) => s.split(/\s+/).length;

/** The summary's contract on one analysed page. */
function expectWellFormed(a: Analysis) {
  const s = a.summary;
  expect(s.length).toBeLessThanOrEqual(5);
  let last = -1;
  const backRefs = new Set(textLang(a.lang).backReferences.flatMap((w) => w.split(" ")));
  for (const x of s) {
    expect(x.text).toBe(a.text.slice(x.start, x.end));
    // A sentence that opens pointing back ("Er …", "They …") follows the sentence it points to.
    const first = /^\p{L}+/u.exec(x.text)?.[0].toLowerCase() ?? "";
    if (backRefs.has(first)) expect(a.text.slice(last, x.start).trim(), x.text).toBe("");
    expect(x.start).toBeGreaterThanOrEqual(last);
    last = x.end;
    // Never from a heading, caption or pull quote.
    const block = a.blocks.find((b) => b.start <= x.start && x.end <= b.end);
    expect(block && SUMMARY_KINDS.has(block.kind), x.text).toBe(true);
    // Never page furniture ("Lesen Sie auch", "Scroll down for video").
    for (const n of textLang(a.lang).noise) expect(x.text.toLowerCase()).not.toContain(n);
  }
  // A fourth or fifth sentence only within the length cap.
  if (s.length > 3) expect(words(s.map((x) => x.text).join(" "))).toBeLessThanOrEqual(75);
}

const englishPages = readabilityPages().filter((p) =>
  ["bbc-1", "cnn", "guardian-1", "herald-sun-1", "breitbart", "nytimes-1"].includes(p.name),
);
const germanPages = trafilaturaPages()
  .filter((p) => p.lang === "de" && p.news)
  .slice(0, 12);

describe("summarize on real pages", () => {
  it("returns 3–5 sentences in article order whose offsets slice the text (English)", () => {
    expect(englishPages.length).toBeGreaterThanOrEqual(4);
    for (const p of englishPages) {
      const a = analyze(parseDocument(p.html));
      expect(a.isArticle, p.name).toBe(true);
      expect(a.summary.length, p.name).toBeGreaterThanOrEqual(3);
      expectWellFormed(a);
    }
  });

  it("summarises German articles with German sentences", () => {
    let summarised = 0;
    for (const p of germanPages) {
      const a = analyze(parseDocument(p.html), { url: p.url });
      if (!a.isArticle) continue;
      expectWellFormed(a);
      if (a.summary.length === 0) continue;
      summarised++;
      expect(a.summary.length, p.file).toBeGreaterThanOrEqual(3);
      expect(pageLang(a.summary.map((x) => x.text).join(" "), null), p.file).toBe("de");
    }
    expect(summarised).toBeGreaterThanOrEqual(8);
  });

  it("summarises the seed article from its body, not its video captions", () => {
    const html = readFileSync(join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html"), "utf8");
    const a = analyze(parseDocument(html));
    expect(a.summary.length).toBeGreaterThanOrEqual(3);
    expectWellFormed(a);
    for (const x of a.summary) expect(x.text).not.toMatch(/\d{2}\.\d{2}\.\d{4} \| \d+:\d{2} min/);
  });

  it("is deterministic", () => {
    for (const p of [...englishPages.slice(0, 2), ...germanPages.slice(0, 2)]) {
      const one = analyze(parseDocument(p.html)).summary;
      const two = analyze(parseDocument(p.html)).summary;
      expect(two).toEqual(one);
    }
  });
});

describe("summarize on the CNN/DailyMail articles", () => {
  const docs = summaryDocs().slice(0, 30);
  const analyses = docs.map((d) => analyze(parseDocument(page(d).html)));

  it("keeps to the contract and never picks a near-repeat of a chosen sentence", () => {
    for (const a of analyses) {
      expect(a.summary.length).toBeGreaterThanOrEqual(3);
      expectWellFormed(a);
      const sets = a.summary.map((x) => new Set(x.text.toLowerCase().match(/\p{L}+/gu)));
      for (let i = 0; i < sets.length; i++) {
        for (let j = i + 1; j < sets.length; j++) {
          const shared = [...sets[i]!].filter((w) => sets[j]!.has(w)).length;
          expect(shared / Math.min(sets[i]!.size, sets[j]!.size)).toBeLessThan(0.8);
        }
      }
    }
  });

  it("prefers statements to questions and quotes over the lead's alternatives", () => {
    for (const a of analyses) for (const x of a.summary) expect(x.text).not.toMatch(/\?["'”’]*$/);
  });

  it("ignores the headline and the people and quotes it is not given", () => {
    const a = analyses[0]!;
    const bare = summarize({ text: a.text, blocks: a.blocks, lang: a.lang, title: null }, { people: [], quotes: [] });
    expect(bare.length).toBeGreaterThanOrEqual(3);
    for (const x of bare) expect(x.text).toBe(a.text.slice(x.start, x.end));
  });

  it("holds a quotation against a sentence, not reported speech, which often is the news itself", () => {
    const a = analyses[0]!;
    const ctx = { text: a.text, blocks: a.blocks, lang: a.lang, title: a.title };
    const plain = summarize(ctx, { people: [], quotes: [] });
    const last = plain.at(-1)!;
    const over = (kind: Quote["kind"]): Quote => ({ kind, text: last.text, start: last.start, end: last.end, speaker: null });
    expect(summarize(ctx, { people: [], quotes: [over("indirect")] })).toEqual(plain);
    expect(summarize(ctx, { people: [], quotes: [over("direct")] }).map((x) => x.start)).not.toContain(last.start);
  });

  it("returns nothing for a text without body sentences", () => {
    expect(
      summarize(
        { text: "Only a heading", blocks: [{ start: 0, end: 14, kind: "heading" }], lang: "en", title: null },
        { people: [], quotes: [] },
      ),
    ).toEqual([]);
  });

  // Its speed is measured by `npm run bench -- --only summary`, not here: a timed test fails on a busy machine.
  it("summarises a 2,000-word article of repeated paragraphs", () => {
    const big = analyses.reduce((m, a) => (a.text.length > m.text.length ? a : m));
    // Repeat the longest article's body to about 2,000 words, as separate paragraphs.
    const reps = Math.ceil(2000 / words(big.text));
    const parts: string[] = [];
    for (let r = 0; r < reps; r++) parts.push(big.text.replace(/\p{L}+/gu, (w) => `${w}${r}`));
    const text = parts.join("\n\n");
    const blocks = parts.map((p, r) => {
      const start = parts.slice(0, r).reduce((n, q) => n + q.length + 2, 0);
      return { start, end: start + p.length, kind: "paragraph" as const };
    });
    const ctx = { text, blocks, lang: "en", title: big.title };
    const s = summarize(ctx, { people: [], quotes: [] });
    expect(s.length).toBeGreaterThanOrEqual(3);
    expect(s.length).toBeLessThanOrEqual(5);
    expect(s.every((x) => text.slice(x.start, x.end) === x.text)).toBe(true);
  });
});
