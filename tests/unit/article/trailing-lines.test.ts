import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages, type SnippetPage } from "../../../bench/corpus";
import { CLOSING_NOTE, PICTURE_COUNTER } from "../../../src/article/phrases";

const squash = (s: string) =>
  s
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();

let pages: SnippetPage[] | null = null;
const page = (file: string) => (pages ??= trafilaturaPages()).find((p) => p.file === file)!;

/** The article's blocks and text in a page's document. */
function extract(doc: Document, url: string) {
  const a = extractArticle(doc, { url });
  return { blocks: a.blocks, text: buildText(a.blocks, a.skip).text };
}

describe("labels whose box was left out go with it", () => {
  // A heading in a box of its own over a carousel of people; a label paragraph over a list of links.
  const CASES: [file: string, label: string, labelled: string][] = [
    ["gala.fr.surnom.html", "Autour de Jacques Chirac", "Bernadette Chirac"],
    ["bundespolizei.de-Belarus.html", "Lesen Sie dazu auch die Pressemitteilungen:", "Nr. 34 vom 08. November 2021"],
  ];
  for (const [file, label, labelled] of CASES) {
    it(`${file}: "${label}"`, () => {
      const p = page(file);
      const doc = parseDocument(p.html);
      expect(squash(doc.body!.textContent ?? "")).toContain(label);
      const text = squash(extract(doc, p.url).text);
      expect(text).not.toContain(labelled);
      expect(text).not.toContain(label);
      for (const s of p.with) if (!label.startsWith(s)) expect(text).toContain(squash(s));
    });
  }
});

describe("a gallery's counters are no text", () => {
  for (const file of ["de.starsinsider.com-Angst.html", "slf.ch-lawinensituation.html", "computerbase.de.htc.html"]) {
    it(file, () => {
      const p = page(file);
      const doc = parseDocument(p.html);
      const lines = (s: string) => s.split("\n").map((l) => l.trim());
      // The page shows counters ("2/28 photos", "Bild 1 von 10") …
      expect(lines(doc.body!.textContent ?? "").some((l) => PICTURE_COUNTER.test(l))).toBe(true);
      // … and its text none, with the article kept.
      const text = extract(doc, p.url).text;
      expect(lines(text).filter((l) => PICTURE_COUNTER.test(l))).toEqual([]);
      for (const s of p.with) expect(squash(text)).toContain(squash(s));
    });
  }
  it("needs a word for pictures", () => {
    expect(PICTURE_COUNTER.test("Photo 3 of 12 »")).toBe(true);
    expect(PICTURE_COUNTER.test("3/12")).toBe(false);
    expect(PICTURE_COUNTER.test("3 photos of 12 people")).toBe(false);
  });
});

