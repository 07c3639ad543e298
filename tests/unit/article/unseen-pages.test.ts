/**
 * Causes of failures on news pages the engine had never seen (probe pages of current German,
 * Austrian, Swiss, British and American templates), each checked on corpus pages that show it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { readMeta } from "../../../src/article/meta";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { decodeHtml } from "../../../src/cli/decode-html";
import { AD_LABEL, CREDIT_LINE, CLOSING_NOTE } from "../../../src/article/phrases";
import { CORPUS, trafilaturaPages } from "../../../bench/corpus";

let snippetPages: ReturnType<typeof trafilaturaPages> | null = null;

/** A corpus page (a trafilatura file name or a Readability test page) as parsed, with its URL. */
function page(name: string): { doc: Document; url: string } {
  const snippets = (snippetPages ??= trafilaturaPages()).find((p) => p.file === name);
  const html = snippets?.html ?? decodeHtml(readFileSync(join(CORPUS, "readability/test-pages", name, "source.html")));
  return { doc: parseDocument(html), url: snippets?.url ?? `http://fakehost/test/${name}` };
}

/** The article text of a corpus page, whitespace collapsed. */
function articleText(name: string): string {
  const { doc, url } = page(name);
  const a = extractArticle(doc, { url });
  return buildText(a.blocks, a.skip).text.replace(/\s+/g, " ");
}

const meta = (name: string) => {
  const { doc, url } = page(name);
  return readMeta(doc, url).meta;
};

