/**
 * A news clip's own page (a video or podcast episode with a few lines of teaser text) is an item
 * the reader opens like an article: it is analysed, so its clip shows, when the page says it is a
 * clip. A clip's JSON-LD inside an article does not describe the article.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";

const TEASER =
  "US-Außenminister Rubio erteilt der Nato eine Absage und wird beim Nato-Treffen nicht erscheinen. " +
  "Bei dem Treffen der Außenminister ist die weitere Unterstützung der Ukraine ein Thema.";

const videoLd = (name: string) =>
  `<script type="application/ld+json">${JSON.stringify({
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name,
    uploadDate: "2025-12-02T10:15:00+01:00",
    duration: "PT0M28S",
  })}</script>`;

/** A clip page in the shape news sites give them: player, headline, date line, teaser, a rail of other videos. */
function clipPage(head: string): Document {
  return parseDocument(`<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Rubio sagt Teilnahme an Nato-Treffen ab - ZDFheute</title>
<meta property="og:title" content="Rubio sagt Teilnahme an Nato-Treffen ab">${head}</head><body>
<header><nav><a href="/politik">Politik</a> <a href="/videos">Videos</a></nav></header>
<main><div class="player"><video controls src="/media/rubio.mp4"></video></div>
<h1>Rubio sagt Teilnahme an Nato-Treffen ab</h1><p class="meta">02.12.2025 | 0:28 min</p>
<p class="teaser">${TEASER}</p>
<section><h2>Mehr Videos</h2><article><a href="/v1"><h3>Selenskyj in Paris</h3><span>1:45 min</span></a></article>
<article><a href="/v2"><h3>Gespräche in Moskau</h3><span>2:10 min</span></a></article></section>
</main></body></html>`);
}

const URL_ = "https://www.zdf.de/nachrichten/politik/rubio-nato-video-100.html";

describe("a news clip's own page", () => {
  it("is analysed when its JSON-LD clip bears the page's title: the clip, its date and duration show", () => {
    const a = analyze(clipPage(videoLd("Rubio sagt Teilnahme an Nato-Treffen ab")), { url: URL_ });
    expect(a.isArticle).toBe(true);
    expect(a.published).toBe("2025-12-02T10:15:00+01:00");
    expect(a.text).toContain(TEASER);
    expect(a.text).not.toContain("Selenskyj in Paris");
    expect(a.clips.map((c) => [c.kind, c.date, c.duration])).toEqual([["video", "2025-12-02", 28]]);
  });

  it("is analysed when og:type says video", () => {
    expect(analyze(clipPage('<meta property="og:type" content="video.other">'), { url: URL_ }).isArticle).toBe(true);
  });

  it("without saying it is a clip, is too short to be an article", () => {
    const a = analyze(clipPage(""), { url: URL_ });
    expect(a.isArticle).toBe(false);
    expect(a.reason).toBe("too little article text");
  });

  it("is not claimed by a clip's JSON-LD with another title: that is a clip in the page, not the page", () => {
    const a = analyze(clipPage(videoLd("Außenminister beraten in Brüssel")), { url: URL_ });
    expect(a.isArticle).toBe(false);
    expect(a.title).toBe("Rubio sagt Teilnahme an Nato-Treffen ab");
    expect(a.published).not.toBe("2025-12-02T10:15:00+01:00");
  });
});
