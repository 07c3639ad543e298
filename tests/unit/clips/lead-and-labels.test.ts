// The lead video beside the headline above the article element, a caption's plain title line, and
// the provider of a site's own media file.
import { describe, expect, it } from "vitest";
import { clipsOf, page } from "./helpers";
import { domContext } from "../../../bench/clips";
import { parseDocument } from "../../../src/cli/parse-html";
import { findClips } from "../../../src/clips";
import { leadBoxes } from "../../../src/clips/lead";
import { TextSize } from "../../../src/clips/text-size";
import { UNIT_TEXT } from "../../../src/clips/unit";

const para = (s: string) =>
  `<p class="textabsatz">${s} Die Opposition kritisierte das Vorhaben scharf und kündigte Widerstand im Bundesrat an.</p>`;

describe("the lead video in the article's header", () => {
  // tagesschau.de: the headline and the lead player in a header box above the article element.
  const header = (media: string) => `
    <div class="seitenkopf">
      <div class="seitenkopf__data"><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Neues Gesetz</span>
        <span class="seitenkopf__headline--text">Bundestag beschließt neuen Wehrdienst</span></h1>
        <p class="metatextline">Stand: 05.12.2025 12:41 Uhr</p></div>
      ${media}
    </div>`;
  const lead = `<div class="seitenkopf__media">
        <div class="ts-mediaplayer" data-v='{"mc":{"_type":"video","_duration":134,"_mediaArray":[{"_mediaStreamArray":[{"_stream":"https://media.tagesschau.de/video/2025/1205/TV-20251205-1241-00.webm.h264.mp4"}]}]}}'></div>
        <div class="mediaplayer__meta"><p class="mediaplayer__title">Abstimmung im Bundestag</p><p class="mediaplayer__date">04.12.2025 | 2:14</p></div>
      </div>`;
  const tagesschau = (head: string) => `<!doctype html><html lang="de"><head><title>Wehrdienst</title></head><body>
    <header><nav><a href="/">tagesschau</a> <a href="/inland">Inland</a></nav></header>
    <main>${head}<article class="container">${para("Der Bundestag hat das neue Wehrdienstgesetz beschlossen.")}${para("Verteidigungsminister Boris Pistorius sprach von einem wichtigen Schritt.")}${para("Der Bundesrat muss dem Gesetz noch zustimmen.")}</article></main></body></html>`;

  it("finds a player set beside the headline, above the article element, with its own caption's date", () => {
    const clips = clipsOf(tagesschau(header(lead)), "https://www.tagesschau.de/inland/innenpolitik/wehrdienst-bundestag-100.html");
    expect(clips.map((c) => [c.provider, c.title, c.date, c.duration])).toEqual([["ard", "Abstimmung im Bundestag", "2025-12-04", 134]]);
  });

  it("takes the boxes from the headline down to the article, unless one holds more than a caption area's text", () => {
    const boxes = (between: string) => {
      const doc = parseDocument(tagesschau(`${header("")}${between}`));
      return leadBoxes(doc.querySelector("article")!, new TextSize(UNIT_TEXT + 1)).map((e) => e.className);
    };
    expect(boxes(lead)).toEqual(["seitenkopf", "seitenkopf__media"]);
    expect(boxes(`${lead}<div class="teaserleiste">${para("Weitere Meldungen aus dem Inland.").repeat(8)}</div>`)).toEqual([]);
  });

  it("does not take the page's headline for a lead player's title (ZDFheute)", () => {
    const html = `<!doctype html><html lang="de"><head><title>Rubio</title></head><body><main>
      <div class="article-header"><span class="kicker">Treffen in Brüssel</span><h1>Rubio sagt Nato-Außenministertreffen ab</h1>
        <div class="b-playerbox" data-zdfplayer-jsb='{"content":"https://api.zdf.de/content/documents/zdf/nachrichten/rubio-nato-absage-100.json"}'><button aria-label="Video abspielen"></button></div>
        <div class="player-info"><p>US-Außenminister Rubio erteilt der Nato eine Absage und wird nicht zum Treffen nach Brüssel reisen.</p><p>02.12.2025 | 0:28</p></div>
      </div>
      <article>${para("Die USA schicken zum Treffen der Nato-Außenminister nur einen Stellvertreter.")}${para("In Brüssel sorgte die Absage für Verwunderung.")}</article></main></body></html>`;
    const clips = clipsOf(html, "https://www.zdfheute.de/politik/ausland/nato-rubio-absage-100.html");
    expect(clips.map((c) => [c.provider, c.title, c.date, c.duration])).toEqual([["zdf", null, "2025-12-02", 28]]);
  });
});

