// Related sections that end at the article's next sub-heading, consent placeholders' headings,
// JW Player containers and play controls whose label names the clip: one cause per test.
import { describe, expect, it } from "vitest";
import { clipsOf, page } from "./helpers";

const text = (n: number) =>
  Array.from(
    { length: n },
    () => "<p>Der Bericht beschreibt die Lage ausführlich und nennt viele Einzelheiten aus mehreren Quellen.</p>",
  ).join("");

/** ZDFheute's in-body video: boxes with hashed class names, found by its play button and caption line. */
const zdfVideo = (title: string, meta: string) => `
  <div class="v1c9d3"><div class="p8x2m4"><picture><img src="/v.jpg" alt=""></picture>
    <button class="b2n4m6" aria-label="Video abspielen" type="button"><svg viewBox="0 0 24 24"><path d="M8 5v14l11-7z"></path></svg></button></div>
  <div class="i5o7p9"><span class="k9q2w1">Verbraucher</span><h3 class="s4d6f8">${title}</h3>
    <p class="c3v5b7">Welche Entschädigung steht Reisenden zu, wenn der Zug ausfällt? Ein Überblick.</p><p class="d1f3g5">${meta}</p></div></div>`;

describe("related sections", () => {
  it("ends a 'Mehr zum Thema' heading's section at the article's next sub-heading", () => {
    const html = `<!doctype html><html lang="de"><body><main><article><h1>Bahnstreik: Was Pendler wissen müssen</h1>
      <div class="r6t8y0">${text(2)}
        <section class="x9z1q3"><h2 class="w4e6r8">Mehr zum Thema</h2>
          <div class="l0k2j4"><a class="g5h7j9" href="/interview-100.html"><span>Video</span><span>3:12 min</span><h3>Weselsky im Interview</h3></a></div>
          ${zdfVideo("Chronik des Tarifstreits", "30.11.2025 | 1:10 min")}</section>
        <h2 class="o1p3a5">Welche Rechte Fahrgäste haben</h2>
        <p class="u2i4o6">Wer seine Reise wegen des Streiks nicht antreten kann, kann sein Ticket kostenlos stornieren oder später nutzen, teilte die Bahn mit.</p>
        ${zdfVideo("Fahrgastrechte bei Zugausfall", "01.12.2025 | 2:31 min")}${text(1)}
      </div></article></main></body></html>`;
    expect(clipsOf(html).map((c) => [c.title, c.date, c.duration])).toEqual([["Fahrgastrechte bei Zugausfall", "2025-12-01", 151]]);
  });

  it("ends a related box's section where the article's running text resumes below the box (NBC News)", () => {
    const box = (after: string) => `<!doctype html><html lang="en"><body><main><div class="article-body__content">
      <p>The Senate on Wednesday night passed a short-term funding bill to keep the government open, hours before the deadline.</p>
      <div class="recommended-intersection-ref"><h4>RECOMMENDED</h4><ul><li><a href="/politics/a">House Republicans unveil health plan</a></li><li><a href="/politics/b">Trump signs executive order on AI</a></li></ul></div>
      ${after}<div class="inline-video"><div class="inline-video__player" data-duration="PT1M52S"><button aria-label="Play">Play</button></div>
        <div class="inline-video__info"><h3>Senate votes on stopgap bill as shutdown deadline looms</h3></div></div>
      <p>The House passed the bill on Tuesday. Trump has said he will sign it, the White House said in a statement on Wednesday.</p></div></main></body></html>`;
    const resumed = `<p>Senate Minority Leader Chuck Schumer said Democrats would keep pressing for an extension of the health care subsidies.</p>`;
    expect(
      clipsOf(box(resumed), "https://www.nbcnews.com/politics/congress/senate-passes-funding-bill-rcna1").map((c) => [c.title, c.duration]),
    ).toEqual([["Senate votes on stopgap bill as shutdown deadline looms", 112]]);
    // Right below the box, with no running text between, the player is still the box's.
    expect(clipsOf(box(""), "https://www.nbcnews.com/politics/congress/senate-passes-funding-bill-rcna1")).toEqual([]);
  });

  it("keeps labelling players after a heading of a teaser's link, of a sidebar's next box, or after a related label in bold", () => {
    const teaser = `<p>Der GDL-Chef hat im Interview erklärt, warum die Gewerkschaft nicht nachgeben will und was sie von der Bahn fordert.</p>`;
    const teaserHeading = `<section><h2>Mehr zum Thema</h2><div><h2><a href="/chronik-100.html">Der lange Tarifstreit</a></h2>${teaser}</div></section>`;
    const sidebar = `<section><h2>Mehr zum Thema</h2><ul><li><a href="/a.html">Nationalelf</a></li></ul></section><section><h2>Unser Kanal</h2>`;
    const bold = `<div class="related"><strong>Mehr zum Thema</strong><a href="/chronik-100.html">Der lange Tarifstreit</a></div><h2>Folgen Sie uns</h2>${teaser}`;
    for (const box of [teaserHeading, sidebar, bold]) {
      const html = `<!doctype html><html lang="de"><body><main><article><h1>Bahnstreik</h1>
        <div>${text(2)}${box}${zdfVideo("Fahrgastrechte bei Zugausfall", "01.12.2025 | 2:31 min")}</div></article></main></body></html>`;
      expect(clipsOf(html)).toEqual([]);
    }
  });
});

