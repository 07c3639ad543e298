// Players and captions as more news sites print them, before their scripts run: one cause per test.
import { describe, expect, it } from "vitest";
import { clipsOf, page } from "./helpers";
import { readCaptionTimes } from "../../../src/clips/caption-times";
import { clipWords } from "../../../src/clips/words";

const json = (o: object) => JSON.stringify(o).replace(/'/g, "&#39;");

describe("player configs", () => {
  it("reads a playlist kept in a `data-playable` attribute (BBC)", () => {
    const playable = json({
      settings: { playlistObject: { title: "Drone footage shows flooded streets", items: [{ kind: "programme", duration: 95 }] } },
    });
    const clips = clipsOf(
      page(
        `<figure class="media-with-caption"><div class="media-player-wrapper"><div class="media-player" data-playable='${playable}'><img src="https://ichef.bbci.co.uk/news/640/p0k1.jpg" alt=""></div></div>
          <figcaption><span class="off-screen">Media caption, </span>Drone footage shows flooded streets in Hebden Bridge</figcaption></figure>`,
        "en",
      ),
      "https://www.bbc.co.uk/news/uk-england-67001234",
    );
    expect(clips.map((c) => [c.provider, c.title, c.duration])).toEqual([["bbc", "Drone footage shows flooded streets", 95]]);
  });

  it("finds a box named a player whose config sits in a data attribute of another name (WDR, Daily Mail)", () => {
    const wdr = clipsOf(
      page(`<div class="mod modStage"><div class="mediaplayer" data-extension='${json({ mediaObj: { url: "https://deviceids-medp.wdr.de/ondemand/312/3121234.js" } })}'><img src="/wuest.jpg" alt="Hendrik Wüst"></div>
        <div class="mediaInfo"><p class="mediaTitle">Wüst verspricht mehr Lehrkräfte</p><p class="mediaDate">WDR Studios NRW | 20.11.2025 | 01:52 Min.</p></div></div>`),
      "https://www1.wdr.de/nachrichten/landespolitik/lehrkraefte-wuest-100.html",
    );
    expect(wdr.map((c) => [c.title, c.date, c.duration])).toEqual([["Wüst verspricht mehr Lehrkräfte", "2025-11-20", 112]]);
    const mail = clipsOf(
      page(
        `<div class="mol-video" data-opts='${json({ title: "Reeves delivers Budget statement in Commons" })}'><div class="vjs-poster"></div><span class="vjs-duration">Duration 2:14</span></div>`,
        "en",
      ),
      "https://www.dailymail.co.uk/news/article-15321234/budget-reeves.html",
    );
    expect(mail.map((c) => c.duration)).toEqual([134]);
    // A box of that name with no config is no player, nor is a config without a player's name.
    expect(clipsOf(page(`<div class="mediaplayer"><img src="/a.jpg" alt=""></div>`), "https://www1.wdr.de/a.html")).toEqual([]);
    expect(
      clipsOf(
        page(`<div class="gallery" data-opts='{"autoplay":false}'><img src="/a.jpg" alt=""></div>`),
        "https://www.dailymail.co.uk/a.html",
      ),
    ).toEqual([]);
  });

  it("takes a placeholder's attribute named for a provider for that provider's clip, with its start", () => {
    const clips = clipsOf(
      page(`
        <div class="sz-embed sz-embed--youtube" data-youtube-id="Kj8Hg6Fd4Sa" data-start="42"><div class="sz-embed__consent">
          <p>Inhalte von YouTube laden</p><p>Wir würden hier gerne einen Inhalt von YouTube zeigen. Sie können sich diesen Inhalt mit einem Klick anzeigen lassen.</p>
          <button>Inhalt anzeigen</button></div></div>`),
    );
    expect(clips.map((c) => [c.provider, c.start, c.title])).toEqual([["youtube", 42, null]]);
  });

  it("finds an island that hydrates a provider's player, with its props as data (Guardian)", () => {
    const props = json({
      assetId: "Qw12Er34Ty5",
      mediaTitle: "Aerial footage shows scale of flooding in Valencia",
      duration: 147,
      expired: false,
    });
    const clips = clipsOf(
      page(
        `<figure><gu-island name="YoutubeBlockComponent" priority="critical" deferuntil="visible" props='${props}'>
          <div class="dcr-overlay"><img src="https://i.guim.co.uk/img/media/x.jpg" alt=""></div></gu-island>
          <figcaption>Aerial footage shows scale of flooding in Valencia – video</figcaption></figure>
        <p>Text between the two islands, long enough to keep them apart from each other.</p>
        <gu-island name="RichLinkComponent" props='{"url":"https://www.theguardian.com/world/other"}'></gu-island>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.provider, c.title, c.duration])).toEqual([
      ["youtube", "Aerial footage shows scale of flooding in Valencia", 147],
    ]);
  });
});

describe("titles the page sets in no heading", () => {
  it("takes a line whose class or test id names it a title, not a box of lines or a player menu", () => {
    const clips = clipsOf(
      page(
        `<figure class="videoEmbed"><div class="player-placeholder" data-video-id="2451234567890" data-media-type="video"><img src="/x.jpg" alt=""><button class="play-button" aria-label="Play video"></button></div>
          <figcaption><div class="video-title">Toronto digs out after record snowfall</div><div class="video-meta">Duration 2:04</div></figcaption></figure>
        <p>Text between the players, long enough to keep them apart from each other.</p>
        <div class="video-player"><div class="video-player__poster" data-video-id="OV123456122025RP1"><img src="/x.jpg" alt=""><button aria-label="Play video">Play</button></div>
          <div class="video-player__caption"><span data-testid="Heading">EU leaders arrive for tense budget talks</span><span class="duration">Duration 1:41</span></div></div>
        <p>Text between the players, long enough to keep them apart from each other.</p>
        <div class="media"><video controls src="/media/a.mp4"></video><ul class="vjs-menu-content" role="menu"><li class="vjs-menu-title">Chapters</li></ul>
          <div class="caption-title"><p>Line one of a box</p><p>Line two of a box</p></div></div>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([
      ["Toronto digs out after record snowfall", 124],
      ["EU leaders arrive for tense budget talks", 101],
      [null, null],
    ]);
  });

  it("strips a label naming the media library from an embed's title (ARD Audiothek)", () => {
    const [clip] = clipsOf(
      page(
        `<iframe src="https://www.ardaudiothek.de/embed/episode/urn:ard:episode:abc123def456/" width="100%" height="160" title="ARD Audiothek: Der Abriss der Carolabrücke"></iframe>`,
      ),
    );
    expect(clip).toMatchObject({ provider: "ard", kind: "audio", title: "Der Abriss der Carolabrücke" });
  });
});

describe("player notices after a few words", () => {
  it("are no caption: video.js's no-script notice, an apology, an autoplay countdown", () => {
    const clips = clipsOf(
      page(
        `<div class="story-video"><video class="video-js" controls poster="/img/bridge.jpg"><source src="https://cdn.example.com/video/bridge-fire.mp4" type="video/mp4">
            <p class="vjs-no-js">To view this video please enable JavaScript, and consider upgrading to a web browser that <a href="https://videojs.com/html5-video-support/">supports HTML5 video</a></p></video>
          <p>Sorry, your browser does not support embedded videos, but you can download it below.</p></div>
        <p>Text between the players, long enough to keep them apart from each other.</p>
        <div class="cnnplayer"><video controls src="/media/priest.mp4"></video><p>Your video will play in 00:25</p></div>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.caption, c.duration])).toEqual([
      [null, null],
      [null, null],
    ]);
    const w = clipWords("de");
    expect(w.notice.test("Hinweis: Video wird geladen …")).toBe(true);
    // Not a notice inside a sentence.
    expect(w.notice.test("Der Lkw wird am Montag vor der Halle geladen")).toBe(false);
  });
});

describe("slashed dates in Canada", () => {
  it("reads an English Canadian page's slashed date month first", () => {
    const date = (lang: string) =>
      clipsOf(
        page(
          `<figure><video src="/media/snow.mp4" controls></video><figcaption>Toronto digs out after the storm. 12/02/2025</figcaption></figure>`,
          lang,
        ),
        "https://www.cbc.ca/news/canada/toronto/snowstorm-1.7400000",
      )[0]?.date;
    expect(date("en-CA")).toBe("2025-12-02");
    expect(date("fr-CA")).toBe("2025-02-12");
  });
});

describe("play controls named in camel case", () => {
  it("finds a teaser whose control's class says PlayButton", () => {
    const clips = clipsOf(
      page(
        `<figure><img src="/a.jpg" alt=""><a href="#" class="teaser__PlayButton"></a><figcaption>Die Rede im Bundestag in voller Länge. 4:12 Min</figcaption></figure>`,
      ),
    );
    expect(clips.map((c) => c.duration)).toEqual([252]);
  });
});

describe("AMP pages and lazy sources", () => {
  it("finds AMP's media elements, a player's start passed as `data-param-start`, and a source kept in `data-src`", () => {
    const clips = clipsOf(
      page(
        `<amp-video width="640" height="360" layout="responsive" poster="/p.jpg" controls><source src="https://cdn.example.org/v/clip.mp4" type="video/mp4">
            <div fallback><p>Your browser doesn't support HTML5 video.</p></div></amp-video>
          <p>Text between the players, long enough to keep them apart from each other.</p>
          <amp-audio width="auto" height="50" src="https://cdn.example.org/a/episode.mp3"></amp-audio>
          <p>Text between the players, long enough to keep them apart from each other.</p>
          <amp-youtube data-videoid="mGENRKrdoGY" layout="responsive" width="480" height="270" data-param-start="30"></amp-youtube>
          <p>Text between the players, long enough to keep them apart from each other.</p>
          <figure><video controls preload="none" class="lazy"><source data-src="https://cdn.example.org/v/lazy.mp4" type="video/mp4"></video>
            <figcaption>Flood water rises in the town centre (0:42)</figcaption></figure>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.provider, c.kind, c.start, c.duration, c.caption])).toEqual([
      ["example", "video", null, null, null],
      ["example", "audio", null, null, null],
      ["youtube", "video", 30, null, null],
      ["example", "video", null, 42, "Flood water rises in the town centre (0:42)"],
    ]);
  });
});

describe("video teasers that are links", () => {
  it("leaves out a link to another page marked only by a play icon and a duration badge", () => {
    const clips = clipsOf(
      page(`
        <div class="teaser-absatz"><a href="/multimedia/video/video-1486700.html" class="teaser-absatz__link">
          <div class="teaser-absatz__media"><img src="/y.jpg" alt=""><span class="label label--video">Video</span><span class="duration">2:31 Min</span></div>
          <h3 class="teaser-absatz__headline">Bilder der Verwüstung aus Hamburg</h3></a></div>
        <p>Text zwischen den beiden Anrissen, lang genug, um sie auseinanderzuhalten.</p>
        <figure><a href="/video/bilder-hamburg-100.html" class="media__play"><img src="/y.jpg" alt=""></a><figcaption>Bilder der Verwüstung aus Hamburg. 2:31 Min</figcaption></figure>
        <p>Text zwischen den beiden Anrissen, lang genug, um sie auseinanderzuhalten.</p>
        <figure><a href="#" class="media__play" data-overlay="player"><img src="/z.jpg" alt=""></a><figcaption>Der Sturm über der Elbe. 1:10 Min</figcaption></figure>`),
    );
    // Only the control that opens a player on this page.
    expect(clips.map((c) => c.duration)).toEqual([70]);
  });

  it("reads the title and duration a play control says in its label, without the label's words", () => {
    const clips = clipsOf(
      page(
        `<div class="media-block"><img src="/p.jpg" alt=""><button aria-label='Play video, "Residents clear up after the storm", duration 2:35'></button></div>
        <p>Text between the players, long enough to keep them apart from each other.</p>
        <div class="inline-video"><a href="/video/2025/12/02/flood-footage" aria-label="Watch: Flood footage from Valencia, 2 minutes 10 seconds"><img src="/y.jpg" alt=""></a></div>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([
      ["Residents clear up after the storm", 155],
      ["Flood footage from Valencia", 130],
    ]);
  });
});

describe("regions that hold ads beside content", () => {
  it("keeps a player in a box whose class says it comes with ads", () => {
    const clips = clipsOf(
      page(`<div class="lightbox-content lightbox-content--with-ads"><video controls src="/media/rezept.mp4"></video></div>
        <div class="ad-slot"><video controls src="https://ads.example.com/spot.mp4"></video></div>`),
    );
    expect(clips.map((c) => c.src)).toEqual(["https://www.example.org/media/rezept.mp4"]);
  });
});

describe("JSON-LD media without a URL", () => {
  it("pairs with a known provider's player, which it does not contradict", () => {
    const ld = {
      "@context": "https://schema.org",
      "@type": "ReportageNewsArticle",
      headline: "New York ramps up mass burials",
      video: { "@type": "VideoObject", name: "Mass burials on Hart Island", duration: "PT51S", uploadDate: "2020-04-10T17:58:15+01:00" },
    };
    const clips = clipsOf(
      page(
        `<figure><iframe src="https://www.bbc.co.uk/news/av-embeds/52241221/vpid/p08960hj" title="Embedded media player"></iframe>
          <figcaption>Operations on the island have ramped up</figcaption></figure>`,
        "en",
        `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      ),
      "https://www.bbc.com/news/world-us-canada-52241221",
    );
    expect(clips.map((c) => [c.provider, c.title, c.date, c.duration])).toEqual([["bbc", "Mass burials on Hart Island", "2020-04-10", 51]]);
  });
});

describe("titles of players held as text and labels set off by a hyphen", () => {
  it("takes the title of an iframe kept in a noscript, and strips 'Play Video - '", () => {
    const clips = clipsOf(
      page(`
        <div class="js-embed-consent"><p><strong>Externer Inhalt nicht geladen</strong></p><p>Dieser Beitrag enthält Daten von YouTube.</p><button>Zustimmen</button>
          <noscript><iframe src="https://www.youtube.com/embed/Qw34Er56Ty7?start=12" title="Wahlkampfauftakt in Wien &amp; Graz" allowfullscreen></iframe></noscript></div>
        <p>Text zwischen den Spielern, lang genug, um sie auseinanderzuhalten.</p>
        <div class="site-video" data-video-id="6365111122223" data-provider="brightcove"><img src="/x.jpg" alt=""><button aria-label="Play Video - Waves batter seafront in Porthcawl"></button></div>`),
    );
    expect(clips.map((c) => [c.title, c.start])).toEqual([
      ["Wahlkampfauftakt in Wien & Graz", 12],
      ["Waves batter seafront in Porthcawl", null],
    ]);
  });
});

describe("outstream video slots", () => {
  it("leaves out the players of outstream networks, which choose their own clips", () => {
    const clips = clipsOf(
      page(
        `<div class="cnx-player-wrapper"><div id="cnx-player-1" data-player-id="6e1b2c3d-aaaa" class="connatix-player"></div></div>
        <p>Text between the players, long enough to keep them apart from each other.</p>
        <div id="primis_container_div" class="outstream" data-video-id="987654"><img src="/p.jpg" alt=""></div>
        <p>Text between the players, long enough to keep them apart from each other.</p>
        <div class="story-video" data-video-id="6365111122223"><img src="/x.jpg" alt=""></div>`,
        "en",
      ),
    );
    expect(clips).toHaveLength(1);
  });
});

describe("a caption set right after the player", () => {
  it("reads the title and duration of a caption block that follows a player standing alone", () => {
    const clips = clipsOf(
      page(
        `<div class="vjs-wrapper" data-media-id="70012345"><video class="dw-player" poster="/p.jpg" preload="none"><source src="https://cdn.example.com/budget.mp4" type="video/mp4"></video></div>
        <div class="video-caption"><h3>Budget deal reached after marathon talks</h3><span>02:31</span></div>
        <p>The coalition agreed on the budget after talks that lasted through the night and into the morning.</p>
        <div class="vjs-wrapper"><video poster="/q.jpg" preload="none"><source src="https://cdn.example.com/other.mp4" type="video/mp4"></video></div>
        <p>Lawmakers will vote on the plan next week, officials said after the talks ended on Tuesday.</p>`,
        "en",
      ),
    );
    // The paragraph after the second player is text, not its caption.
    expect(clips.map((c) => [c.title, c.duration])).toEqual([
      ["Budget deal reached after marathon talks", 151],
      [null, null],
    ]);
  });
});

describe("time spans that are no clip's length", () => {
  it("does not take a relative time or an article's reading time for a duration", () => {
    const clips = clipsOf(
      page(`
        <div class="lead"><div class="meta"><span>vor 2 Stunden</span> · <span>Lesezeit: 4 Min.</span></div>
          <div data-component="VideoPlayer" data-settings='{"mediaId":"f00d1234"}'><img src="/lead.jpg" alt=""></div></div>
        <p>Text zwischen den Spielern, lang genug, um sie auseinanderzuhalten.</p>
        <figure><video controls src="/media/rede.mp4"></video><figcaption><div>1 Min. Lesezeit</div><p>Die Rede der Ministerin im Bundestag. 3:12 Min</p></figcaption></figure>`),
    );
    expect(clips.map((c) => c.duration)).toEqual([null, 192]);
    const en = clipWords("en");
    expect([readCaptionTimes(["2 hours ago"], en).duration, readCaptionTimes(["5 min read"], en).duration]).toEqual([null, null]);
    expect(readCaptionTimes(["Listen · 3:58"], en).duration).toBe(238);
  });
});

describe("a site's player that plays a known provider's clip", () => {
  it("names the provider its config names, not the site", () => {
    const [clip] = clipsOf(
      page(`<div data-component="AudioPlayer" data-settings='{"audioUrl":"https://omny.fm/shows/die-lage/folge-42/embed","title":"Folge 42: Was heute wichtig ist"}'>
        <button aria-label="Audio abspielen"></button><span>45 Min</span></div>`),
      "https://www.spiegel.de/politik/podcast-lage-a-1234.html",
    );
    expect(clip).toMatchObject({ provider: "omny", kind: "audio", title: "Folge 42: Was heute wichtig ist", duration: 2700 });
  });
});