describe("a caption's plain title line", () => {
  const figure = (caption: string) => `
    <figure class="relative"><div data-component="VideoPlayer" data-settings='{"videoId":"ab12cd34","duration":"PT2M11S"}'><img src="/belem.jpg" alt=""></div>
      <figcaption>${caption}</figcaption></figure>`;

  it("takes a short line above the teaser text for the clip's title (Spiegel)", () => {
    const clips = clipsOf(
      page(
        figure(
          `<p>Gipfel ohne Durchbruch</p><p>Aktivisten protestierten vor dem Konferenzgelände gegen die Ergebnisse.</p><span>Video: DER SPIEGEL</span>`,
        ),
      ),
      "https://www.spiegel.de/ausland/klimagipfel-belem-a-1234.html",
    );
    expect(clips.map((c) => [c.title, c.caption])).toEqual([
      ["Gipfel ohne Durchbruch", "Aktivisten protestierten vor dem Konferenzgelände gegen die Ergebnisse."],
    ]);
  });

  it("takes a short line above the line of date and duration for the title, when no teaser text follows (MDR)", () => {
    const clips = clipsOf(
      page(figure(`<p>Kretschmer sucht Mehrheit für Haushalt</p><p>MDR SACHSENSPIEGEL Mo 24.11.2025 19:00Uhr 02:14 min</p>`)),
      "https://www.mdr.de/nachrichten/sachsen/haushalt-kretschmer-100.html",
    );
    expect(clips.map((c) => [c.title, c.date, c.duration])).toEqual([["Kretschmer sucht Mehrheit für Haushalt", "2025-11-24", 134]]);
  });

  it("takes no kicker, credit, byline, meta line or skip link for a title", () => {
    const text = "<p>Aktivisten protestierten vor dem Konferenzgelände gegen die Ergebnisse.</p>";
    for (const top of ["Klimagipfel", "Foto: dpa", "Von Anna Müller", "28.11.2025 | 1:43", '<a href="#endVideo1">Video überspringen</a>'])
      expect(clipsOf(page(figure(`<p>${top}</p>${text}`)), "https://www.spiegel.de/a.html")[0]?.title).toBeNull();
  });
});

describe("a label line of date and duration", () => {
  it("reads 'date | m:ss' as the clip's date and duration, and takes it for no caption (AP)", () => {
    const clips = clipsOf(
      page(
        `<div class="VideoEnhancement"><video controls poster="/pope.jpg" src="https://assets.apnews.com/video/2025/11/28/pope-lebanon-arrival.mp4"></video>
          <div class="VideoEnhancement-info"><div class="VideoEnhancement-title">Pope Leo XIV lands in Beirut</div><div class="VideoEnhancement-meta">Nov. 28, 2025 | 1:12</div></div></div>`,
        "en",
      ),
      "https://apnews.com/article/pope-leo-lebanon-visit-7a6b5c4d3e2f",
    );
    expect(clips.map((c) => [c.provider, c.title, c.caption, c.date, c.duration])).toEqual([
      ["apnews", "Pope Leo XIV lands in Beirut", null, "2025-11-28", 72],
    ]);
  });
});

describe("a site's own media file", () => {
  const video = `<figure><video controls poster="/poster.jpg"><source src="https://video.zeit.de/2025/11/bahnstreik.mp4" type="video/mp4"></video>
    <figcaption>Reisende müssen sich am Montag auf Ausfälle im Fernverkehr einstellen.</figcaption></figure>`;

  it("is the site's clip, named after its domain, or 'html5' on a page without an address", () => {
    expect(clipsOf(page(video), "https://www.zeit.de/mobilitaet/2025-11/bahnstreik")[0]?.provider).toBe("zeit");
    expect(findClips(domContext(parseDocument(page(video)), null))[0]?.provider).toBe("html5");
  });
});

describe("a player in a live blog's entry", () => {
  // tagesschau.de's live blog: each entry a time, a headline, the entry's text, then a player with its subline.
  const entry = `<div class="liveblog__entry"><div class="liveblog__time"><time datetime="2025-11-24T08:45:00+01:00">08:45 Uhr</time></div>
    <h2 class="liveblog__headline">Rubio: "Enorme Fortschritte" in Genf</h2>
    <p class="textabsatz">Nach den Gesprächen in Genf hat sich US-Außenminister Marco Rubio zuversichtlich gezeigt. "Wir haben enorme Fortschritte gemacht", sagte Rubio vor Journalisten.</p>
    <div class="mediaplayer"><div class="ts-mediaplayer" data-config='{"mc":{"meta":{"title":"Rubio zu den Gesprächen in Genf"}},"streams":[{"media":[{"url":"https://media.tagesschau.de/video/2025/1124/TV-20251124-0845.webm.h264.mp4"}]}]}'></div>
      <p class="mediaplayer__subline">Rubio zu den Gesprächen in Genf, 24.11.2025 08:40 Uhr</p></div></div>`;

  it("takes neither the entry's text nor its subline of title and date for the caption", () => {
    const [clip] = clipsOf(page(entry), "https://www.tagesschau.de/newsticker/liveblog-ukraine-montag-100.html");
    expect([clip?.title, clip?.caption, clip?.date]).toEqual(["Rubio zu den Gesprächen in Genf", null, "2025-11-24"]);
  });
});
