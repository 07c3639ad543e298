import { describe, expect, it } from "vitest";
import { parseIsoDuration, toSeconds } from "../../../src/clips/duration";
import { identifyUrl, siteProvider } from "../../../src/clips/providers";
import { startFromUrl } from "../../../src/clips/start-offset";

describe("player URLs", () => {
  it.each([
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", "video"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0", "youtube", "video"],
    ["https://youtu.be/dQw4w9WgXcQ", "youtube", "video"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "video"],
    ["https://player.vimeo.com/video/32246206", "vimeo", "video"],
    ["https://www.dailymotion.com/embed/video/x67iqc9", "dailymotion", "video"],
    ["https://www.zdf.de/nachrichten/video/rubio-nato-100.html", "zdf", "video"],
    ["https://www.ardmediathek.de/embed/Y3JpZDovL2Rhc2Vyc3RlLmRlL3RhZ2Vzc2NoYXU", "ard", "video"],
    ["https://www.tagesschau.de/multimedia/audio/audio-88899~ardplayer.html", "ard", "audio"],
    ["https://www.br.de/mediathek/video/nachrichten-100", "br", "video"],
    // ARD's player page on a member's site.
    [
      "https://www.ndr.de/fernsehen/sendungen/hallo_niedersachsen/sturmflut-cuxhaven,hallonds12345-ardplayer_image-8c1a.html",
      "ard",
      "video",
    ],
    ["https://www.arte.tv/player/v5/index.php?json_url=x", "arte", "video"],
    ["https://twitter.com/i/videos/tweet/1234567890", "twitter", "video"],
    ["https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fvideos%2F1", "facebook", "video"],
    ["https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk", "spotify", "audio"],
    ["https://embed.podcasts.apple.com/de/podcast/x/id1?i=2", "apple-podcasts", "audio"],
    ["https://cdn.podigee.com/podcast-player/javascripts/podigee-podcast-player.js", "podigee", "audio"],
    // Public broadcasters of Switzerland, Austria and Britain; video platforms and podcast hosts.
    ["https://www.srf.ch/play/embed?urn=urn:srf:video:3d5f1a2b-1234&subdivisions=false", "srf", "video"],
    ["https://tvthek.orf.at/embed/ZIB-1/14123456/ZIB-1/14987654", "orf", "video"],
    ["https://www.bbc.co.uk/news/av-embeds/67001234", "bbc", "video"],
    ["https://www.bbc.com/news/av/embed/p088xs08/52241221", "bbc", "video"],
    ["https://fast.wistia.net/embed/iframe/abc123", "wistia", "video"],
    ["https://streamable.com/e/abc123", "streamable", "video"],
    ["https://rumble.com/embed/v1abc/", "rumble", "video"],
    ["https://embed.ted.com/talks/lang/de/some_talk", "ted", "video"],
    ["https://www.loom.com/embed/abc123", "loom", "video"],
    ["https://share.transistor.fm/e/abc123", "transistor", "audio"],
    ["https://www.buzzsprout.com/123/456?client_source=small_player&iframe=true", "buzzsprout", "audio"],
    ["https://anchor.fm/show/embed/episodes/episode-1", "anchor-fm", "audio"],
    ["https://player.captivate.fm/episode/abc", "captivate", "audio"],
  ])("knows %s", (url, provider, kind) => {
    expect(identifyUrl(url)).toEqual({ provider, kind });
  });

  it.each([
    "https://www.facebook.com/plugins/like.php?href=x",
    "https://www.facebook.com/portalspozywczy",
    "https://www.zdf.de/impressum",
    "https://smartasset.com/embed/retirementcalculator",
    "https://platform.twitter.com/widgets/tweet_button.html",
    "https://www.bbc.co.uk/news/world-europe-67001234",
    "https://www.srf.ch/news/schweiz/abstimmung",
  ])("does not take %s for a player", (url) => {
    expect(identifyUrl(url)).toBeNull();
  });

  it("names a site's own player after its domain", () => {
    expect(siteProvider("https://www.bbc.co.uk/news/world-1")).toBe("bbc");
    expect(siteProvider("https://www.nbcnews.com/news/x")).toBe("nbcnews");
    expect(siteProvider("https://www.zdfheute.de/politik/x.html")).toBe("zdf");
  });
});

describe("start offsets", () => {
  it.each([
    ["https://www.youtube.com/watch?v=x&t=1m30s", 90],
    ["https://youtu.be/x?t=90", 90],
    ["https://www.youtube.com/embed/x?start=90", 90],
    ["https://www.youtube.com/embed/x?rel=0&start=17", 17],
    ["https://example.org/clip.mp4#t=90", 90],
    ["https://example.org/clip.mp4#t=90,120", 90],
    ["https://www.youtube.com/watch?v=x&time_continue=45", 45],
    ["https://example.org/v?t=1h2m3s", 3723],
  ])("reads %s", (url, start) => {
    expect(startFromUrl(url)).toBe(start);
  });

  it("reads the parameter a SeekToAction template names", () => {
    expect(startFromUrl("https://example.org/watch/1?at_second=75", ["at_second"])).toBe(75);
  });

  it("has no start without an offset parameter", () => {
    expect(startFromUrl("https://www.youtube.com/embed/x?rel=0")).toBeNull();
  });
});

describe("durations", () => {
  it("reads ISO 8601 durations", () => {
    expect(parseIsoDuration("PT156S")).toBe(156);
    expect(parseIsoDuration("PT2M36S")).toBe(156);
    expect(parseIsoDuration("PT1H2M3S")).toBe(3723);
    expect(parseIsoDuration("P")).toBeNull();
  });

  it("reads player data in seconds or milliseconds", () => {
    expect(toSeconds("156")).toBe(156);
    expect(toSeconds(87880)).toBe(88);
    expect(toSeconds(5000, "durationMs")).toBe(5);
    expect(toSeconds("{duration}")).toBeNull();
  });
});
