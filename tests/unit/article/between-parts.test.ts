// What sits between the article's header and its body, each in a box of its own: a standfirst too
// short to score, the lead picture's box, a caption wrapped with its credit. Share bars and
// newsletter boxes there stay out.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";

const WELT_BODY = [
  "Verteidigungsminister Boris Pistorius (SPD) hat die Koalitionsfraktionen aufgefordert, den Streit über den neuen Wehrdienst bis Ende des Monats beizulegen. „Die Truppe braucht Planungssicherheit, und zwar jetzt“, sagte Pistorius am Freitag in Berlin.",
  "Nach dem Entwurf des Ministeriums sollen alle jungen Männer ab dem kommenden Jahr einen Fragebogen ausfüllen. Frauen können das freiwillig tun. Ab 2027 soll zudem die Musterung für alle Männer eines Jahrgangs wieder Pflicht werden.",
  "Der Union geht das nicht weit genug. Sie verlangt einen Automatismus: Wenn sich nicht genügend Freiwillige melden, soll eine Bedarfswehrpflicht greifen. Fraktionsvize Norbert Röttgen (CDU) sprach von einem „Wehrdienst mit Verfallsdatum“.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

const STANDFIRST =
  "Der Verteidigungsminister drängt auf eine schnelle Einigung beim neuen Wehrdienst. Die Union will eine verpflichtende Musterung für alle Männer eines Jahrgangs, die SPD zögert noch.";

const weltPage = (between: string) =>
  parseDocument(
    `<html lang="de"><head><title>Pistorius will Wehrpflicht-Debatte beenden - WELT</title><meta property="og:type" content="article"></head><body><main>` +
      `<article class="c-article-page"><header class="c-article-page__header"><h2 class="c-headline">Pistorius will Wehrpflicht-Debatte beenden</h2>` +
      `<div class="c-author">Von <a href="/autor/thorsten-jungholt/">Thorsten Jungholt</a></div></header>` +
      `<figure class="c-image-element"><img src="p.jpg" alt=""><figcaption>Verteidigungsminister Boris Pistorius (SPD) am Freitag im Bundestag</figcaption></figure>` +
      `${between}<div class="c-article-text">${WELT_BODY}</div></article></main></body></html>`,
  );

describe("a standfirst boxed apart between header and body", () => {
  it("is kept, after the headline and before the body", () => {
    const a = analyze(weltPage(`<div class="c-summary"><div class="c-summary__intro"><p>${STANDFIRST}</p></div></div>`));
    expect(a.text).toContain(STANDFIRST);
    expect(a.text.indexOf(STANDFIRST)).toBeLessThan(a.text.indexOf("Verteidigungsminister Boris Pistorius (SPD) hat"));
  });

  it("is told from a share bar and a newsletter box", () => {
    const a = analyze(
      weltPage(
        `<div class="c-share"><button>Teilen</button><button>Merken</button></div>` +
          `<div class="newsletter"><p>Der tägliche Newsletter aus der Hauptstadt: jetzt kostenlos bestellen und mitreden.</p><form><input type="email"><button>Anmelden</button></form></div>`,
      ),
    );
    expect(a.text).not.toContain("Teilen");
    expect(a.text).not.toContain("Newsletter");
  });
});

const AJ_BODY = [
  "Israel has carried out a series of air strikes on southern Lebanon, in the latest violation of a ceasefire agreed with Hezbollah nearly a year ago.",
  "The Israeli military said on Thursday it had struck weapons depots and launch sites belonging to the Lebanese armed group.",
  "Lebanon’s President Joseph Aoun called the attacks a “flagrant violation” of the truce and urged the United States and France, which brokered the deal, to intervene.",
  "Reporting from Beirut, Al Jazeera’s Zeina Khodr said residents of border villages had been told to leave their homes.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

describe("the lead picture's box between header and body", () => {
  it("gives its caption", () => {
    const caption = "Smoke rises after an Israeli strike on the village of Kfar Kila, southern Lebanon [File: Reuters]";
    const a = analyze(
      parseDocument(
        `<html lang="en"><head><title>Israel strikes southern Lebanon | Al Jazeera</title><meta property="og:type" content="article"></head><body><main id="main-content-area">` +
          `<header class="article-header"><h1>Israel strikes southern Lebanon despite ceasefire</h1><p class="article__subhead"><em>Israeli military says it targeted Hezbollah infrastructure.</em></p></header>` +
          `<div class="article-featured-image"><figure><img src="l.jpg" alt=""><figcaption>${caption}</figcaption></figure></div>` +
          `<div class="wysiwyg wysiwyg--all-content">${AJ_BODY}</div></main></body></html>`,
      ),
    );
    const block = a.blocks.find((b) => b.kind === "caption");
    expect(block && a.text.slice(block.start, block.end)).toBe(caption);
  });
});

describe("a caption wrapped with its credit", () => {
  it("keeps the caption and leaves the credit out", () => {
    const a = analyze(
      parseDocument(
        `<html lang="en"><head><title>Supreme Court allows Trump to fire FTC commissioner : NPR</title><meta property="og:type" content="article"></head><body><article class="story">` +
          `<h1>Supreme Court allows Trump to fire FTC commissioner for now</h1><div id="storytext">` +
          `<div class="bucketwrap image large"><div class="imagewrap"><img src="r.jpg" alt=""></div><div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>Rebecca Kelly Slaughter at a Senate hearing in 2023.</p></div></div><span class="credit">Kevin Dietsch/Getty Images</span></div></div>` +
          "<p>The U.S. Supreme Court on Monday allowed President Trump to fire Federal Trade Commission member Rebecca Kelly Slaughter while the court considers her case.</p>" +
          "<p>The order was unsigned, but the court's three liberal justices dissented. Writing for them, Justice Elena Kagan said the majority was handing the president full control.</p>" +
          "<p>The court will hear arguments in December on whether a 90-year-old precedent protecting commissioners from removal should be overturned.</p>" +
          `</div></article></body></html>`,
      ),
    );
    const block = a.blocks.find((b) => b.kind === "caption");
    expect(block && a.text.slice(block.start, block.end)).toBe("Rebecca Kelly Slaughter at a Senate hearing in 2023.");
    expect(a.text).not.toContain("Getty");
  });
});

describe("key points boxed apart between header and body", () => {
  const points = [
    "The Federal Reserve cut its benchmark rate by a quarter percentage point.",
    "Chair Jerome Powell said a further reduction in December is not assured.",
  ];
  const page = (related: string) =>
    parseDocument(
      `<html lang="en"><head><title>Powell says December cut is not a foregone conclusion</title><meta property="og:type" content="article"></head><body>` +
        `<div class="nav"><ul><li><a href="/markets/">Markets</a></li><li><a href="/tech/">Tech</a></li></ul></div><div class="page-wrapper">` +
        `<div class="article-header"><a class="article-eyebrow" href="/economy/">Economy</a><h1>Powell says December cut is not a foregone conclusion</h1>` +
        `<div class="article-time"><time datetime="2025-10-29T18:31:00+0000">Published Wed, Oct 29 2025 2:31 PM EDT</time><time datetime="2025-10-29T20:02:00+0000">Updated Wed, Oct 29 2025 4:02 PM EDT</time></div>` +
        `<div class="author-social"><a class="author-name" href="/jeff-cox/">Jeff Cox</a><span>@JeffCoxCNBC</span></div></div>` +
        `<div class="key-points"><div class="key-points-title">Key Points</div><ul>${points.map((p) => `<li>${p}</li>`).join("")}</ul></div>` +
        related +
        `<div class="article-body"><div class="group"><p>The Federal Reserve on Wednesday lowered its key interest rate by a quarter point, but Chair Jerome Powell cautioned that another cut in December is far from certain.</p>` +
        `<p>"A further reduction in the policy rate at the December meeting is not a foregone conclusion. Far from it," Powell said at his post-meeting news conference.</p>` +
        `<p>Markets had been pricing in a near-certain cut at the final meeting of the year. Stocks fell after his remarks, and Treasury yields rose across the curve.</p></div>` +
        `<div class="group"><p>Two officials dissented. Governor Stephen Miran wanted a larger half-point cut, while Kansas City Fed President Jeffrey Schmid preferred no change at all.</p></div></div>` +
        `</div></body></html>`,
    );

  it("are kept, after the headline and before the body", () => {
    const a = analyze(page(""));
    for (const p of points) expect(a.text).toContain(p);
    expect(a.text.indexOf(points[1]!)).toBeLessThan(a.text.indexOf("The Federal Reserve on Wednesday"));
  });

  it("unlike a list of links to other articles there", () => {
    const a = analyze(
      page(
        `<div class="more"><ul><li><a href="/a">Here's what to expect from the Fed this week.</a></li><li><a href="/b">Mortgage rates fall to their lowest level in a year.</a></li></ul></div>`,
      ),
    );
    expect(a.text).toContain(points[0]);
    expect(a.text).not.toContain("what to expect");
  });
});

describe("key points without closing marks in a box of their own under the lead", () => {
  const points = [
    "Bundesrat will Armeebudget bis 2032 auf ein Prozent des BIP erhöhen",
    "Finanzierung über Einsparungen bei der Entwicklungshilfe",
    "Linke kritisiert Abbau bei Hilfe für ärmste Länder",
  ];
  const page = (box: string) =>
    parseDocument(
      `<html lang="de-CH"><head><title>Bundesrat will Armee-Budget schneller erhöhen | Blick</title><meta property="og:type" content="article"></head><body><main><article>` +
        `<div class="article-header"><div class="kicker">Streit um Milliarden</div><h1>Bundesrat will Armee-Budget schneller erhöhen</h1>` +
        `<p class="lead">Die Landesregierung will das Armeebudget bereits bis 2032 auf ein Prozent des BIP anheben. Die Linke tobt, die SVP jubelt.</p>` +
        `<div class="meta"><span class="author">Daniel Ballmer</span><time datetime="2025-11-21T11:04:00+01:00">Publiziert: 21.11.2025 um 11:04 Uhr</time></div></div>` +
        box +
        `<figure><img src="b.jpg" alt=""><figcaption>Verteidigungsminister Martin Pfister (Mitte) präsentierte die Pläne in Bern.</figcaption></figure>` +
        `<div class="article-body"><p>Die Schweizer Armee soll schneller mehr Geld erhalten. Der Bundesrat hat am Freitag beschlossen, das Armeebudget bereits bis 2032 auf ein Prozent des Bruttoinlandprodukts zu erhöhen.</p>` +
        `<p>«Die Sicherheitslage in Europa lässt uns keine andere Wahl», sagte Verteidigungsminister Martin Pfister (Mitte) vor den Medien in Bern. Finanziert werden soll die Erhöhung durch Einsparungen.</p>` +
        `<p>Die SP reagierte empört. «Der Bundesrat spart bei den Ärmsten, um Panzer zu kaufen», kritisierte Co-Präsident Cédric Wermuth. Das Parlament wird im Frühling darüber beraten.</p></div>` +
        `</article></main></body></html>`,
    );

  it("are kept, before the body", () => {
    const a = analyze(page(`<div class="summary-box"><h3>Darum gehts</h3><ul>${points.map((p) => `<li>${p}</li>`).join("")}</ul></div>`));
    for (const p of points) expect(a.text).toContain(p);
    expect(a.text.indexOf(points[2]!)).toBeLessThan(a.text.indexOf("Die Schweizer Armee"));
  });

  it("unlike a menu of short labels there", () => {
    const a = analyze(
      page(
        `<div class="topics"><ul><li>Armee</li><li>Bundesrat</li><li>Budget 2026</li><li>Entwicklungshilfe</li><li>SVP</li><li>SP</li><li>Sicherheitspolitik</li></ul></div>`,
      ),
    );
    expect(a.text).not.toContain("Sicherheitspolitik");
  });
});