describe("teasers of other pages", () => {
  it("leaves out a player inside a link to another page, keeping the article's own", () => {
    const clips = clipsOf(
      page(`<figure><div data-video-player="" data-video-id="b6a7c8d9-1234" data-duration="96"><img src="/wiesn.jpg" alt=""></div>
          <figcaption>Bilanz der Wiesn: Wirte zufrieden, Polizei meldet weniger Einsätze</figcaption></figure>
        <div class="css-teaser"><p class="css-kicker">Lesen Sie mehr zum Thema</p>
          <a href="/muenchen/wiesn-preise-li.3300001"><div data-video-id="x1" data-duration="61"></div><h3>So teuer war die Maß</h3></a></div>`),
    );
    expect(clips.map((c) => c.duration)).toEqual([96]);
  });
});

describe("boxes of the site's clips", () => {
  it("leaves out a column of the site's videos beside a page without article elements", () => {
    const html = `<!doctype html><html lang="de"><body><div id="content"><div class="sectionWrapper">
      <div class="section sectionA"><h1>Hochwasser an der Elbe: Pegel steigt weiter</h1>
        <p class="text">Der Pegel lag am Morgen bei 5,12 Metern. Das Landeshochwasserzentrum rechnet mit einem Scheitel am Sonntag bei etwa sechs Metern.</p>
        <div class="avPlayerContainer"><div class="avPlayer" data-ctrl-player="{'url':'https://www.mdr.de/video/elbe-102-avCustom.json'}"></div>
          <div class="avInfo"><p class="subtitle">MDR SACHSENSPIEGEL Do 27.11.2025 19:00Uhr 02:25 min</p><p class="headline">Elbe in Dresden: Stadt bereitet sich vor</p></div></div>
        <p class="text">Die Stadt sperrte das Terrassenufer für den Verkehr. Anwohner in Laubegast wurden gebeten, Keller zu räumen und Sandsäcke bereitzuhalten.</p></div>
      <div class="section sectionB"><div class="con"><h2>Videos aus Sachsen</h2>
        <div class="avPlayer" data-ctrl-player="{'url':'https://www.mdr.de/video/stollen-avCustom.json'}"></div><p>Stollen-Fest 2025 | 01:33 min</p></div></div>
      </div></div></body></html>`;
    expect(
      clipsOf(html, "https://www.mdr.de/nachrichten/sachsen/dresden/hochwasser-elbe-pegel-100.html").map((c) => [c.title, c.duration]),
    ).toEqual([["Elbe in Dresden: Stadt bereitet sich vor", 145]]);
  });
});

