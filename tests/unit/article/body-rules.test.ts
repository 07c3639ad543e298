import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { CORPUS, trafilaturaPages } from "../../../bench/corpus";
import { decodeHtml } from "../../../src/cli/decode-html";
import { isBylineLine, isDateLine, isDuration } from "../../../src/article/phrases";
import { repeatsHeadline } from "../../../src/article/headline";
import { isTitleRow } from "../../../src/article/title-row";
import { hintsOf } from "../../../src/article/dom";

const squash = (s: string) =>
  s
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();

let snippetPages: ReturnType<typeof trafilaturaPages> | null = null;

/** The article text of a corpus page (a trafilatura file name or a Readability test page). */
function articleText(page: string): string {
  const snippets = (snippetPages ??= trafilaturaPages()).find((p) => p.file === page);
  const html = snippets?.html ?? decodeHtml(readFileSync(join(CORPUS, "readability/test-pages", page, "source.html")));
  const url = snippets?.url ?? `http://fakehost/test/${page}`;
  const a = extractArticle(parseDocument(html), { url });
  return squash(buildText(a.blocks, a.skip).text);
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("body rules on corpus pages", () => {
  const cases: [rule: string, page: string, kept: string[], left: string[]][] = [
    ["a last heading over pictures only stays", "lazy-image-3", ["Test Case 1", "Test Case 2"], []],
    ["headings over hidden paragraphs stay, the paragraphs not", "hidden-nodes", ["Secondary header", "Third header"], []],
    ["a date line above the body is no lead", "liberation-1", ["Laurent Fabius"], ["30 avril 2015 à 07:19"]],
    [
      "a servings field beside the ingredients is no form",
      "lecker.de.schneewittchen.html",
      ["Vanillepuddingpulver", "Frischhaltefolie"],
      [],
    ],
    [
      "figures with download links are the article's pictures",
      "KATAPULT-Magazin.de-parteien.html",
      ["haben wir uns auf die größten beschränkt."],
      [],
    ],
    [
      "a box named for a time that gives a duration stays (a recipe's preparation time)",
      "lecker.de.schneewittchen.html",
      ["120 Minuten ( + 300 Minuten Wartezeit )"],
      [],
    ],
    ["a reading time stays out", "deutsche-wirtschafts-nachrichten.de-Industriestrompreis.html", [], ["Lesezeit"]],
    ["smileys do not make a post a gallery", "pocketpc.ch.auslieferung.html", ["as war noch nicht das Update, sondern nur"], []],
    ['a short paragraph ending in "!" continues the article', "gizmeo.eu.insekten.html", ["Eine Ameise in einer Bar!"], []],
    ["a sub-heading that contains the headline says more", "coopbuddy.de.bee.html", ["Bee Simulator Mehrspieler"], []],
    ["a consent placeholder goes", "amnesty.de-waffensysteme.html", ["Ousman Noor"], ["Wir respektieren deine Privatsphäre"]],
    ["an author line in the body goes", "l-mag.de-Holocaust-Gedenken.html", [], ["Von Claudia Lindner"]],
    ["a custom element named as a teaser goes", "bmas.de-anforderungen.html", [], ["Erhalten Sie Antworten auf Ihre Fragen"]],
    ["jump links go", "wikipedia-3", [], ["Jump to navigation", "Jump to search"]],
    ["a jump link past an advertisement goes", "nytimes-5", [], ["Continue reading the main story"]],
    ["a credit alone is no caption", "demokratiewebstatt.at.luft.html", [], ["Clipdealer"]],
    ["a link line back to the list goes", "dvg.de.weihnachtsurlaub.html", [], ["zurück zur Listenansicht"]],
    ["a date line with a period goes", "internetchemie.info.Heliumkerne.html", [], ["Aktualisiert am 17.01.2021."]],
    ["a paragraph in a bare div is scored with its neighbours", "embedded-videos", ["At root", "In a paragraph", "Foo"], []],
    ["a caption classed by its media stays", "simplyfound-1", ["Raspberry Pi in educations"], []],
    [
      "a copyright note after the text goes",
      "breakingbelizenews.com-paho.html",
      ["save lives."],
      ["This article is the copyrighted property", "Written permission must be obtained"],
    ],
    [
      "a closing line with the site's addresses set in bold goes",
      "jamaica.gleaner.com-victims.html",
      ["The other three were admitted."],
      ["Follow The Gleaner on Twitter", "onlinefeedback@gleanerjm.com"],
    ],
    [
      "an advertising note with the site's address set in italics goes",
      "breakingbelizenews.com-paho.html",
      ["to save lives."],
      ["marketing@breakingbelizenews.com"],
    ],
    [
      "a paragraph wrapped like the top candidate's continues the article",
      "jagdleben.de-waldwege.html",
      ["Hinweise unter der Telefonnummer"],
      [],
    ],
    [
      "a content element wrapped like the first continues the article",
      "wsl.ch-neubeau.html",
      ["Die Projekte sind nun über diese Website"],
      [],
    ],
    ["a date line with a US date goes", "bahamaslocal.com-atlantis.html", ["Dr. Amanda Pinder"], ["News date", "Press Releases"]],
    [
      "a closing call to download the apps goes",
      "nationnews.com-schools.html",
      ["online teaching before physical classes restarted"],
      ["For the latest stories"],
    ],
    [
      "a closing call to support the magazine goes with the rest of its box",
      "lacrux.com-mammut.html",
      ["Black Diamond bald den Rücken zu und wechselt"],
      ["Gefällt dir unser Klettermagazin?", "brauchen wir deine Unterstützung"],
    ],
    [
      "a closing licence note goes",
      "creativecommons.ch.wie.html",
      ["Der durchgestrichene Dollar bedeutet"],
      ["Sofern nicht anders ausgewiesen"],
    ],
    [
      "pull quotes set as headings at the end stay",
      "spiegel.de.albtraum.html",
      ["Man könnte zynisch sagen, dass sie perfekt grauenhaft ist.", "Es stützt seine Version."],
      [],
    ],
    [
      "a news agency's credit line goes",
      "Jest zgoda PE na umowę handlową między UE a Londynem.html",
      ["porozumienie w tej sprawie osiągnięto pod koniec grudnia 2020 roku."],
      ["aja/PAP"],
    ],
    [
      "a sub-heading in a module named a header stays",
      "markeich.de.impressum.html",
      ["Angaben gemäß § 5 TMG", "Verantwortlich für den Inhalt nach"],
      [],
    ],
    [
      "the question row of a box named a header stays",
      "smava.de.privatkredit.html",
      ["Wie wird die Höhe der fälligen Zinsen für meinen Privatkredit bestimmt?"],
      [],
    ],
    [
      "the site's h1 yields to a heading repeating the title",
      "archive-of-our-own",
      ["Conversations with a Cryptid"],
      ["Archive of Our Own"],
    ],
    ["a blog's h1 yields to a heading repeating the title", "pixnet", ["新竹尖石_美樹營地賞楓 (2)"], ["痞客邦 PIXNET", "史蒂文的家_藍天"]],
    [
      "a region named like a footer that wraps the headline and body is no footer",
      "thepointsguy.com.alaska.html",
      ["at its Seattle/Tacoma International Airport (SEA) base in 2019."],
      [],
    ],
    [
      "a lead between a header and the body box beside it, both children of the page, stays",
      "umweltbundesamt.de-atomkraft.html",
      ["Der Entwurf der Europäischen Kommission für einen delegierten Rechtsakt"],
      [],
    ],
    ["a run of loose text beside paragraphs stays", "yahoo-3", ["The Federal Flag Code has guidelines"], []],
    [
      "a quote set as loose text beside paragraphs stays",
      "d32ad974a4b04657bb6e4d91852bd52d.html",
      ["it is peace for our time. We thank you from the bottom of our hearts."],
      [],
    ],
    [
      "a lead without a closing mark stays",
      "lastampa.it.temperature.html",
      ["Neve sull’Appennino sopra i 1400 metri. Il bel tempo tornerà in poche ore"],
      [],
    ],
    [
      "a sub-headline under the headline stays",
      "orsted.de.gruener-Wasserstoff.html",
      ["Das „erneuerbare Molekül“: das Potenzial von Wasserstoff aus erneuerbaren Energien"],
      [],
    ],
    [
      "key points under the headline stay",
      "cducsu.de-wasserstoff.html",
      ["Mark Helfrich über das gewaltige Potenzial der Technologie"],
      [],
    ],
    ["a script's code beside the lead is no lead", "hoy.com-daran.html", ["Aprovechan la ocasión también"], ["googletag"]],
    ["a form's labels under the headline are no lead", "tdg.ch.chlorothalonil.html", [], ["Erreur factuelle"]],
    [
      "an advertising disclosure goes",
      "thepointsguy.com.alaska.html",
      ["at its Seattle/Tacoma International Airport (SEA) base in 2019."],
      ["This post contains references to products from one or more of our advertisers"],
    ],
    ["an affiliate disclosure goes", "villagevoice.com-Party.html", [], ["Advertising disclosure: We may receive compensation"]],
    ["an affiliate link inside a sentence stays", "familie.de.montessori.html", ["Dieses bunte Sortierspiel schult die Feinmotorik."], []],
    ["a subscription call goes", "nationnews.com-schools.html", [], ["Subscribe now to our eNATION edition"]],
    ["a call for readers' letters goes", "theatlantic.com.disasters.html", [], ["We want to hear what you think about this article."]],
    ["a teaser ending in a read-more link goes", "jolie.de.adele.html", [], ["Sommerzeit ist Urlaubszeit"]],
    [
      "teasers ending in read-more links go, and the article they outweighed is found",
      "seglerblog.stössenseer.de.sauber.html",
      ["Der Plakatwettbewerb für Kinder"],
      ["Kieler Woche im Piratenlook"],
    ],
    ["a paragraph whose link says more in a sentence stays", "thw.de-frauen.html", ["„Cool, ‘ne Frau in einer Führungsposition“"], []],
    ["a Spanish or Portuguese picture credit goes", "correiobraziliense.com.br-poderes.html", [], ["crédito: Minervino Júnior"]],
    [
      "a post with two like buttons embedded is no box of embeds",
      "hearya.com.metal.html",
      ["100. Ray Gillen", "Keith Caputo, Life of Agony"],
      ["Recent Comments"],
    ],
    ["a paragraph set in a named anchor is no link", "ndr.de.podcastcoronavirus140.html", ["Was sagt Professor Drosten dazu?"], []],
    ["sub-headings set in named anchors stay", "healthline.com.fat.html", ["1. Skinfold Calipers", "9. 3-D Body Scanners"], []],
    [
      "a custom element around the text is a box like a div",
      "github.com.yapapi.html",
      ["Golem application development", "poetry add yapapi", "YAGNA_PAYMENT_DRIVER"],
      ["Failed to load latest commit information"],
    ],
    [
      "a table of links beside the text is navigation",
      "en.wikipedia.org.tsne.html",
      ["Herein a heavy-tailed Student t-distribution"],
      ["Conditional random field"],
    ],
    ["a table of facts with some links stays", "wikipedia", ["Founder Netscape Communications Corporation"], []],
    [
      "a switch over a recipe's steps set in divs is no form",
      "backen.de.maulwurfkuchen.html",
      ["und schneide sie in kleine Würfel."],
      ["Bild anzeigen", "Bild schließen"],
    ],
    ["share links marked as buttons go", "spektrum.de.engelbart.html", ["Gendersprache"], ["twittern"]],
    [
      "a table of contents goes with its title, its sections stay",
      "haustiermagazin.com-katzenspielzeug.html",
      ["Das Wichtigste vorab", "Oft gestellte Fragen"],
      ["Inhaltsverzeichnis", "1 Das Wichtigste vorab"],
    ],
    [
      "ruby readings over the words go",
      "nhk.or.jp.k100.html",
      ["子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、"],
      ["子こども"],
    ],
  ];
  for (const [rule, page, kept, left] of cases) {
    it(`${page}: ${rule}`, () => {
      const text = articleText(page);
      for (const s of kept) expect(text).toContain(s);
      for (const s of left) expect(text).not.toContain(s);
    });
  }

  it("wapo-1: a gallery's blurb before the first paragraph is no lead", () => {
    const text = articleText("wapo-1");
    expect(count(text, "Security forces in Tunisia stormed")).toBe(0);
    expect(text).toContain("Gunmen opened fire on visitors");
  });

  it("yahoo-3: loose text is one block, in place, its link not a block of its own", () => {
    const html = decodeHtml(readFileSync(join(CORPUS, "readability/test-pages/yahoo-3/source.html")));
    const a = extractArticle(parseDocument(html), { url: "http://fakehost/test/yahoo-3" });
    const { text } = buildText(a.blocks, a.skip);
    const blocks = text.split("\n\n");
    const at = blocks.findIndex((b) => b.startsWith("The Federal Flag Code"));
    expect(blocks[at]).toContain("In the past, the Supreme Court has found");
    expect(blocks[at]!.length).toBeLessThan(300);
    expect(blocks[at - 1]).toContain("Vanessa Hicks");
    expect(blocks[at + 1]).toMatch(/^Hicks said she was surprised/);
    expect(blocks).not.toContain("Supreme Court");
  });

  it("tmz-1: pieces of the headline set as sub-headings go", () => {
    const text = articleText("tmz-1");
    expect(count(text, "Lupita Nyong'o's $150K Pearl Oscar Dress")).toBe(1);
    expect(text).not.toContain("$150K Pearl Oscar Dress ... STOLEN!!!!");
  });
});

describe("cards of people and organisations", () => {
  it("leave a short hCard line out of the text (the publisher named under the date)", () => {
    const para =
      "<p>Russia's announcement that it will help Iran get nuclear fuel is raising questions about the reset with Moscow, officials said.</p>";
    const doc = parseDocument(
      `<html><body><div id="article-section" class="hnews hentry"><h1 class="entry-title">Russia's Nuclear Help to Iran Stirs Questions</h1>` +
        `<p class="published">Published August 14, 2010</p><p class="source-org vcard"><span class="org fn"> | FoxNews.com</span></p>` +
        `${para.repeat(3)}</div></body></html>`,
    );
    const a = extractArticle(doc);
    const text = buildText(a.blocks, a.skip).text;
    expect(text).toContain("Russia's announcement");
    expect(text).not.toContain("FoxNews.com");
  });
});

describe("a blog theme's tool bars and filing line", () => {
  it("leave out a share toolbox (AddThis), a toolbar and a 'Filed under' box, in a post too short for the boxes' tests", () => {
    const para = "<p>Boomer and Craig were thrilled to welcome an American hero into the studio, as she told them about her service.</p>";
    const doc = parseDocument(
      `<html><body><div class="post entry-column"><h1 class="entry-title">Morning Show: American Hero Kelly Malloy</h1>` +
        `<div class="entry-toolbar entry-toolbar-above"><div class="addthis_toolbox"><strong>Share this</strong><a class="addthis_button_facebook_like"></a></div>` +
        `<a href="/2012/06/08/hero/#respond" class="entry-comments"><span>View Comments</span></a></div>` +
        `<div class="entry-category"><h5>Filed under</h5><a href="/category/boomer-carton/">Boomer &amp; Carton</a>, <a href="/category/wfan-blogs/">WFAN Blogs</a></div>` +
        `${para.repeat(3)}</div></body></html>`,
    );
    const a = extractArticle(doc);
    const text = buildText(a.blocks, a.skip).text;
    expect(text).toContain("Boomer and Craig were thrilled");
    for (const gone of ["Share this", "View Comments", "Filed under", "WFAN Blogs"]) expect(text).not.toContain(gone);
  });
});

describe("title rows", () => {
  it("tells a box's title row from the page's header, both named a header", () => {
    const doc = parseDocument(trafilaturaPages().find((p) => p.file === "smava.de.privatkredit.html")!.html);
    const row = doc.querySelector(".card-header")!;
    const pageHeader = doc.querySelector(".sticky-top.header")!;
    expect(isTitleRow(row, hintsOf(row))).toBe(true);
    expect(isTitleRow(pageHeader, hintsOf(pageHeader))).toBe(false);
  });
});

describe("line patterns", () => {
  it("tells date lines from sentences with dates", () => {
    expect(isDateLine("Aktualisiert am 17.01.2021.")).toBe(true);
    expect(isDateLine("30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)")).toBe(true);
    expect(isDateLine("Die Wahl findet am 26.09.2021 in allen Ländern statt.")).toBe(false);
    // No date, but the published label and a relative time (a Swiss paper's header: <time>Publiziert heute um 06:30 Uhr</time>).
    expect(isDateLine("Publiziert heute um 06:30 Uhr")).toBe(true);
    expect(isDateLine("Posted 2 hours ago")).toBe(true);
    expect(isDateLine("Published research since the war began shows little change")).toBe(false);
    expect(isDateLine("Heute um 06:30 Uhr beginnt der Streik")).toBe(false);
  });

  it("tells durations from timestamps", () => {
    expect(isDuration("120 Minuten ( + 300 Minuten Wartezeit )")).toBe(true);
    expect(isDuration("35 Min.")).toBe(true);
    for (const stamp of [
      "vor 2 Stunden",
      "5 hours ago",
      "il y a 3 heures",
      "hace 2 horas",
      "14:30 Uhr",
      // A live blog's post times, written with a dot.
      "13.58 GMT",
      "9.30 Uhr",
      "12.03.2021",
      "März 2021",
      "Minuten",
    ])
      expect(isDuration(stamp), stamp).toBe(false);
  });

  it("tells author lines from sentences opening with the same word", () => {
    expect(isBylineLine("Von Claudia Lindner")).toBe(true);
    expect(isBylineLine("By Nada Tawfik, BBC News, New York")).toBe(true);
    expect(isBylineLine("Von Rechts wegen")).toBe(false);
    expect(isBylineLine("By the time we realised what was happening, it was already too late.")).toBe(false);
  });

  it("takes a line for a repeat of the headline only when the headline holds its words", () => {
    expect(repeatsHeadline("Lupita Nyong'o", "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!")).toBe(true);
    expect(repeatsHeadline("Bee Simulator", "Bee Simulator")).toBe(true);
    expect(repeatsHeadline("Bee Simulator Mehrspieler", "Bee Simulator")).toBe(false);
  });
});
