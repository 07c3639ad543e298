import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";

const squash = (s: string) =>
  s
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Corpus pages with a labelled box of links, a link bar or an inline picture credit in the article. */
const PAGES: [file: string, left: string, labelled?: string][] = [
  ["archive.peptalks.de.schulnoten.html", "Verwandte Artikel", "Dichter und Denker zu Schule und Bildung"],
  ["archive.org.nesselsetzer.wordpress.com.antipoden.html", "Siehe auch", "Die dümmste aller Verschwörungstheorien"],
  ["spox.com-corona-fealle.html", "Artikel und Videos zum Thema", "Gegen Peking: Tibeter protestieren"],
  ["jovelstefan.de.gefallt.html", "Kommentare geschlossen"],
  ["bmbf.de.energiewende.html", "© Thinkstock"],
];

describe("service lines in the article", () => {
  const pages = trafilaturaPages();
  for (const [file, left, labelled] of PAGES) {
    it(`${file}: leaves out "${left}" and what it labels, keeps the article`, () => {
      const page = pages.find((p) => p.file === file)!;
      const text = squash(analyze(parseDocument(page.html), { url: page.url }).text);
      expect(text).not.toContain(left);
      // A teaser the label opens goes with it (the truth calls it boilerplate); the article's snippets stay.
      if (labelled) {
        expect(page.without.some((s) => s.includes(labelled))).toBe(true);
        expect(text).not.toContain(labelled);
      }
      for (const s of page.with) expect(text).toContain(squash(s));
    });
  }
});

describe("a teaser label paragraph inside the text", () => {
  it("leaves out the links it labels; the prose after them is the text again", () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html =
      `<html lang="de"><head><title>Rentenpaket: Koalition einigt sich</title><meta property="og:type" content="article"></head><body><article><h1>Rentenpaket: Koalition einigt sich</h1>` +
      p(
        "Die Bundesregierung hat sich nach wochenlangem Streit auf ein Rentenpaket geeinigt. Das teilte Regierungssprecher Stefan Kornelius am Dienstag mit.",
      ) +
      p(
        "Demnach soll das Rentenniveau bis 2031 bei 48 Prozent gehalten werden. Die Kosten beziffert das Arbeitsministerium auf rund 120 Milliarden Euro.",
      ) +
      p("<strong>Das könnte Sie auch interessieren:</strong>") +
      '<ul><li><a href="/d.html">Wer von der Mütterrente profitiert</a></li><li><a href="/e.html">Aktivrente: Steuerfrei arbeiten im Alter</a></li></ul>' +
      p("Der Bundestag soll noch vor Weihnachten über das Paket abstimmen. Eine Mehrheit der Koalition gilt als sicher.") +
      `</article></body></html>`;
    const text = analyze(parseDocument(html)).text;
    expect(text).not.toContain("Mütterrente");
    expect(text).not.toContain("Das könnte Sie");
    expect(text).toContain("Der Bundestag soll noch vor Weihnachten");
  });
});