describe("an agency's standards after its text", () => {
  it("reuters.com.parasite.html: its trust badge, set after the last paragraph, closes the text", () => {
    const p = page("reuters.com.parasite.html");
    // The badge as the page's own state gives it ("Our Standards: " and the link's text).
    const field = (name: string) => JSON.parse(`"${new RegExp(`"${name}":"((?:[^"\\\\]|\\\\.)*)"`).exec(p.html)![1]}"`) as string;
    const badge = field("trust_badge_title") + field("trust_badge_link_text");
    expect(CLOSING_NOTE.test(badge)).toBe(true);
    const doc = parseDocument(p.html);
    const before = extract(doc, p.url);
    const last = before.blocks[before.blocks.length - 1]!.el;
    const note = doc.createElement("p");
    note.textContent = badge;
    last.after(note);
    expect(extract(doc, p.url).text).toBe(before.text);
  });
});

describe("the agencies' line under the last paragraphs", () => {
  const para = (s: string) => `<div data-area="text_block"><div class="RichText"><p>${s}</p></div></div>`;
  const story = [
    "Der ukrainische Präsident Wolodymyr Selenskyj hat Forderungen nach Gebietsabtretungen an Russland erneut zurückgewiesen. »Wir werden unser Land nicht aufgeben«, sagte Selenskyj am Dienstag.",
    "Zugleich kündigte er an, eine Delegation zu weiteren Gesprächen in die Schweiz zu schicken. Dort sollen Vertreter der USA und der Ukraine über einen überarbeiteten Friedensplan beraten.",
    "Kremlsprecher Dmitrij Peskow sagte, Moskau habe es nicht eilig. Man werde die Vorschläge prüfen, sobald sie offiziell vorlägen, und dann entscheiden.",
  ]
    .map(para)
    .join("");
  const page = (last: string) =>
    parseDocument(
      `<html lang="de"><body><article><h1>Selenskyj lehnt Gebietsabtretungen ab</h1><section>${story}${last}</section></article></body></html>`,
    );

  it("goes, and the sentence set in its box stays", () => {
    const last =
      '<div data-area="text_block"><div class="RichText"><p>Russland hält derzeit knapp ein Fünftel des Landes besetzt.</p><p>ame/dpa/Reuters</p></div></div>';
    const text = extract(page(last), "https://example.org/a").text;
    expect(text).toContain("Russland hält derzeit knapp ein Fünftel des Landes besetzt.");
    expect(text).not.toContain("ame/dpa/Reuters");
  });

  it("takes a chart's box, labels and source, with it whole", () => {
    const chart = '<div class="chart"><p>Ausgaben in Milliarden Euro</p><div>2024 2025 2026</div><p>Quelle: Reuters</p></div>';
    const text = extract(page(chart), "https://example.org/a").text;
    expect(text).not.toContain("Milliarden Euro");
    expect(text).toContain("offiziell vorlägen");
  });
});

describe("an offer at the paywall", () => {
  const BODY = [
    "Bundesarbeitsministerin Bärbel Bas (SPD) hat die geplante Reform des Bürgergelds gegen Kritik aus den eigenen Reihen verteidigt. „Wer nicht mitwirkt, muss mit Konsequenzen rechnen“, sagte Bas am Freitag.",
    "Künftig soll das Jobcenter die Leistungen vollständig streichen können, wenn Betroffene drei Termine in Folge versäumen. Die Kosten der Unterkunft sollen dann direkt an den Vermieter gezahlt werden.",
    "Der Paritätische Gesamtverband warnte, die Reform treffe vor allem psychisch kranke Menschen. Verbandschef Joachim Rock sprach von einem „Rückfall in die Hartz-IV-Logik“.",
  ].map((p) => `<p>${p}</p>`);
  const pageWith = (box: string) =>
    extract(
      parseDocument(`<html lang="de"><body><article><h1>Bas verteidigt Reform</h1>${BODY.join("")}${box}</article></body></html>`),
      "https://example.org/a",
    ).text;

  it("goes, a small box named for the paywall", () => {
    const text = pageWith(
      '<div class="pay-wall-box"><h4>taz zahl ich</h4><p>Unabhängiger Journalismus braucht Unterstützung. Jetzt unterstützen!</p></div>',
    );
    expect(text).toContain("Rückfall in die Hartz-IV-Logik");
    expect(text).not.toContain("taz zahl ich");
    expect(text).not.toContain("Unabhängiger Journalismus");
  });

  it("stays when the box so named holds the paid text", () => {
    const text = pageWith(`<div class="paywall-content">${BODY.map((p) => p.replace("<p>", "<p>Außerdem: ")).join("")}</div>`);
    expect(text.split("Außerdem: ").length - 1).toBe(3);
  });

  it("stays when each paragraph is named for the paywall (the paid text, marked paragraph by paragraph)", () => {
    const text = pageWith(`${BODY.map((p) => p.replace("<p>", '<p class="paywall">Außerdem: ')).join("")}`);
    expect(text.split("Außerdem: ").length - 1).toBe(3);
  });
});

describe("a pointer to the site's other news after the text", () => {
  it("closes the text with what follows it", () => {
    const body = [
      "Nürnberg – CSU-Chef Markus Söder hat die Grünen zum politischen Hauptgegner erklärt. „Bayern wird nie ein Öko-Labor“, rief der Ministerpräsident den Delegierten zu.",
      "Mit 96,5 Prozent der Stimmen wurde Söder als Parteichef bestätigt. Vor zwei Jahren hatte er 96,6 Prozent erhalten.",
      "Generalsekretär Martin Huber sagte, die CSU werde jeden Tag für ein starkes Bayern kämpfen.",
      "<strong>Mehr News aus Bayern lesen Sie immer bei uns.</strong>",
      "Zur Merkur.de-Startseite",
    ];
    const { text } = extract(
      parseDocument(
        `<html lang="de"><body><article><h1>Söder attackiert Grüne</h1>${body.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`,
      ),
      "https://example.org/a",
    );
    expect(text).toContain("für ein starkes Bayern kämpfen.");
    expect(text).not.toContain("Mehr News");
    expect(text).not.toContain("Startseite");
  });
});

describe("an appeal for readers' money inside the text", () => {
  const BODY = [
    "The Federal Reserve has two jobs: keep prices stable and keep employment high. Right now, those goals are pulling in opposite directions, and the committee is split.",
    "Inflation has been stuck around 3 percent for months. At the same time, the unemployment rate has crept up to 4.4 percent, the highest level in four years.",
    "Fed Governor Christopher Waller has argued that the labor market is weakening faster than the data suggest. “We need to get ahead of this,” Waller said in a speech last month.",
    "Others, including Boston Fed President Susan Collins, want more evidence that inflation is cooling before they vote for another cut at the December meeting.",
  ].map((p) => `<p>${p}</p>`);
  const APPEAL = `<div class="highlight-box"><p>Support our journalism: Vox is funded by readers like you. <a href="/support">Give today</a></p></div>`;

  it("goes, and the text after it stays", () => {
    const text = extract(
      parseDocument(
        `<html lang="en"><body><article><h1>The Fed is in a tough spot</h1>${[...BODY.slice(0, 2), APPEAL, ...BODY.slice(2)].join("")}</article></body></html>`,
      ),
      "https://example.org/a",
    ).text;
    expect(text).not.toContain("Support our journalism");
    expect(text).toContain("Waller said in a speech last month.");
    expect(text).toContain("before they vote for another cut at the December meeting.");
  });
});
