import type { Analysis, AnalyzeOptions } from "./types";
import type { DomContext } from "./context";
import { extractArticle } from "./article";
import { buildText } from "./text/build-text";
import { detectLang } from "./lang/detect";
import { findPeople } from "./people";
import { findQuotes } from "./quotes";
import { findClips } from "./clips";
import { summarize } from "./summary";
import type { TextMap } from "./text/text-map";

export type { Analysis, AnalyzeOptions } from "./types";

/** An analysis plus what the content script needs to paint it (not serialisable). */
export interface LiveAnalysis {
  analysis: Analysis;
  map: TextMap | null;
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

function empty(url: string | null, reason: string): Analysis {
  return {
    url,
    isArticle: false,
    reason,
    lang: null,
    title: null,
    byline: null,
    published: null,
    siteName: null,
    text: "",
    blocks: [],
    quotes: [],
    people: [],
    clips: [],
    summary: [],
  };
}

/**
 * Analyses a page: article structure, then quotes, people, clips and summary on its text.
 * Never throws and never changes `doc`.
 */
export function analyze(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  return analyzeLive(doc, opts).analysis;
}

/** `analyze`, also returning the text map that anchors offsets in the live page. */
export function analyzeLive(doc: Document, opts: AnalyzeOptions = {}): LiveAnalysis {
  const url = opts.url ?? null;
  const timings: Record<string, number> = {};
  let t = now();
  const lap = (stage: string) => {
    const n = now();
    timings[stage] = Math.round((n - t) * 1000) / 1000;
    t = n;
  };
  try {
    const article = extractArticle(doc, { url: opts.url });
    lap("article");
    const built = buildText(article.blocks, article.skip);
    lap("text");
    const lang = opts.lang ?? article.meta.lang ?? detectLang(built.text);
    const ctx: DomContext = {
      text: built.text,
      blocks: built.blocks,
      lang,
      title: article.meta.title,
      doc,
      root: article.root,
      map: built.map,
      url,
    };
    const base: Analysis = {
      url,
      isArticle: article.isArticle,
      ...(article.reason ? { reason: article.reason } : {}),
      lang,
      title: article.meta.title,
      byline: article.meta.byline,
      published: article.meta.published,
      siteName: article.meta.siteName,
      text: built.text,
      blocks: built.blocks,
      quotes: [],
      people: [],
      clips: [],
      summary: [],
    };
    if (article.isArticle) {
      base.people = findPeople(ctx);
      lap("people");
      base.quotes = findQuotes(ctx, base.people);
      lap("quotes");
      base.clips = findClips(ctx);
      lap("clips");
      base.summary = summarize(ctx, { people: base.people, quotes: base.quotes });
      lap("summary");
    }
    if (opts.timings) base.timings = timings;
    return { analysis: base, map: built.map };
  } catch (err) {
    // The engine must never take the page or the CLI down: report, don't throw.
    const a = empty(url, `analysis failed: ${err instanceof Error ? err.message : String(err)}`);
    if (opts.timings) a.timings = timings;
    return { analysis: a, map: null };
  }
}
