// A line that opens with a phrase, found by the phrases' first characters, answers as its `^(…)\b`
// pattern with the `iu` flags does on lines whose whitespace runs are single spaces.
import { describe, expect, it } from "vitest";
import { trafilaturaPages } from "../../../bench/corpus";
import { parseDocument } from "../../../src/cli/parse-html";
import { PhraseStart } from "../../../src/text/phrase-start";
import { CLOSING_NOTE, TEASER_LINE, CONSENT_LINE } from "../../../src/article/phrases";

// Phrases shorter than the index's three characters too ("ad", "x").
const phrases = ["Mehr zum Thema", "Mehr", "related", "related articles", "weiterlesen:", "À lire aussi", "straße", "ad", "x"];
const starts = new PhraseStart(phrases);

/** Each phrase in other cases, with what may follow it: letters, digits, marks, nothing. */
const lines = phrases.flatMap((p) =>
  [p, p.toUpperCase(), p.toLowerCase()].flatMap((q) =>
    ["", "s", "1", "_", ":", " ", " und mehr", "ü", "-x", "…", "İ"].map((after) => q + after),
  ),
);

describe("PhraseStart", () => {
  it("answers as its pattern does", () => {
    const iu = new RegExp(starts.source, "iu");
    expect(lines.length).toBeGreaterThan(200);
    for (const line of [...lines, "Nicht mehr zum Thema", "", "İstanbul", "mehr zum  thema"].filter((l) => !/\s{2}/.test(l)))
      expect(starts.test(line), line).toBe(iu.test(line));
  });

  it("takes whole words only", () => {
    expect(starts.test("Mehrheit der Stimmen")).toBe(false);
    expect(starts.test("MEHR ZUM THEMA")).toBe(true);
    expect(starts.test("Relatedness")).toBe(false);
    expect(starts.test("Related articles: four")).toBe(true);
  });

  it("answers as the patterns do on the lines and links of real pages", () => {
    let tested = 0;
    let found = 0;
    for (const p of trafilaturaPages().filter((_, i) => i % 25 === 0)) {
      const doc = parseDocument(p.html);
      for (const el of doc.querySelectorAll("a, h2, h3, p, li, strong")) {
        const line = (el.textContent ?? "").replace(/\s+/g, " ").trim();
        if (!line || line.length > 200) continue;
        for (const starts of [TEASER_LINE, CONSENT_LINE, CLOSING_NOTE]) {
          const want = new RegExp(starts.source, "iu").test(line);
          expect(starts.test(line), line).toBe(want);
          tested++;
          if (want) found++;
        }
      }
    }
    expect(tested).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(10);
  });

  it("serves the article's teaser and consent lines", () => {
    expect(TEASER_LINE.test("Mehr zum Thema")).toBe(true);
    expect(CONSENT_LINE.test("Externer Inhalt von YouTube")).toBe(true);
    expect(CONSENT_LINE.test("Externe Inhalte sind nicht das Thema")).toBe(
      new RegExp(CONSENT_LINE.source, "iu").test("Externe Inhalte sind nicht das Thema"),
    );
  });
});
