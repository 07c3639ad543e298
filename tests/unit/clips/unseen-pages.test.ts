// Ways news pages embed clips that the gold pages do not show, one cause per test, in markup as the
// sites write it; then corpus pages where the same causes show.
import { describe, expect, it } from "vitest";
import { clipsOf, page } from "./helpers";
import { readCaptionTimes } from "../../../src/clips/caption-times";
import { clipWords } from "../../../src/clips/words";
import { trafilaturaPages } from "../../../bench/corpus";
import { domContext } from "../../../bench/clips";
import { parseDocument } from "../../../src/cli/parse-html";
import { findClips } from "../../../src/clips";

const ldScript = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const text = (n: number) =>
  Array.from(
    { length: n },
    () => "<p>Der Bericht beschreibt die Lage ausführlich und nennt viele Einzelheiten aus mehreren Quellen.</p>",
  ).join("");

describe("play controls", () => {
  it("reads the duration a page prints on the play button, and does not take its label for a title", () => {
    const clips = clipsOf(
      page(`
        <figure><div data-component="VideoPlayer" data-settings='{"mediaId":"a1"}'><img src="/a.jpg" alt="">
          <button aria-label="Video abspielen"><span>03:12</span></button></div>
          <figcaption><p>Zeitraffer: Lava fließt auf Grindavík zu</p></figcaption></figure>
        <figure><div><img src="/b.jpg" alt=""><button type="button"><span>Play</span><span><span class="visually-hidden">Duration </span><span>2:15</span></span></button></div>
          <figcaption>Drone footage shows the scale of flooding</figcaption></figure>`),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([
      [null, 192],
      [null, 135],
    ]);
  });
});

describe("titles and badges", () => {
  it("takes a player's own title without its play label, and a badge in its own element beside the title", () => {
    const clips = clipsOf(
      page(`
        <div class="site-video" data-video-id="6365111122223"><img src="/a.jpg" alt=""><button aria-label="Play video: Snow blankets Manchester Airport"></button>
          <div class="site-video__caption"><span>Snow blankets Manchester Airport</span><span>1:32</span></div></div>`),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([["Snow blankets Manchester Airport", 92]]);
  });

  it("takes a control labelled for listening for audio, and its bold label for no title", () => {
    const clips = clipsOf(
      page(
        `<div class="audio-module"><button type="button"><b><b>Listen</b> · <b>4:12</b></b></button>
          <p>Holiday travel is expected to break records this year</p></div>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.kind, c.title, c.duration])).toEqual([["audio", null, 252]]);
  });

  it("does not read a live-blog entry's time of day above its player as a duration", () => {
    const entry = (time: string, player: string) =>
      `<div class="entry"><div class="entry__time">${time}</div><h3>Neue Lage an der Front</h3><p>Die Armee meldet heftige Kämpfe im Osten des Landes.</p>${player}</div>`;
    const clips = clipsOf(
      page(
        entry("13:58", `<iframe src="https://www.youtube-nocookie.com/embed/Rf4Gh7Jk2Lm"></iframe>`) +
          entry("13:21", `<figure><video poster="/p.jpg"></video><span>0:47</span></figure>`),
      ),
    );
    expect(clips.map((c) => c.duration)).toEqual([null, 47]);
  });
});

describe("players that load later", () => {
  it("reads a player URL from any data attribute a consent tool names, but not a link's copy of its href", () => {
    const clips = clipsOf(
      page(`
        <div class="opt-in" data-opt-in-src="https://www.youtube-nocookie.com/embed/Zx9Yw8Vu7Ts?start=30">
          <p><strong>Externer Inhalt geladen</strong></p>
          <p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten übermittelt werden.</p>
          <button>Zustimmen</button></div>
        <p>Siehe <a href="https://www.youtube.com/watch?v=fH5dfOna6ak" data-original-href="https://www.youtube.com/watch?v=fH5dfOna6ak">die Messung</a> im Netz.</p>`),
    );
    // The consent note is neither the clip's title nor its caption.
    expect(clips).toEqual([expect.objectContaining({ provider: "youtube", start: 30, title: null, caption: null })]);
  });

  it("finds a player kept as inert markup in a template, noscript or text script", () => {
    const clips = clipsOf(
      page(`
        <div class="consent-box"><p>Um diesen Inhalt zu sehen, stimmen Sie bitte zu.</p><button>Zustimmen</button>
          <template><iframe src="https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5"></iframe></template></div>
        ${text(2)}
        <script type="text/x-template"><iframe src="https://player.vimeo.com/video/912345678#t=45s"></iframe></script>
        ${text(2)}
        <noscript><img src="/fallback.jpg" alt=""></noscript>`),
    );
    expect(clips.map((c) => [c.provider, c.kind, c.start])).toEqual([
      ["spotify", "audio", null],
      ["vimeo", "video", 45],
    ]);
  });

  it("finds a consent placeholder that links to the player's page beside its accept button", () => {
    const clips = clipsOf(
      page(`
        <div class="embed-placeholder"><p>Empfohlener externer Inhalt</p><button type="button">Inhalt anzeigen</button>
          <p><a href="https://www.youtube.com/watch?v=Hg5Fd4Sa3Qw&amp;t=1m30s">Video direkt auf YouTube ansehen</a></p></div>
        <p>Mehr dazu <a href="https://www.youtube.com/watch?v=aaaaaaaaaaa">in diesem Video</a> des Herstellers.</p>`),
    );
    expect(clips.map((c) => [c.provider, c.start])).toEqual([["youtube", 90]]);
  });

  it("knows a custom element named for its provider, not one for a social post", () => {
    const clips = clipsOf(
      page(`<lite-youtube videoid="Xk4Lm9Qp2Rs"></lite-youtube>${text(2)}<amp-twitter data-tweetid="1311697819384844290"></amp-twitter>`),
    );
    expect(clips.map((c) => [c.provider, c.kind])).toEqual([["youtube", "video"]]);
  });

  it("takes an embed on a publisher's media host for a player, and a silent looping video for none", () => {
    const clips = clipsOf(
      page(`
        <iframe src="https://video.corriere.it/embed/politica/manovra-fiducia/a1b2c3d4?autoplay=false"></iframe>${text(1)}
        <iframe src="https://www.arte.tv/embeds/de/118234-000-A?autoplay=false"></iframe>${text(1)}
        <iframe src="https://player.example-radio.net/index.html?episode=4711"></iframe>${text(1)}
        <iframe src="https://static.example.org/embed/wahlrechner"></iframe>${text(1)}
        <video autoplay muted loop playsinline poster="/gif.jpg"><source src="/media/animation.mp4"></video>`),
    );
    expect(clips.map((c) => c.provider)).toEqual(["corriere", "arte", "example-radio"]);
  });

  it("knows the video platforms and podcast hosts publishers embed", () => {
    const clips = clipsOf(
      page(`
        <iframe src="https://players.brightcove.net/4032828478001/default_default/index.html?videoId=6365000000999"></iframe>${text(1)}
        <iframe src="https://cdn.jwplayer.com/players/AbCdEf12-QwErTy12.html"></iframe>${text(1)}
        <iframe src="https://www.ardaudiothek.de/embed/episode/urn:ard:episode:8a3b2c1d0e9f8a7b/"></iframe>${text(1)}
        <iframe src="https://embed.acast.com/aufdenpunkt/folge-12"></iframe>${text(1)}
        <iframe src="https://art19.com/shows/playbook/episodes/0a1b2c3d-4e5f/embed"></iframe>${text(1)}
        <iframe src="https://player.ausha.co/index.html?podcastId=bNqXvi4m8Yk1&amp;v=3"></iframe>`),
    );
    expect(clips.map((c) => [c.provider, c.kind])).toEqual([
      ["brightcove", "video"],
      ["jwplayer", "video"],
      ["ard", "audio"],
      ["acast", "audio"],
      ["art19", "audio"],
      ["ausha", "audio"],
    ]);
  });
});

describe("player metadata", () => {
  it("takes the kind from a player's data attribute names, also after the site's own word", () => {
    const clips = clipsOf(
      page(`
        <div class="player" data-audio-player='{"title":"Interview: Johannes Winkel","src":"https://cdn.example.org/a/interview.mp3"}'></div>${text(2)}
        <div class="media-still" data-app-audio-urn="urn:srf:audio:9f8e7d6c"><button type="button">Audio abspielen</button></div>`),
    );
    expect(clips.map((c) => [c.kind, c.title])).toEqual([
      ["audio", "Interview: Johannes Winkel"],
      ["audio", null],
    ]);
  });

  it("finds a provider's player script that names its clip, not the provider's library", () => {
    const clips = clipsOf(
      page(
        `<div><script src="https://geo.dailymotion.com/player/x9abc.js" data-video="x8q7w6e"></script>
          <p>Les images de la tempête à Brest. (Vidéo : Ouest-France, 1 min 12)</p></div>${text(2)}
        <script src="https://geo.dailymotion.com/libs/player.js"></script>`,
        "fr",
      ),
    );
    expect(clips.map((c) => [c.provider, c.duration])).toEqual([["dailymotion", 72]]);
  });

  it("reads config keys with a player's word before them and publication dates", () => {
    const config = { headline: "Erste Hilfslieferungen", durationInSeconds: 151, publicationDate: "2026-11-27T08:15:00Z" };
    const clips = clipsOf(
      page(`
        <div data-component="VideoPlayer" data-video-config='${JSON.stringify(config)}'></div>${text(2)}
        <div class="jwplayer" data-jw-media-id="AbCdEf12" data-jw-title="Warum Wohnen so teuer ist" data-clip-duration="252"></div>`),
    );
    expect(clips.map((c) => [c.title, c.date, c.duration])).toEqual([
      ["Erste Hilfslieferungen", "2026-11-27", 151],
      ["Warum Wohnen so teuer ist", null, 252],
    ]);
  });

  it("reads a VideoObject's microdata in the caption area, not its publisher's", () => {
    const clips = clipsOf(
      page(`
        <div itemscope itemtype="http://schema.org/VideoObject"><video poster="/p.jpg"></video>
          <div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="CHIP Online"></div>
          <meta itemprop="name" content="Beef Maker im Praxistest"><meta itemprop="duration" content="PT3M52S">
          <meta itemprop="uploadDate" content="2018-08-28T10:05:22.000Z"></div>`),
    );
    expect(clips.map((c) => [c.title, c.date, c.duration])).toEqual([["Beef Maker im Praxistest", "2018-08-28", 232]]);
  });

  it("reads a podcast episode's file and length from its JSON-LD", () => {
    const episode = {
      "@context": "https://schema.org",
      "@type": "PodcastEpisode",
      name: "Folge 123: Wie sicher ist die Rente?",
      datePublished: "2026-11-27",
      associatedMedia: { "@type": "MediaObject", contentUrl: "https://cdn.example.org/podcast/folge-123.mp3", duration: "PT45M12S" },
    };
    const clips = clipsOf(
      page(
        `<div><audio controls src="https://cdn.example.org/podcast/folge-123.mp3"></audio><p>Folge 123 · 45 Min</p></div>`,
        "de",
        ldScript(episode),
      ),
    );
    expect(clips.map((c) => [c.kind, c.title, c.date, c.duration])).toEqual([
      ["audio", "Folge 123: Wie sicher ist die Rente?", "2026-11-27", 2712],
    ]);
  });

  it("attaches a VideoObject whose name begins a caption line that goes on with a credit", () => {
    const video = {
      "@context": "https://schema.org",
      "@type": "VideoObject",
      name: "Delegierte feiern Abschluss der Konferenz",
      duration: "PT1M58S",
    };
    const clips = clipsOf(
      page(
        `
        <figure><video-js data-video-id="6365000000112" data-player="default"></video-js>
          <figcaption><span>Delegierte feiern Abschluss der Konferenz</span> <span>Video: Reuters, Bild: AP</span></figcaption></figure>
        ${text(2)}
        <div class="jw" data-jw-player-id="QwErTy12"></div>`,
        "de",
        ldScript(video),
      ),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([
      ["Delegierte feiern Abschluss der Konferenz", 118],
      [null, null],
    ]);
  });

  it("keeps a short article's paragraphs out of a clip's caption", () => {
    const clips = clipsOf(
      `<html lang="en"><body><article><h1>Prisoner exchange</h1>
        <div class="body"><p>${"Ukraine and Russia exchanged more than 300 prisoners of war on Thursday, officials said. ".repeat(2)}</p>
        <div class="enhancement"><div data-video-id="8a1b" data-media-type="video"><video poster="/t.jpg"></video></div>
          <div class="caption">Zelenskyy thanks mediators after the exchange. (Nov. 26, 2026) (0:58)</div></div>
        <p>${"Families of missing soldiers gathered near the border, hoping for news of their relatives. ".repeat(2)}</p></div></article></body></html>`,
    );
    expect(clips.map((c) => [c.caption, c.date, c.duration])).toEqual([
      ["Zelenskyy thanks mediators after the exchange. (Nov. 26, 2026) (0:58)", "2026-11-26", 58],
    ]);
  });
});

describe("caption times", () => {
  const read = (line: string, lang: string) => readCaptionTimes([line], clipWords(lang));

  it("reads a bare clock in brackets closing a caption as its duration, also after a date", () => {
    expect(read("Council members debate the plan on Tuesday night. (1:14)", "en").duration).toBe(74);
    expect(read("Zelenskyy thanks mediators. (Nov. 26, 2026) (0:58)", "en")).toMatchObject({ date: "2026-11-26", duration: 58 });
    expect(read("Die Rede beginnt um 14:30 auf dem Marktplatz vor dem Rathaus.", "de").duration).toBeNull();
  });

  it("reads slashed dates in the language's order, and a day above 12 in any", () => {
    expect(read("Vidéo publiée le 26/11/2026 · Durée : 2 min 34 s", "fr")).toMatchObject({ date: "2026-11-26", duration: 154 });
    expect(read("Posted 05/11/2026", "fr").date).toBe("2026-11-05");
    expect(read("Posted 05/11/2026", "en").date).toBe("2026-05-11");
    expect(read("Posted 26/11/2026", "en").date).toBe("2026-11-26");
    expect(read("Score 3/4/2026", "de").date).toBe("2026-04-03");
  });
});

describe("teasers of other pages", () => {
  it("leaves out a rail labelled without a heading element ('Mehr Videos', 'More videos')", () => {
    const rail = (label: string) => `
      <div class="carousel"><div class="carousel__headline">${label}</div>
        <div class="item"><a href="/v/1"><button aria-label="Video abspielen"></button><span>01:24 min</span><h3>Panda-Geburt</h3></a></div>
        <div class="item"><video preload="none" poster="/v2.jpg"><source src="https://cdn.example.org/v/2.mp4"></video><p>School board</p><span>3:45</span></div>
      </div>`;
    const own = `<video controls poster="/own.jpg"><source src="https://cdn.example.org/v/own.mp4"></video>`;
    expect(clipsOf(page(`${own}${text(2)}${rail("Mehr Videos")}`)).map((c) => c.src)).toEqual(["https://cdn.example.org/v/own.mp4"]);
    expect(clipsOf(page(`${own}${text(2)}${rail("More videos")}`, "en")).map((c) => c.src)).toEqual(["https://cdn.example.org/v/own.mp4"]);
  });

  it("leaves out a sidebar's embeds after the page's 'Mehr zum Thema' label (corpus)", () => {
    const p = trafilaturaPages().find((x) => x.file === "sonntag-sachsen.de.emanuel.html")!;
    expect(p.html).toContain("<strong>Mehr zum Thema</strong>");
    expect(findClips(domContext(parseDocument(p.html), p.url)).filter((c) => c.provider === "youtube")).toEqual([]);
  });

  it("leaves out a recommendation box's video, keeping the article's own (corpus)", () => {
    const p = trafilaturaPages().find((x) => x.file === "0a24692a9ea846c1819bd6a5f92a8874.html")!;
    expect(p.html).toContain('class="story-recommendations"');
    const clips = findClips(domContext(parseDocument(p.html), p.url));
    expect(clips.map((c) => c.provider)).toEqual(["kaltura"]);
    expect(clips[0]!.caption).toMatch(/^Video: watson/);
  });
});