describe("news pages never seen", () => {
  it("keeps a caption whose picture credit is set apart, and still drops credits and boxes that end in one", () => {
    // <figure><img data-credit=…><figcaption>…</figcaption> + credit line: the caption stays.
    expect(articleText("tvtoday.de-willsmith.html")).toContain("Will Smith mit seinem ältesten Sohn Trey");
    // "<p><em>©iStock</em></p>" is a credit alone: no caption, and no closing note that cuts the text.
    expect(articleText("d73e0fa055834b2dbb2036ba27d46597.html")).toContain("Nicht zu vergessen ist übrigens Eiweiß");
    // A chart's box ending in "Source: Reuters" goes whole, its header line with it.
    expect(articleText("nytimes-4")).not.toContain("The dollar has strengthened even as government borrowing");
  });

  it("ends the text before a subscription offer", () => {
    const text = articleText("topagrar.com.schnee.solat.html");
    expect(text).not.toContain("Jetzt abonnieren");
    expect(text).not.toContain("Bereits Abonnent?");
    for (const note of ["Jetzt weiterlesen? Mit Z+ lesen Sie alle Artikel", "Already a subscriber? Sign in", "Dieses Thema im Programm: …"])
      expect(CLOSING_NOTE.test(note), note).toBe(true);
  });

  it("leaves out lists of topic links after the text, and their label", () => {
    // The end of Wikipedia's text: its external links, not "Categories: … Island countries … Zealandia".
    const wikiEnd = articleText("wikipedia-2").trim().slice(-300);
    expect(wikiEnd).toContain("Wikimedia Atlas of New Zealand");
    expect(wikiEnd).not.toContain("Categories");
    expect(articleText("mozilla-1")).not.toContain("Learn more about Sync");
    expect(articleText("bundespolizei.de-Belarus.html")).not.toContain("Nr. 34 vom 08. November 2021");
  });

  it("keeps the marks hidden for screen readers between a kicker and its headline", () => {
    // "Klimaschutz<span class=…visually-hidden>: </span>Bohren, …" must not read "KlimaschutzBohren".
    expect(articleText("0a12df42d1764095989ab078ee0f940b.html")).toContain("Klimaschutz: Bohren, bis es heiß wird");
  });

  it("takes the page's author line where JSON-LD or a meta tag names only an organisation, or fewer writers", () => {
    // JSON-LD: author {"@type": "Organization", "name": "Motorsport-Total.com"}.
    expect(meta("motorsport-total.com-romeo.html").byline).toBe("Juliane Ziegengeist");
    // JSON-LD often names the first author only; a line of names with one more wins, a bio does not.
    const doc = (line: string) =>
      parseDocument(
        `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Kevin Hanschke"}}</script></head>` +
          `<body><div class="article__author">${line}</div></body></html>`,
      );
    expect(readMeta(doc("Von Kevin Hanschke, Corinna Budras")).meta.byline).toBe("Kevin Hanschke, Corinna Budras");
    expect(readMeta(doc("Kevin Hanschke, Redakteur für Wirtschaft in Frankfurt")).meta.byline).toBe("Kevin Hanschke");
    expect(readMeta(doc("By Kevin Hanschke, CNN")).meta.byline).toBe("Kevin Hanschke");
    expect(readMeta(doc("By Kevin Hanschke and Corinna Budras")).meta.byline).toBe("Kevin Hanschke and Corinna Budras");
    // So does a meta tag: it names the first writer only, or the line adds no one ("…, CNN").
    const tagged = (tag: string, line: string) =>
      parseDocument(`<html><head><meta name="author" content="${tag}"></head><body><p class="byline">${line}</p></body></html>`);
    expect(readMeta(tagged("Jesse Eisinger", "by Jesse Eisinger and Paul Kiel")).meta.byline).toBe("Jesse Eisinger and Paul Kiel");
    expect(readMeta(tagged("Mary Gilbert, Eric Zerkel", "By Mary Gilbert, Eric Zerkel, CNN")).meta.byline).toBe(
      "Mary Gilbert, Eric Zerkel",
    );
    expect(readMeta(tagged("Jesse Eisinger", "Jesse Eisinger, senior reporter at ProPublica")).meta.byline).toBe("Jesse Eisinger");
    // The name and the writer's job in two spans of one author box (Newsweek): the job's "&" joins no names.
    const job = '<span class="author-name">By Kevin Hanschke</span> <span class="author-title">Security &amp; Defense Reporter</span>';
    expect(readMeta(doc(job)).meta.byline).toBe("Kevin Hanschke");
    // "by-line" spelt with a hyphen is an author line too.
    const hyphened = parseDocument('<html><body><span class="c-author__by-line">Von Marcel Leubecher</span></body></html>');
    expect(readMeta(hyphened).meta.byline).toBe("Marcel Leubecher");
  });

  it("reads the date from the page's date line when no tag gives it, not from citations or tables", () => {
    expect(meta("blogger").published).toBe("2016-05-08");
    expect(meta("salon-1").published?.slice(0, 10)).toBe("2015-02-01");
    expect(meta("herald-sun-1").published?.slice(0, 10)).toBe("2015-03-13");
    // An infobox's "Initial release" and references' "Retrieved …" are no date of the page.
    expect(meta("wikipedia").published).toBeNull();
  });

  it("knows more credit and advertising labels", () => {
    expect(articleText("mein-schoener-garten.de-topinabur.html")).not.toContain("iStock/cjp");
    const credits = [
      "Photograph: Efrem Lukatsky/AP",
      "PA Media",
      "Verwendete Quellen: Nachrichtenagentur dpa",
      "REUTERS/Eli Hartman/File Photo",
    ];
    for (const credit of [...credits, "(AP Photo/Gregory Bull, File)"]) expect(CREDIT_LINE.test(credit), credit).toBe(true);
    expect(CREDIT_LINE.test("Sie traf sich mit dem Sprecher der AP-Fraktion.")).toBe(false);
    expect(AD_LABEL.test("Ad Feedback")).toBe(true);
  });

  it("leaves out a credit whose label ends in dots, set apart in its caption, and keeps the caption's sentence whole", () => {
    const paragraphs = Array.from(
      { length: 4 },
      (_, i) => `<p>The Senate vote came late on Friday after a day of talks between party leaders, number ${i}.</p>`,
    );
    const html = `<html lang="en"><body><article><h1>Senate Passes Stopgap Bill</h1><figure><img src="x.jpg" alt=""><figcaption><span>Senator John Thune said he expected a deal in January.</span><span><span>Credit...</span><span>Kent Nishimura for The New York Times</span></span></figcaption></figure>${paragraphs.join("")}</article></body></html>`;
    const a = extractArticle(parseDocument(html), { url: "https://www.nytimes.com/2025/12/19/us/politics/senate.html" });
    const text = buildText(a.blocks, a.skip).text;
    expect(text).toContain("Senator John Thune said he expected a deal in January.");
    expect(text).not.toContain("Credit");
    expect(CREDIT_LINE.test("Credit…Reuters")).toBe(true);
    expect(CREDIT_LINE.test("Sources said the talks had stalled.")).toBe(false);
  });
});
