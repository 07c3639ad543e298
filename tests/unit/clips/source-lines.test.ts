// Players and captions as SRF, Sky News and AP print them: a duration opening its source line, a
// title quoted inside the player's play label, a platform named in a data attribute or in JSON-LD.
import { describe, expect, it } from "vitest";
import { clipsOf, page } from "./helpers";

const ldScript = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe("captions and labels", () => {
  it("reads a duration that opens the caption's source line, after the title beside it", () => {
    const clips = clipsOf(
      page(`
        <div class="media-still media-still--audio"><div class="audio-player" data-urn="urn:srf:audio:5a4b3c2d"><button class="audio-player__play" aria-label="Audio abspielen"></button>
          <div class="media-caption"><span class="media-caption__title">Warum die Initiative keine Chance hatte</span><span class="media-caption__description">4:32 min, aus Echo der Zeit vom 30.11.2025.</span></div></div></div>`),
      "https://www.srf.ch/news/schweiz/abstimmung",
    );
    expect(clips.map((c) => [c.kind, c.title, c.date, c.duration])).toEqual([
      ["audio", "Warum die Initiative keine Chance hatte", "2025-11-30", 272],
    ]);
  });

  it("reads a duration with its unit that opens a statement before a credit", () => {
    const clips = clipsOf(
      page(`
        <figure class="amp-video-figure"><amp-video controls width="640" height="360" layout="responsive" poster="/eisbaeren-poster.jpg"><source src="/uploads/2025/12/eisbaeren-zwillinge.mp4" type="video/mp4"></amp-video>
          <figcaption>Die Eisbär-Zwillinge bei ihrem ersten Ausflug. 0:47 Min. Video: Tierpark Hagenbeck</figcaption></figure>`),
    );
    expect(clips.map((c) => c.duration)).toEqual([47]);
  });

  it("takes no title from a play label that only states the duration in a sentence of its own", () => {
    const clips = clipsOf(
      page(
        `<figure><div data-component="VideoPlayer" data-uri="coremedia://video/105891300"><img src="/bushfire.jpg" alt="">
          <button data-component="PlayButton" aria-label="Play Video. Duration: 1 minute 38 seconds"></button></div>
          <figcaption><p>Firefighters are battling a blaze near Mount Victoria.</p><p>1m 38s</p></figcaption></figure>`,
        "en",
      ),
    );
    expect(clips.map((c) => [c.title, c.duration])).toEqual([[null, 98]]);
  });

  it("takes the title quoted inside a player's play label, not the label", () => {
    const clips = clipsOf(
      page(`
        <div class="media-still media-still--video"><iframe class="srg-player" title="Video «Service-citoyen: Deutliches Nein an der Urne» abspielen"
          src="https://www.srf.ch/play/embed?urn=urn:srf:video:7c3e5f2a&amp;subdivisions=false&amp;startTime=45" allowfullscreen></iframe>
          <div class="media-caption"><span class="media-caption__description">Aus Tagesschau vom 30.11.2025.</span></div></div>`),
      "https://www.srf.ch/news/schweiz/abstimmung",
    );
    expect(clips.map((c) => [c.title, c.date, c.start])).toEqual([["Service-citoyen: Deutliches Nein an der Urne", "2025-11-30", 45]]);
  });
});

describe("play labels", () => {
  it("takes the title a lite-youtube element states in its play label", () => {
    const clips = clipsOf(
      page(`
        <div class="embed embed--youtube"><lite-youtube videoid="pQ4rS8tU2vW" params="start=62&amp;rel=0" playlabel="Play: Hallstatt: Ein Dorf im Ausnahmezustand | ORF Dok"></lite-youtube>
          <p class="embed__caption">Eine ORF-Dokumentation zeigt den Alltag im Dorf. (Video: ORF)</p></div>`),
    );
    expect(clips.map((c) => [c.provider, c.title, c.start])).toEqual([["youtube", "Hallstatt: Ein Dorf im Ausnahmezustand | ORF Dok", 62]]);
  });
});