describe("consent placeholders", () => {
  it("does not take a consent placeholder's heading for the clip's title", () => {
    const placeholder = (heading: string, lang: string) =>
      page(
        `<div class="external-content" data-consent-provider="youtube"><div class="external-content__placeholder">
          <h3 class="external-content__title">${heading}</h3>
          <p class="external-content__text">Um Inhalte von YouTube anzuzeigen, benötigen wir Ihre Zustimmung.</p>
          <button type="button">Einmal anzeigen</button><div><a href="https://www.youtube.com/watch?v=Hk3mZ9qX2aE">Video auf YouTube ansehen</a></div></div></div>`,
        lang,
      );
    expect(clipsOf(placeholder("Inhalte von YouTube anzeigen", "de")).map((c) => [c.provider, c.title])).toEqual([["youtube", null]]);
    expect(clipsOf(placeholder("Allow YouTube content?", "en")).map((c) => [c.provider, c.title])).toEqual([["youtube", null]]);
  });

  it("does not take an article's read-aloud control for an audio's title", () => {
    const clips = clipsOf(
      page(
        `<div data-testid="audio-player"><button aria-label="Listen to this article"><svg></svg></button><span>Listen to this article</span>
          <audio src="https://static01.nyt.com/narrated-articles/synthetic/article/2026/11/26/us/town.mp3" preload="none"></audio></div>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.kind, c.title])).toEqual([["audio", null]]);
  });
});

describe("podcast players", () => {
  it("takes a podcast's title from its wrapper's data, not the player's generic one", () => {
    const clips = clipsOf(
      page(`<div class="body-elements__podcast"><div class="podcast-player" data-podcast-episode-url="https://faz-podcast.podigee.io/512-neue-episode" data-podcast-title="FAZ Finanzen &amp; Immobilien: Lohnt sich die Bankaktie noch?">
          <iframe src="https://cdn.podigee.com/podigee-podcast-player/javascripts/podigee-podcast-player.html?configuration=https://faz-finanzen.podigee.io/512-neue-episode/embed?context=external" title="Podcast-Player" height="200"></iframe></div>
        <p class="podcast-caption">FAZ Finanzen &amp; Immobilien: Lohnt sich die Bankaktie noch? · 27.11.2025 · 34 Min.</p></div>`),
    );
    expect(clips.map((c) => [c.provider, c.title, c.duration])).toEqual([
      ["podigee", "FAZ Finanzen & Immobilien: Lohnt sich die Bankaktie noch?", 2040],
    ]);
  });

  it("does not take a German read-aloud control for the audio's title", () => {
    const clips = clipsOf(
      page(`<div class="audio-player"><audio preload="none" src="https://zeitonline.simplecastaudio.com/a1b2/episodes/7a8b/audio/128/default.mp3"></audio>
        <div class="audio-player__info"><span>Artikel hören</span><span>8:15</span></div><button class="audio-player__button" aria-label="Artikel anhören"></button></div>`),
    );
    expect(clips.map((c) => [c.kind, c.title, c.duration])).toEqual([["audio", null, 495]]);
  });
});

describe("players a script builds", () => {
  it("finds a JW Player container that its setup script fills, named for the site", () => {
    const clips = clipsOf(
      page(
        `<div class="VideoEnhancement"><div class="jwplayer" id="jwplayer_k7Lm2nPq"></div>
          <script>jwplayer("jwplayer_k7Lm2nPq").setup({"playlist":"https://cdn.jwplayer.com/v2/media/k7Lm2nPq"});</script>
          <p>Utility crews worked through the night to restore power after high winds toppled trees. (AP video: Mark Smith)</p></div>`,
        "en",
      ),
      "https://apnews.com/article/northeast-storm-power-outages-5f2a9c1e7b",
    );
    expect(clips.map((c) => [c.provider, c.kind])).toEqual([["apnews", "video"]]);
  });

  it("takes the clip's title from its play control's label", () => {
    const clips = clipsOf(
      page(
        `<figure><div data-testid="media-player"><button aria-label="Play video, &quot;Union leader: 'Our members have had enough'&quot;, duration 1 minute 52 seconds"><span>1:52</span></button></div>
          <figcaption><span class="visually-hidden">Media caption, </span>Union leader: 'Our members have had enough'</figcaption></figure>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([["Union leader: 'Our members have had enough'", 112]]);
  });
});

describe("titles as plain lines", () => {
  it("takes the line under a 'Video' badge for the title", () => {
    const clips = clipsOf(
      page(`<div class="x7y8z9"><div class="a0b1c2"><img src="/genf.jpg" alt=""><button class="d3e4f5" type="button" aria-label="Video abspielen"></button><span class="g6h7i8">Video</span></div>
        <div class="j9k0l1"><p class="m2n3o4">Rubio: "Enorme Fortschritte" bei Gesprächen in Genf</p>
          <p class="p5q6r7">US-Außenminister Rubio äußerte sich nach dem Treffen mit der ukrainischen Delegation zuversichtlich.</p><p class="s8t9u0">23.11.2025 | 1:52 min</p></div></div>`),
    );
    expect(clips.map((c) => [c.title, c.date, c.duration])).toEqual([
      ['Rubio: "Enorme Fortschritte" bei Gesprächen in Genf', "2025-11-23", 112],
    ]);
  });
});
