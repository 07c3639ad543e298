import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../../src/article/meta/date";
import { cleanTitle } from "../../../src/article/meta/title";
import { cleanByline } from "../../../src/article/meta/byline";
import { readMeta } from "../../../src/article/meta";
import { parseDocument } from "../../../src/cli/parse-html";
import { readabilityPages } from "../../../bench/corpus";

describe("dates", () => {
  it.each([
    ["2025-12-02T10:15:00+0100", "2025-12-02T10:15:00+01:00"],
    ["2025-12-02 10:15", "2025-12-02T10:15:00"],
    ["2025-12-02", "2025-12-02"],
    ["02.12.2025, 10:15 Uhr", "2025-12-02T10:15:00"],
    ["2. Dezember 2025", "2025-12-02"],
    ["December 2, 2025", "2025-12-02"],
    ["2 décembre 2025", "2025-12-02"],
    ["Tue, 02 Dec 2025 09:15:00 GMT", "2025-12-02T09:15:00.000Z"],
    ["2022-5-3T9:57:00", "2022-05-03T09:57:00"],
  ])("%s → %s", (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it("reads a date line after the text only when a label says it is the publication date", () => {
    const page = (footer: string) =>
      readMeta(
        parseDocument(
          `<html><body><main><h1>Regierung einigt sich</h1>${"<p>Die Regierung hat sich auf ein Sparpaket geeinigt, sagte der Minister.</p>".repeat(6)}` +
            `<div class="story-footer"><p class="story-meta">${footer}</p></div></main></body></html>`,
        ),
      ).meta.published;
    expect(page('<span class="story-date">Publiziert am 25.11.2025</span>')).toBe("2025-11-25");
    expect(page('<span class="comment-date">25.11.2025</span>')).toBeNull();
  });

  it("reads a date line set in a short paragraph under the headline, not a date in prose", () => {
    const page = (line: string) =>
      readMeta(parseDocument(`<html><body><h1>Auf das erste Elektron kommt es an</h1>${line}<p>Text.</p></body></html>`)).meta.published;
    expect(page('<div class="news-detail-information"><p><span class="news-list-date">12. Januar 2022,</span></p></div>')).toBe(
      "2022-01-12",
    );
    const prose =
      "Die Forschenden hatten ihre Ergebnisse am 12. Januar 2022 in der Fachzeitschrift Nature veröffentlicht, wie die Eawag mitteilte.";
    expect(page(`<p>${prose.replace("12. Januar 2022", '<span class="date">12. Januar 2022</span>')}</p>`)).toBeNull();
  });

  it("takes no date from a key point under the headline that mentions one", () => {
    const page = (points: string) =>
      readMeta(
        parseDocument(
          `<html><body><h1>Democrats to use Social Security against GOP this fall</h1><div class="highlights"><b>STORY HIGHLIGHTS</b><ul>${points}</ul></div>` +
            "<p>Democrats are going on the offensive this fall, the party's chairman said on Friday.</p></body></html>",
        ),
      ).meta.published;
    expect(
      page(
        "<li>The Social Security Act was signed into law on August 14, 1935</li><li>DNC Chairman Tim Kaine says Democrats will tout it</li>",
      ),
    ).toBeNull();
    expect(page("<li>Updated 2308 GMT, August 13, 2010</li>")).toBe("2010-08-13");
  });

  it("reads the publish_date tag (Politico, HuffPost)", () => {
    const doc = parseDocument('<html><head><meta name="publish_date" content="Sat, 09 Oct 2010 07:15:45 EST"></head><body></body></html>');
    expect(readMeta(doc).meta.published).toBe("2010-10-09T12:15:45.000Z");
  });

  it("prefers the page's own <time> to a bare 'date' tag, which may be its last change", () => {
    const doc = parseDocument(
      '<html><head><meta name="Date" content="2022-1-26T14:32:06+02:00"></head><body><time datetime="2022-01-21">21.01.2022 - 13:30</time></body></html>',
    );
    expect(readMeta(doc).meta.published).toBe("2022-01-21");
    expect(readMeta(parseDocument('<html><head><meta name="Date" content="2022-1-26"></head><body></body></html>')).meta.published).toBe(
      "2022-01-26",
    );
  });

  it("is null for what is no date", () => {
    expect(toIsoDate("gestern")).toBeNull();
    expect(toIsoDate("2025-13-45")).toBeNull();
    expect(toIsoDate("2025-02-30")).toBeNull();
    expect(toIsoDate("2024-02-29")).toBe("2024-02-29");
  });
});

describe("titles and bylines", () => {
  it("drops the site's name from the title", () => {
    expect(cleanTitle("Rubio schwänzt Nato-Treffen | ZDFheute", "ZDFheute", null)).toBe("Rubio schwänzt Nato-Treffen");
    expect(cleanTitle("Politik - Rubio schwänzt Nato-Treffen - zdf.de", null, "zdf")).toBe("Politik - Rubio schwänzt Nato-Treffen");
    expect(cleanTitle("Krieg und Frieden – ein Überblick", "ZDFheute", null)).toBe("Krieg und Frieden – ein Überblick");
    // A segment holding the site's name and more is the headline ("… @ Blog :: Network").
    expect(cleanTitle("Der Herbst im Tal @ Annas Blog :: Blognetz", "Annas Blog", null)).toBe("Der Herbst im Tal @ Annas Blog :: Blognetz");
    expect(cleanTitle("Der Herbst im Tal | Annas Blog Online", "Annas Blog", null)).toBe("Der Herbst im Tal");
  });
  it("is cut to the page's headline when it opens with it, even where the page names no site", () => {
    const title = (t: string, body: string) =>
      readMeta(parseDocument(`<html><head><title>${t}</title></head><body>${body}</body></html>`)).meta.title;
    expect(title("Der Lange und die alte Dame | Hertha BSC Blog", "<h1>Der Lange und die alte Dame</h1>")).toBe(
      "Der Lange und die alte Dame",
    );
    // A headline that only starts the same, or no separator after it, leaves the title whole.
    expect(title("Krieg und Frieden – ein Überblick", "<h1>Krieg und Frieden – ein</h1>")).toBe("Krieg und Frieden – ein Überblick");
    expect(title("Krieg und Frieden im Nahen Osten", "<h1>Krieg und Frieden</h1>")).toBe("Krieg und Frieden im Nahen Osten");
  });
  it("keeps the byline as written, without its prefix or date", () => {
    expect(cleanByline("Von Anna Schmidt, 02.12.2025")).toBe("Anna Schmidt");
    expect(cleanByline("By GILLIAN MOHNEY March 11, 2015 3:46 PM")).toBe("GILLIAN MOHNEY");
    expect(cleanByline("Veröffentlicht von Chris Jung")).toBe("Chris Jung");
    expect(cleanByline("Posted by Günter W. Kienitz at 18:52")).toBe("Günter W. Kienitz");
    expect(cleanByline("Nicolas Perriault —")).toBe("Nicolas Perriault");
    expect(cleanByline("Isabel Caro , Rocío Latorre")).toBe("Isabel Caro, Rocío Latorre");
    // The label of the date that was cut goes with it.
    expect(cleanByline("erstellt von Dominique — veröffentlicht 28.01.2022 06:00")).toBe("Dominique");
    expect(cleanByline("By Jane Doe | Published on March 3, 2024")).toBe("Jane Doe");
    // Separators around the name and a weekday after the time (Boing Boing's "navbyline").
    expect(cleanByline("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013")).toBe("Cory Doctorow");
    // The paper it was written for goes; an organisation's own "for" stays.
    expect(cleanByline("By Glen Owen And Brendan Carlin For The Mail On Sunday")).toBe("Glen Owen And Brendan Carlin");
    expect(cleanByline("By JANE DOE FOR MAILONLINE")).toBe("JANE DOE");
    expect(cleanByline("Organization for Transformative Works")).toBe("Organization for Transformative Works");
  });
  it("leaves the date's remains out: a preposition, a handle, a clock in a.m./p.m., a provider after a bar", () => {
    expect(cleanByline("By Griffin McElroy @griffinmcelroy on June 26, 2014 at 9:00a")).toBe("Griffin McElroy");
    expect(cleanByline("Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014")).toBe("Jefferson Graham, USA TODAY");
    expect(cleanByline("By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP – 1 hr 4 mins ago")).toBe(
      "JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers",
    );
    // A time alone names no one; a name's own short lower-case end stays.
    expect(cleanByline("9:39AM BST 05 Oct 2011")).toBeNull();
    expect(cleanByline("Mac & i")).toBe("Mac & i");
  });
  it("is no dateline: a line that opens with a date names no author", () => {
    expect(cleanByline("6 de mayo de 2022 05:30")).toBeNull();
    const page = readMeta(
      parseDocument('<html><body><p class="byline">6 de mayo de 2022 05:30</p><div class="author">Por Ana Gómez</div></body></html>'),
    ).meta.byline;
    expect(page).toBe("Ana Gómez");
  });
  it("reads the author line in the page apart from its date, and never a commenter's", () => {
    const page = (body: string) => readMeta(parseDocument(`<html><body>${body}</body></html>`)).meta.byline;
    const post = '<p class="byline"><span>by</span> <a href="/author/ln">Lucas Nolan</a><span>22 Dec 2016</span></p>';
    expect(page(post)).toBe("Lucas Nolan");
    expect(page('<ul class="comments-list"><li><div class="byline">J</div><div>J</div></li></ul>' + post)).toBe("Lucas Nolan");
    expect(page('<div class="FeatureByline"> By <b>Nathan Willis</b></div>')).toBe("Nathan Willis");
    expect(page('<div class="article__author">By Scott Cunningham</div>')).toBe("Scott Cunningham");
    // An author's name in a BEM element of an authors box, and a name repeated for screen readers.
    expect(page('<ul class="authors__list"><li>Von <a class="authors__name" href="/personen/jan-zier">Jan Zier</a></li></ul>')).toBe(
      "Jan Zier",
    );
    expect(page('<a class="authors__name" href="/a/kf">Kristen Falc\'hon<span class="sr-only">Kristen Falc\'hon</span></a>')).toBe(
      "Kristen Falc'hon",
    );
    // German pages name the line for the "Autor" (WDR, tagesschau.de), before an organisation's JSON-LD.
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"WDR"}}</script>';
    expect(page(`${ld}<p class="autor">Von Christian Wolf</p>`)).toBe("Christian Wolf");
    expect(page('<p class="autorenzeile small">Von Volkmar Kabisch und Benedikt Strunz, NDR</p>')).toBe(
      "Volkmar Kabisch und Benedikt Strunz, NDR",
    );
  });
  it("names every author when each is marked up apart, and only names", () => {
    const page = (body: string) => readMeta(parseDocument(`<html><body>${body}</body></html>`)).meta.byline;
    const two = '<address><a rel="author" href="/p/jk">Jakub Krupa</a> and <a rel="author" href="/p/ps">Pjotr Sauer</a></address>';
    expect(page(`<div class="meta">${two}<time>Mon 24 Nov 2025 08.15 GMT</time></div>`)).toBe("Jakub Krupa and Pjotr Sauer");
    const three =
      '<p>Von <span itemprop="author">Anna Beer</span>, <span itemprop="author">Max Golod</span> und <span itemprop="author">Eva Roth</span></p>';
    expect(page(three)).toBe("Anna Beer, Max Golod und Eva Roth");
    // A box with more than names (a headline, a section) keeps the first author alone.
    expect(page('<div><a rel="author" href="/a">Anna Beer</a> in Politik <a rel="author" href="/b">Max Golod</a></div>')).toBe("Anna Beer");
  });
  it("reads a writer's link in an author line when the tags name only the site", () => {
    const page = (head: string, body: string) =>
      readMeta(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`)).meta.byline;
    const site = '<meta property="og:site_name" content="DER SPIEGEL"><meta name="author" content="DER SPIEGEL">';
    const line = '<nav><a href="/autoren/">Autoren</a></nav><div><a href="/impressum/autor-1">Von Anna Meier</a>, Kyjiw</div>';
    expect(page(site, line)).toBe("Anna Meier");
    expect(page("", '<div>By <a href="/author/jane-doe">Jane Doe</a></div>')).toBe("Jane Doe");
    // A domain in the tag is the site too; a user's handle is a writer.
    expect(page('<meta name="author" content="LAOLA1.at">', '<div class="author">Alexander Karper</div>')).toBe("Alexander Karper");
    expect(page('<meta name="author" content="christian.stadtfeld">', '<div class="author">Christian Stadtfeld</div>')).toBe(
      "christian.stadtfeld",
    );
    // A menu's link to the authors, with no "Von"/"By", is no byline; a writer in the tags stays.
    expect(page("", '<nav><a href="/autoren/">Alle Autoren</a></nav>')).toBeNull();
    expect(page('<meta name="author" content="Max Golod">', line)).toBe("Max Golod");
  });
});

describe("metadata of the Readability pages", () => {
  // Readability's own metadata is the reference; ours must agree on most pages.
  const pages = readabilityPages().filter((p) => p.meta.title);
  const metas = pages.map((p) => ({ p, m: readMeta(parseDocument(p.html), `http://fakehost/test/${p.name}`).meta }));
  it("titles agree on at least 80% of pages", () => {
    const same = metas.filter(({ p, m }) => m.title === p.meta.title).length;
    expect(same / metas.length).toBeGreaterThanOrEqual(0.8);
  });
  it("languages agree wherever both declare one", () => {
    const both = metas.filter(({ p, m }) => p.meta.lang && m.lang);
    const same = both.filter(({ p, m }) => p.meta.lang!.split("-")[0]!.toLowerCase() === m.lang).length;
    expect(same / both.length).toBeGreaterThanOrEqual(0.95);
  });
  it("published dates are ISO 8601", () => {
    for (const { m } of metas)
      if (m.published) expect(m.published).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/);
  });
});

describe("a JSON-LD headline that is a description", () => {
  // Wikipedia's JSON-LD gives the article's short description as `headline` and its title as
  // `name`; the page's <title> tells which of the two is the title.
  const wiki = readabilityPages().filter((p) => /^wikipedia-\d/.test(p.name));
  it.each(wiki.map((p) => [p.name, p] as const))("%s: the title is the page's name, not its description", (_, p) => {
    const doc = parseDocument(p.html);
    const { title } = readMeta(doc, `http://fakehost/test/${p.name}`).meta;
    const h1 = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
    expect(h1).toBeTruthy();
    expect(title).toBe(h1);
  });
  it("keeps a headline the page's title agrees with, whatever the name", () => {
    const page = (ld: object, title: string) =>
      parseDocument(
        `<html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
      );
    const ld = { "@type": "NewsArticle", headline: "Rubio schwänzt Nato-Treffen", name: "ZDFheute" };
    expect(readMeta(page(ld, "Rubio schwänzt Nato-Treffen | ZDFheute")).meta.title).toBe("Rubio schwänzt Nato-Treffen");
    expect(readMeta(page({ ...ld, headline: "Ein anderer Titel" }, "Ganz anders")).meta.title).toBe("Ein anderer Titel");
  });
});
