import { describe, expect, it } from "vitest";
import { formatDuration } from "../../../src/export/duration";
import { fileSlug, formatDate, languageName, readingMinutes } from "../../../extension/popup/format";
import { engineAnalysis } from "../export/gold-analysis";

describe("formatDuration", () => {
  it.each([
    [0, "0:00"],
    [28, "0:28"],
    [197, "3:17"],
    [319, "5:19"],
    [59.6, "1:00"],
    [3600, "1:00:00"],
    [3725, "1:02:05"],
    [-5, "0:00"],
  ])("%d s → %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("readingMinutes", () => {
  it("grows with the article's words, about 220 a minute", () => {
    const { text } = engineAnalysis("bbc-1");
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(Math.abs(readingMinutes(text) - words / 220)).toBeLessThanOrEqual(0.5);
    expect(readingMinutes(text + " " + text)).toBeGreaterThan(readingMinutes(text));
    expect(readingMinutes("")).toBe(1);
  });
});

describe("formatDate", () => {
  it("shows a bare date on its own day in any time zone", () => {
    expect(formatDate("2025-12-02", "de")).toBe("02.12.2025");
    expect(formatDate("2025-12-02", "en")).toMatch(/Dec 2, 2025|2 Dec 2025/);
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatDate("gestern", "de")).toBe("gestern");
  });
});

describe("languageName and fileSlug", () => {
  it("names languages in the reader's language", () => {
    expect(languageName("de", "en")).toBe("German");
    expect(languageName("en", "de")).toBe("Englisch");
  });

  it("makes short ASCII file names from titles", () => {
    expect(fileSlug("Rubio sagt Nato-Treffen ab – Außenminister „überrascht“")).toBe(
      "rubio-sagt-nato-treffen-ab-aussenminister-uberrascht",
    );
    expect(fileSlug(null)).toBe("article");
    expect(fileSlug("x".repeat(200)).length).toBeLessThanOrEqual(60);
  });
});
