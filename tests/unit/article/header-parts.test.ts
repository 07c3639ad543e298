// Parts of an article's header that sit apart from its body: the picture above the headline, and
// byline boxes named only by a data attribute (hashed class names, as on BBC pages).
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";

const BODY = [
  "Bundeskanzler Friedrich Merz hat das umstrittene Rentenpaket gegen Kritik aus den eigenen Reihen verteidigt. „Wir halten Wort“, sagte der CDU-Chef am Freitag in Berlin.",
  "Die Junge Union hatte das Paket zuvor scharf kritisiert und mit einer Ablehnung im Bundestag gedroht. Die Kosten für künftige Generationen seien zu hoch, argumentieren die jungen Abgeordneten.",
  "Merz zeigte sich dennoch zuversichtlich, dass die Koalition eine Mehrheit finden werde. Man sei in guten Gesprächen, sagte er am Rande eines Treffens mit Unternehmern.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

const page = (above: string) =>
  parseDocument(
    `<html lang="de"><head><title>Merz verteidigt Rentenpaket | t-online</title><meta property="og:type" content="article"></head><body><div id="page">` +
      `${above}<article><header><h1>Merz verteidigt Rentenpaket</h1><div class="author">Von <a href="/autor/id_1/">Carsten Janz</a></div></header>` +
      `<div class="body">${BODY}</div></article></div></body></html>`,
  );

describe("the picture above the headline", () => {
  it("gives its caption, first, when it is the only content of the box before the article", () => {
    const caption = "Bundeskanzler Friedrich Merz (CDU) im Bundestag: Er wirbt für das Rentenpaket.";
    const a = analyze(page(`<div class="media"><figure><img src="m.jpg" alt=""><figcaption>${caption}</figcaption></figure></div>`));
    expect(a.blocks[0]!.kind).toBe("caption");
    expect(a.text.slice(a.blocks[0]!.start, a.blocks[0]!.end)).toBe(caption);
    expect(a.blocks[1]!.kind).toBe("heading");
  });

  it("gives nothing from a teaser box or a credit alone", () => {
    const teaser =
      '<div class="teaser"><figure><img src="t.jpg" alt=""><figcaption>Rentner im Park in Köln (Archivbild)</figcaption></figure><a href="/x">Was sich für Rentner ändert</a></div>';
    const credit = "<figure><img src='c.jpg' alt=''><figcaption>Foto: Kay Nietfeld/dpa</figcaption></figure>";
    for (const above of [teaser, credit]) {
      const a = analyze(page(above));
      expect(a.blocks[0]!.kind).toBe("heading");
      expect(a.text).not.toContain("Rentner im Park");
      expect(a.text).not.toContain("Nietfeld");
    }
  });
});

describe("boxes named by data-component", () => {
  it("leaves a byline block out of the text and keeps the image block's caption", () => {
    const doc = parseDocument(
      `<html lang="en"><head><title>Zelensky says talks constructive - BBC News</title><meta property="og:type" content="article"></head><body><article>` +
        `<header data-component="headline-block"><h1>Zelensky says talks constructive</h1></header>` +
        `<div data-component="byline-block"><div><time datetime="2025-11-24T10:02:11.000Z">2 hours ago</time></div><div><span>Paul Kirby</span><span>Europe digital editor</span></div></div>` +
        `<div data-component="image-block"><figure><img src="x.jpg" alt=""><figcaption>Zelensky has said Ukraine faces a difficult choice</figcaption></figure></div>` +
        `<div data-component="text-block"><p>Ukraine's President Volodymyr Zelensky has described talks in Geneva on a US-drafted peace plan as constructive, but said more work was needed.</p></div>` +
        `<div data-component="text-block"><p>US Secretary of State Marco Rubio said "tremendous progress" had been made during the talks on Sunday, and that a deal could come soon.</p></div>` +
        `<div data-component="text-block"><p>Russia has not yet commented publicly on the outcome of the talks, though Kremlin spokesman Dmitry Peskov said Moscow had received no documents.</p></div>` +
        `</article></body></html>`,
    );
    const a = analyze(doc);
    expect(a.text).not.toContain("2 hours ago");
    expect(a.text).not.toContain("Europe digital editor");
    expect(a.text).toContain("Zelensky has said Ukraine faces a difficult choice");
  });
});

describe("short captions with their credit set apart", () => {
  const doc = (header: string, inBody: string) =>
    parseDocument(
      `<html lang="de"><head><title>Söder kündigt Kabinettsumbildung an</title><meta property="og:type" content="article"></head><body><article>` +
        `<header><h1>Söder kündigt Kabinettsumbildung an</h1>${header}</header><div itemprop="articleBody">${BODY}${inBody}<p>Die Opposition kritisierte den Schritt als Ablenkungsmanöver.</p></div></article></body></html>`,
    );

  it("stay, in the header and in the body, without the credit", () => {
    const header =
      "<figure><img src='s.jpg' alt=''><figcaption>Markus Söder (CSU) in der Staatskanzlei in München.<span>(Foto: Sven Hoppe/dpa)</span></figcaption></figure>";
    const inBody =
      '<div class="ContainerFigure"><figure><img src="k.jpg" alt=""><figcaption>Lars Klingbeil am Mittwoch im Bundestag <span class="ImageCopyright">Bild: dpa</span></figcaption></figure></div>';
    const a = analyze(doc(header, inBody));
    const captions = a.blocks.filter((b) => b.kind === "caption").map((b) => a.text.slice(b.start, b.end));
    expect(captions).toEqual(["Markus Söder (CSU) in der Staatskanzlei in München.", "Lars Klingbeil am Mittwoch im Bundestag"]);
  });

  it("stay when the figcaption is named a caption, without a credit on a line of its own (heise)", () => {
    const header =
      '<figure class="aufmacherbild"><img src="s.jpg" alt=""><figcaption class="a-caption"><p class="a-caption__text">Markus Söder (CSU) in der Staatskanzlei in München.</p><p class="a-caption__source">(Bild: Sven Hoppe/dpa)</p></figcaption></figure>';
    const a = analyze(doc(header, ""));
    const captions = a.blocks.filter((b) => b.kind === "caption").map((b) => a.text.slice(b.start, b.end));
    expect(captions).toEqual(["Markus Söder (CSU) in der Staatskanzlei in München."]);
    expect(a.text).not.toContain("Hoppe");
  });
});