describe("platforms", () => {
  it("reports the platform a player's data attribute names, not the site's name", () => {
    const clips = clipsOf(
      page(
        `<div class="sdc-article-video"><div class="sdc-article-video__media" data-sdc-video-id="6383812345112" data-account-id="6058004172001" data-provider="brightcove" data-player-id="default">
          <img src="/lords.jpg" alt=""><button class="sdc-article-video__play" aria-label="Play video"></button></div>
          <div class="sdc-article-video__caption"><span class="sdc-article-video__caption-title">Lord Falconer defends assisted dying bill in the Lords</span><span>1:58</span></div></div>`,
        "en",
      ),
      "https://news.sky.com/story/assisted-dying-bill-13470123",
    );
    expect(clips.map((c) => [c.provider, c.title, c.duration])).toEqual([
      ["brightcove", "Lord Falconer defends assisted dying bill in the Lords", 118],
    ]);
  });

  it("reports the platform the JSON-LD of a placeholder's clip names, not the site's name", () => {
    const ld = ldScript({
      "@context": "http://schema.org",
      "@type": "VideoObject",
      name: "Aerial video shows destruction in western Jamaica",
      uploadDate: "2025-10-30T12:05:00Z",
      duration: "PT1M4S",
      embedUrl: "https://cdn.jwplayer.com/players/aBcD1234-XyZ98765.html",
    });
    const clips = clipsOf(
      page(
        `<div class="VideoLead"><bsp-jw-player class="JwPlayerView" data-media-id="aBcD1234" data-player-id="XyZ98765"><img src="/melissa.jpg" alt=""></bsp-jw-player>
          <div class="VideoLead-caption"><p>Drone footage shows flattened homes and flooded streets in Black River after Hurricane Melissa.</p></div></div>`,
        "en",
        ld,
      ),
      "https://apnews.com/article/hurricane-melissa-jamaica-recovery",
    );
    expect(clips.map((c) => [c.provider, c.date, c.duration])).toEqual([["jwplayer", "2025-10-30", 64]]);
  });

  it("finds a placeholder that names its video platform, and the duration closing its credit line", () => {
    const clips = clipsOf(
      page(`
        <figure class="sz-article-body__video"><div class="sz-video" data-video-provider="glomex" data-playlist-id="v-d1a2b3c4d5e6" data-integration-id="4059a11hkdzuf0pkx">
          <div class="sz-video__poster"><img src="/tram-poster.jpg" alt=""><button class="sz-video__play" aria-label="Video abspielen"></button></div></div>
          <figcaption class="sz-video__caption"><span class="sz-video__title">Erste Fahrt auf der neuen Strecke</span><span class="sz-video__meta">Video: SZ/Florian Peljak · 1:24</span></figcaption></figure>`),
      "https://www.sueddeutsche.de/muenchen/tram-westtangente-eroeffnung-li.3345678",
    );
    expect(clips.map((c) => [c.provider, c.title, c.duration])).toEqual([["glomex", "Erste Fahrt auf der neuen Strecke", 84]]);
  });

  it("takes no share button's provider value for a player", () => {
    const clips = clipsOf(
      page(
        `<ul class="share"><li><a href="https://www.youtube.com/@tagesschau" data-provider="youtube" data-track="follow">YouTube</a></li></ul>`,
      ),
    );
    expect(clips).toEqual([]);
  });

  it("still names a placeholder that names no platform by the site", () => {
    const clips = clipsOf(
      page(
        `<figure><div class="video-player" data-video-id="a1b2c3"><img src="/a.jpg" alt=""></div><figcaption>Der Brand aus der Luft</figcaption></figure>`,
      ),
      "https://www.augsburger-allgemeine.de/augsburg/grossbrand-id71234567.html",
    );
    expect(clips.map((c) => c.provider)).toEqual(["augsburger-allgemeine"]);
  });
});
