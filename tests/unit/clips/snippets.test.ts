// Focused pages: each shows one way pages embed clips, in markup as real sites write it.
import { describe, expect, it } from "vitest";
import { clipsOf, page } from "./helpers";
import { trafilaturaPages } from "../../../bench/corpus";
import { domContext } from "../../../bench/clips";
import { parseDocument } from "../../../src/cli/parse-html";
import { findClips } from "../../../src/clips";

const ldScript = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe("players in the article", () => {
  it("finds media elements and embeds in page order, with provider, kind, src and start", () => {
    const clips = clipsOf(
      page(`
        <figure><video src="/media/clip.mp4#t=12" controls></video><figcaption>Die Feuerwehr löscht den Brand in der Altstadt. Dauer: 1:05</figcaption></figure>
        <p>Zwischentext.</p>
        <iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"></iframe>
        <audio><source src="https://cdn.example.org/podcast/folge-12.mp3" type="audio/mpeg"></audio>
        <iframe src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk"></iframe>`),
    );
    expect(clips.map((c) => [c.provider, c.kind, c.start])).toEqual([
      ["example", "video", 12],
      ["youtube", "video", 90],
      ["example", "audio", null],
      ["spotify", "audio", null],
    ]);
    expect(clips[0]).toMatchObject({ src: "https://www.example.org/media/clip.mp4#t=12", duration: 65 });
    expect(clips[0]!.caption).toMatch(/^Die Feuerwehr/);
    const positions = clips.map((c) => c.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("takes an embed's own title, not one that only names the player", () => {
    const clips = clipsOf(
      page(
        `<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" title="Pressekonferenz des Bürgermeisters"></iframe>
        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb" title="YouTube video player"></iframe>
        <iframe src="https://player.vimeo.com/video/123456" aria-label="Eingebetteter Inhalt"></iframe>`,
      ),
    );
    expect(clips.map((c) => c.title)).toEqual(["Pressekonferenz des Bürgermeisters", null, null]);
  });

  it("takes the title of a real page's YouTube embed (corpus)", () => {
    const p = trafilaturaPages().find((x) => x.file === "plantcaretoday.com.bougainvillea.html")!;
    expect(findClips(domContext(parseDocument(p.html), p.url)).map((c) => [c.provider, c.title])).toEqual([["youtube", "Bougainvilleas"]]);
  });

  it("does not take ad frames, hidden polyfill videos or widgets for clips", () => {
    const clips = clipsOf(
      page(`
        <div class="ad-slot"><iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe></div>
        <video style="display:none"><source srcset="/img/a.jpg"></video>
        <iframe src="https://smartasset.com/embed/retirementcalculator"></iframe>`),
    );
    expect(clips).toEqual([]);
  });

  it("reads a placeholder described by data attributes, with a JSON config", () => {
    const config = { mc: { _type: "video", _title: "Tagesschau in 100 Sekunden", _duration: 100 } };
    const clips = clipsOf(page(`<div class="mediaplayer" data-config='${JSON.stringify(config)}'></div>`));
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ kind: "video", title: "Tagesschau in 100 Sekunden", duration: 100, provider: "example" });
  });

  it("reads a player component configured by a JSON attribute", () => {
    const config = { mc: { _title: "Datenleck bei Rheinmetall", _duration: 154, _mediaArray: [] } };
    const clips = clipsOf(page(`<div class="mediaplayer" data-v-type="MediaPlayer" data-v='${JSON.stringify(config)}'></div>`));
    expect(clips.map((c) => [c.title, c.duration])).toEqual([["Datenleck bei Rheinmetall", 154]]);
  });

  it("reads players that load later: consent placeholders, Facebook's markup, Podigee's script", () => {
    const clips = clipsOf(
      page(`
        <div class="embed-consent" data-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?t=1m30s"><button>Inhalt laden</button></div>
        <div class="fb-video" data-href="https://www.facebook.com/zdfheute/videos/1234567890/"></div>
        <script class="podigee-podcast-player" src="https://player.podigee-cdn.net/podcast-player/javascripts/podigee-podcast-player.js"
          data-configuration="https://example.podigee.io/12-folge/embed?context=external"></script>`),
    );
    expect(clips.map((c) => [c.provider, c.kind, c.start])).toEqual([
      ["youtube", "video", 90],
      ["facebook", "video", null],
      ["podigee", "audio", null],
    ]);
  });

  it("reads a Twitter/X video embed", () => {
    const clips = clipsOf(
      page(`<blockquote class="twitter-video"><p>Ein Video</p><a href="https://twitter.com/user/status/1234567890">Link</a></blockquote>`),
    );
    expect(clips.map((c) => [c.provider, c.src])).toEqual([["twitter", "https://twitter.com/user/status/1234567890"]]);
  });
});

describe("captions", () => {
  it("counts a caption the page renders twice (a screen-reader copy) once", () => {
    const clips = clipsOf(
      page(`
        <div class="video-module">
          <div class="playerbox" data-player-id="sport-100"></div>
          <div class="caption">
            <p>New York ist das Epizentrum der Pandemie in den USA. Auch der Sport steht still.</p>
            <dl><dt class="visuallyhidden">2 min </dt><span>2 min</span><dt class="visuallyhidden">04.04.2020 </dt><span>04.04.2020</span></dl>
            <dl><dt>Video verfügbar bis 28.02.2021</dt></dl>
          </div>
        </div>`),
    );
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ date: "2020-04-04", duration: 120 });
  });

  it("finds a teaser that opens a player on click by its play control and duration", () => {
    const teaser = (text: string, info: string) =>
      `<figure><button type="button"><span class="visually-hidden">Video abspielen</span>▶</button><figcaption><p>${text}</p><p>${info}</p></figcaption></figure>`;
    const clips = clipsOf(
      page(
        teaser("Die Außenminister beraten in Brüssel über die Ukraine.", "02.12.2025 | 0:28 min") +
          `<figure><button type="button">Vergrößern</button><img src="/a.jpg" alt=""><figcaption>Ein Bild ohne Film.</figcaption></figure>` +
          `<div class="teaser"><a href="/video/gipfel-100.html" aria-label="Video abspielen"><img src="/b.jpg" alt=""></a><p>Der Gipfel in Bildern.</p><span>Dauer: 1:02:03</span></div>`,
      ),
    );
    expect(clips.map((c) => [c.date, c.duration])).toEqual([
      ["2025-12-02", 28],
      [null, 3723],
    ]);
  });
});

