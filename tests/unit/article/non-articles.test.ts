import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";

const DIR = join(import.meta.dirname, "../../fixtures/non-articles");
const page = (file: string) => parseDocument(readFileSync(join(DIR, file), "utf8"));

describe("non-articles", () => {
  const cases: [file: string, url: string, reason: RegExp][] = [
    ["home-page.html", "https://www.rheinblick.de/", /home page/],
    ["section-front.html", "https://www.rheinblick.de/politik/", /section front/],
    ["search-results.html", "https://www.rheinblick.de/suche?q=Schulgesetz", /search/],
    ["web-app.html", "https://app.example.com/budget", /no text|no article|little/],
    ["gallery.html", "https://www.rheinblick.de/bilder-der-woche", /gallery/],
    ["not-found.html", "https://www.rheinblick.de/gibt-es-nicht", /no text|no article|little/],
  ];
  for (const [file, url, reason] of cases) {
    it(`${file}: isArticle false with a reason`, () => {
      const a = extractArticle(page(file), { url });
      expect(a.isArticle).toBe(false);
      expect(a.reason).toMatch(reason);
    });
  }

  it("keeps real news pages of the corpus as articles (at most 1 in 25 rejected)", () => {
    const news = trafilaturaPages().filter((p) => p.news);
    const rejected = news.filter((p) => !extractArticle(parseDocument(p.html), { url: p.url }).isArticle);
    expect(news.length).toBeGreaterThan(50);
    expect(rejected.length / news.length).toBeLessThanOrEqual(0.04);
  });
});
