// Players' own start attributes, Instagram reels, player notices, glued caption spans and the page's region.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/cli/parse-html";
import { captionLines } from "../../../src/clips/caption-lines";
import { clipsOf, page } from "./helpers";

describe("start offsets in a custom player's attributes", () => {
  it("reads the player query of `params` and a `start` attribute", () => {
    const clips = clipsOf(
      page(`
        <lite-youtube videoid="Xk4Lm9Qp2Rs" params="start=75&amp;rel=0"></lite-youtube>
        <p>Zwischentext.</p>
        <lite-vimeo videoid="123456789" start="1m30s"></lite-vimeo>
        <p>Zwischentext.</p>
        <lite-youtube videoid="Ab4Lm9Qp2Rs" params="rel=0"></lite-youtube>`),
    );
    expect(clips.map((c) => [c.provider, c.start])).toEqual([
      ["youtube", 75],
      ["vimeo", 90],
      ["youtube", null],
    ]);
  });
});

describe("Instagram", () => {
  it("takes reels as videos, embedded as a frame or a blockquote, and leaves posts out", () => {
    const clips = clipsOf(
      page(`
        <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/C9xYzAbCdEf/?utm_source=ig_embed"><a href="https://www.instagram.com/reel/C9xYzAbCdEf/">View this post on Instagram</a></blockquote>
        <p>Zwischentext.</p>
        <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C8aBcDeFgHi/"><a href="https://www.instagram.com/p/C8aBcDeFgHi/">View this post on Instagram</a></blockquote>
        <p>Zwischentext.</p>
        <iframe src="https://www.instagram.com/reel/C7qRsTuVwXy/embed"></iframe>
        <p>Zwischentext.</p>
        <iframe src="https://www.instagram.com/p/C6jKlMnOpQr/embed"></iframe>`),
    );
    expect(clips.map((c) => [c.provider, c.kind, c.src])).toEqual([
      ["instagram", "video", "https://www.instagram.com/reel/C9xYzAbCdEf/?utm_source=ig_embed"],
      ["instagram", "video", "https://www.instagram.com/reel/C7qRsTuVwXy/embed"],
    ]);
  });
});

describe("player notices", () => {
  it("are no caption, though their duration counts", () => {
    const [clip] = clipsOf(
      page(`<div class="article-audio"><audio controls><source src="https://audio.example.org/folge.mp3"></audio>
        <p class="meta">Player wird geladen … 6:42 Min.</p></div>`),
    );
    expect(clip).toMatchObject({ kind: "audio", caption: null, duration: 402 });
  });

  it("are no caption or title, in English and in German", () => {
    const english = clipsOf(
      page(
        `<figure><video src="/media/snow.mp4" controls></video>
          <p>Please use Chrome browser for a more accessible video player</p>
          <figcaption>Snow blankets the airport as flights are cancelled across the north.</figcaption></figure>
        <p>Text between the two players, long enough to keep them apart from each other.</p>
        <figure><video src="/media/storm.mp4" controls></video><p>Your browser does not support the video tag.</p></figure>`,
        "en",
      ),
    );
    expect(english.map((c) => [c.title, c.caption])).toEqual([
      [null, "Snow blankets the airport as flights are cancelled across the north."],
      [null, null],
    ]);
    const [german] = clipsOf(
      page(`<figure><video src="/media/rede.mp4" controls></video>
        <figcaption><strong>Bitte verwenden Sie einen aktuellen Browser</strong><p>Die Rede der Ministerin im Bundestag in voller Länge.</p></figcaption></figure>`),
    );
    expect(german).toMatchObject({ title: null, caption: "Die Rede der Ministerin im Bundestag in voller Länge." });
  });
});

describe("caption lines", () => {
  const lines = (html: string) => captionLines(parseDocument(`<html><body><div>${html}</div></body></html>`).body.firstElementChild!);

  it("set a space between side-by-side inline elements where a word ends and a capital starts the next", () => {
    expect(lines(`<span class="title">Blitzeis legt A7 lahm</span><span class="meta">Quelle: BILD · 27.11.2026</span>`)).toEqual([
      "Blitzeis legt A7 lahm Quelle: BILD · 27.11.2026",
    ]);
    expect(lines(`<span>Die Initiative in 100 Sekunden</span><span><b>Aus</b> Tagesschau vom 26.11.2026.</span>`)).toEqual([
      "Die Initiative in 100 Sekunden Aus Tagesschau vom 26.11.2026.",
    ]);
  });

  it("keep a word split over elements, and text beside an element, as written", () => {
    expect(lines(`<span>Flug</span><span>hafen</span> im <b>Nebel</b>`)).toEqual(["Flughafen im Nebel"]);
    expect(lines(`Mc<b>Donald</b> spricht`)).toEqual(["McDonald spricht"]);
  });

  it("read a date after glued spans", () => {
    const [clip] = clipsOf(
      page(`<div class="video"><video src="/media/a7.mp4" controls></video>
        <div class="caption"><span>Blitzeis legt A7 lahm</span><span>Quelle: BILD · 27.11.2026</span></div></div>`),
    );
    expect(clip).toMatchObject({ date: "2026-11-27" });
  });
});

describe("slashed dates by the page's region", () => {
  const dateOn = (lang: string, url: string) =>
    clipsOf(
      page(
        `<figure><video src="/media/clip.mp4" controls></video><figcaption>Flood water rises in the town centre. Published 05/11/2026</figcaption></figure>`,
        lang,
      ),
      url,
    )[0]?.date;

  it("reads the day first on an English page outside the United States", () => {
    expect(dateOn("en-GB", "https://www.example.com/news/story")).toBe("2026-11-05");
    expect(dateOn("en-AU", "https://www.example.com/news/story")).toBe("2026-11-05");
    expect(dateOn("en", "https://www.example.co.uk/news/story")).toBe("2026-11-05");
    expect(dateOn("en", "https://www.example.com.au/news/story")).toBe("2026-11-05");
  });

  it("reads the month first in the United States and where the page names no region", () => {
    expect(dateOn("en-US", "https://www.example.co.uk/news/story")).toBe("2026-05-11");
    expect(dateOn("en", "https://www.example.com/news/story")).toBe("2026-05-11");
    // A country-code domain sold worldwide names no region.
    expect(dateOn("en", "https://www.example.tv/news/story")).toBe("2026-05-11");
  });
});