describe("JSON-LD", () => {
  const video = {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: "US-Sport in Zeiten von Corona",
    description: "New York ist das Epizentrum der Corona-Pandemie in den USA.",
    uploadDate: "2020-04-04T20:57:00.000+02:00",
    duration: "PT156S",
    expires: "2021-02-28T23:59:00+01:00",
  };

  it("merges a VideoObject into the player it describes, preferring its exact seconds", () => {
    const clips = clipsOf(
      page(`
        ${ldScript(video)}
        <div class="video"><div data-player-id="us-sport-corona-100"></div>
          <p>New York ist das Epizentrum der Corona-Pandemie in den USA. Auch der Sport ist zum Stillstand gekommen.</p>
          <p>2 min | 04.04.2020</p></div>`),
    );
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ title: "US-Sport in Zeiten von Corona", date: "2020-04-04", duration: 156 });
  });

  it("does not pair a player with a medium of another provider", () => {
    const clips = clipsOf(
      page(
        `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>`,
        "de",
        ldScript({ ...video, contentUrl: "https://cdn.example.org/v.mp4" }),
      ),
    );
    expect(clips.map((c) => [c.provider, c.date])).toEqual([
      ["example", "2020-04-04"],
      ["youtube", null],
    ]);
  });

  it("lists media known only from JSON-LD, with uploadDate, duration and a Clip's offsets", () => {
    const clip = {
      "@context": "https://schema.org",
      "@type": "Clip",
      name: "Die Rede",
      startOffset: 30,
      endOffset: 90,
      url: "https://www.example.org/v/1",
    };
    const audio = {
      "@context": "https://schema.org",
      "@type": "AudioObject",
      name: "Podcast",
      contentUrl: "https://www.example.org/a.mp3",
      duration: "PT1H2M3S",
    };
    const clips = clipsOf(page("", "en", ldScript({ "@graph": [video, clip, audio] })));
    expect(clips.map((c) => [c.kind, c.title, c.date, c.duration, c.start])).toEqual([
      ["video", "US-Sport in Zeiten von Corona", "2020-04-04", 156, null],
      ["video", "Die Rede", null, 60, 30],
      ["audio", "Podcast", null, 3723, null],
    ]);
  });

  it("takes the start offset a SeekToAction template names, and not a video's chapters as clips", () => {
    const withChapters = {
      ...video,
      embedUrl: "https://www.example.org/player/1?at_second=42",
      hasPart: [{ "@type": "Clip", name: "Kapitel 1", startOffset: 0, endOffset: 40 }],
      potentialAction: { "@type": "SeekToAction", target: "https://www.example.org/player/1?at_second={seek_to_second_number}" },
    };
    const clips = clipsOf(page("", "de", ldScript(withChapters)));
    expect(clips.map((c) => c.start)).toEqual([42]);
  });
});

describe("teasers of other pages", () => {
  it("leaves out related videos, teaser lists, asides and nested article cards", () => {
    const html = page(
      `<figure data-player-id="eigener-clip"><figcaption><p>Der eigene Clip des Artikels zeigt die Lage.</p><p>02.12.2025 | 0:28 min</p></figcaption></figure>
       <aside><iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe></aside>
       <article class="card"><div data-video-id="other-1"></div><h3>Ein anderer Beitrag</h3></article>
       <section><h2>Mehr zum Thema</h2><figure data-player-id="fremd"><figcaption>01.12.2025 | 2:10 min</figcaption></figure></section>
       <ul><li><a href="/a"><div data-video-id="a"></div>A</a></li><li><a href="/b"><div data-video-id="b"></div>B</a></li></ul>`,
    );
    expect(clipsOf(html).map((c) => c.date)).toEqual(["2025-12-02"]);
  });
});
