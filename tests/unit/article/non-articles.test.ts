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

  it("counts a Chinese paragraph of 50 characters as prose, as dense as an English one of 100", () => {
    const para = "香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。他强调在违章建筑问题上没有隐瞒的意图。";
    const doc = parseDocument(
      `<html lang="zh"><body><h1>港特首就住宅违建事件道歉</h1><div class="story">${`<p>${para}</p>`.repeat(8)}</div></body></html>`,
    );
    expect(extractArticle(doc).isArticle).toBe(true);
  });

  it("takes a short post that names its author and date for an article, without declarations", () => {
    const post = (meta: string) =>
      parseDocument(
        `<html lang="en"><head><title>The Shutdown Ended. The Crisis Didn’t.</title>${meta}</head><body><main><article><h1>The Shutdown Ended. The Crisis Didn’t.</h1>` +
          "<p>The longest government shutdown in American history ended the way most people expected it would: with Democrats folding.</p>" +
          "<p>Eight Senate Democrats voted with Republicans to reopen the government in exchange for a promise of a vote on subsidies.</p>" +
          "<p>“We fought as hard as we could,” Senate Minority Leader Chuck Schumer told reporters.</p></article></main></body></html>",
      );
    const authored = '<meta name="author" content="Russell Berman"><meta property="article:published_time" content="2025-11-13T16:32:00Z">';
    expect(extractArticle(post(authored)).isArticle).toBe(true);
    expect(extractArticle(post("")).isArticle).toBe(false);
  });

  describe("linked headlines below the last paragraph", () => {
    const para = (i: number) =>
      `<p>The renaming of the street is part ${i} of a five-year project that the city museum and three civic groups organise, with events, exhibitions and readings across the district.</p>`;
    const teasers = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `<div class="teaser"><a href="/en/story-${i}"><h2>Another story on the city's past, part ${i}</h2></a></div>`,
      ).join("");
    const page = (paragraphs: number, related: number) =>
      parseDocument(
        `<html lang="en"><head><title>Berlin confronts its colonial past</title></head><body><div class="col3"><h1>Berlin confronts its colonial past</h1>` +
          Array.from({ length: paragraphs }, (_, i) => para(i)).join("") +
          `<h3>Related content</h3>${teasers(related)}</div></body></html>`,
      );

    it("are an article's related links when fewer than twice its paragraphs", () => {
      expect(extractArticle(page(12, 9), { url: "https://www.dw.com/en/berlin-colonial/a-1" }).isArticle).toBe(true);
    });

    it("make a topic page when they outnumber its prose twice over", () => {
      const a = extractArticle(page(4, 12), { url: "https://www.dw.com/en/colonialism/t-1" });
      expect(a.isArticle).toBe(false);
      expect(a.reason).toMatch(/section front/);
    });
  });

  it("keeps real news pages of the corpus as articles (at most 1 in 25 rejected)", () => {
    const news = trafilaturaPages().filter((p) => p.news);
    const rejected = news.filter((p) => !extractArticle(parseDocument(p.html), { url: p.url }).isArticle);
    expect(news.length).toBeGreaterThan(50);
    expect(rejected.length / news.length).toBeLessThanOrEqual(0.04);
  });
});
