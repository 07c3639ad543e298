import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateIndex } from "../../../src/article/meta/date";
import { isDateLine } from "../../../src/article/phrases";
import { dateLangs } from "../../../src/lang";

// The plain forms, without the digit tests that dateIndex runs first to stay fast on long texts.
const MONTHS = new Map<string, number>(dateLangs().flatMap((d) => Object.entries(d.months)));
const FORMS = [
  /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\D{1,8}(\d{1,2})[:.](\d{2}))?/,
  /\b\d{4}-\d{2}-\d{2}/,
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b/,
];
const DAY_MONTH = /\b(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u;
const MONTH_DAY = /\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
function plainDateIndex(s: string): number {
  const hits = FORMS.map((re) => re.exec(s)?.index ?? -1);
  const dm = DAY_MONTH.exec(s);
  if (dm && MONTHS.has(dm[2]!.toLowerCase())) hits.push(dm.index);
  const md = MONTH_DAY.exec(s);
  if (md && MONTHS.has(md[1]!.toLowerCase())) hits.push(md.index);
  const found = hits.filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

/** Texts made of the pieces dates are made of: numbers, month names, words, separators. */
const pieces = fc.constantFrom(
  ..."1 2 12 31 2025 1999 03 . , : - / st th er de ( ) !".split(" "),
  ...[...MONTHS.keys()].slice(0, 40),
  "Dezember",
  "March",
  "Stand",
  "ß",
  "é",
  " ",
  "  ",
  "\n",
  "\u00a0",
);
const texts = fc.array(pieces, { maxLength: 30 }).map((a) => a.join(""));

describe("dateIndex", () => {
  it("finds what the plain forms find, at the same place", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(dateIndex(s)).toBe(plainDateIndex(s));
      }),
      { numRuns: 3000 },
    );
  });
  it("finds a month-name date at the end of a long text", () => {
    const filler = "var x = {a:1,b:[2,3]}; ".repeat(5000);
    expect(dateIndex(`${filler}Stand: 2. Dezember 2025`)).toBe(filler.length + 7);
    expect(dateIndex(`${filler}December 2, 2025`)).toBe(filler.length);
    expect(dateIndex(filler)).toBe(-1);
  });
});

describe("isDateLine", () => {
  it("counts words as before: up to four beside a date that ends in a full stop", () => {
    expect(isDateLine("Aktualisiert am 17.01.2021.")).toBe(true);
    expect(isDateLine("Am 17.01.2021 sagte sie es vor allen.")).toBe(false);
    expect(isDateLine("News date : 04/21/2022 Category : Press Releases")).toBe(true);
    expect(isDateLine("Am 21/04/2022 sagte sie es vor allen.")).toBe(false);
    fc.assert(
      fc.property(texts, (s) => {
        const words = s.match(/\p{L}{2,}/gu)?.length ?? 0;
        const plain = plainDateIndex(s) >= 0 && (!/[.!?"“”»«]$/.test(s) || words <= 4);
        expect(isDateLine(s)).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });
});
