// A line that opens with a phrase, found by set look-ups, answers as its `^(…)\b` pattern with the
// `iu` flags does on lines whose whitespace runs are single spaces.
import { describe, expect, it } from "vitest";
import { PhraseStart } from "../../../src/text/phrase-start";
import { TEASER_LINE, CONSENT_LINE } from "../../../src/article/phrases";

const phrases = ["Mehr zum Thema", "Mehr", "related", "related articles", "weiterlesen:", "À lire aussi", "straße"];
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

  it("serves the article's teaser and consent lines", () => {
    expect(TEASER_LINE.test("Mehr zum Thema")).toBe(true);
    expect(CONSENT_LINE.test("Externer Inhalt von YouTube")).toBe(true);
    expect(CONSENT_LINE.test("Externe Inhalte sind nicht das Thema")).toBe(
      new RegExp(CONSENT_LINE.source, "iu").test("Externe Inhalte sind nicht das Thema"),
    );
  });
});
