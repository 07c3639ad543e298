import type { Analysis, AnalyzeOptions } from "./types";
import type { DomContext } from "./context";
import { extractArticle } from "./article";
import { buildText } from "./text/build-text";
import { detectLang } from "./lang/detect";
import { findPeople } from "./people";
import { findQuotes } from "./quotes";
import { findClips } from "./clips";
import { summarize } from "./summary";
import { checkLimits } from "./limits";
import type { TextMap } from "./text/text-map";

export type { Analysis, AnalyzeOptions } from "./types";

/** An analysis plus what the content script needs to paint it (not serialisable). */
export interface LiveAnalysis {
  analysis: Analysis;
  map: TextMap | null;
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** An analysis that found nothing, with the reason. */
export function emptyAnalysis(url: string | null, reason: string): Analysis {
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
 * Analyses a page: article structure, then people, quotes, clips and summary on its text.
 * Never throws and never changes `doc`.
 */
export function analyze(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  return analyzeLive(doc, opts).analysis;
}

/** `analyze`, also returning the text map that anchors offsets in the live page. */
export function analyzeLive(doc: Document, opts: AnalyzeOptions = {}): LiveAnalysis {
  const steps = analyzeSteps(doc, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `analyzeLive` one stage at a time: yields the name of each finished stage, so a caller on a
 * page's main thread can give the page a turn between stages; returns the result.
 */
export function* analyzeSteps(doc: Document, opts: AnalyzeOptions = {}): Generator<string, LiveAnalysis, void> {
  const url = opts.url ?? null;
  const timings: Record<string, number> = {};
  let t = now();
  const lap = (stage: string) => {
    const n = now();
    timings[stage] = Math.round((n - t) * 1000) / 1000;
    t = n;
    return stage;
  };
  const finish = (analysis: Analysis, map: TextMap | null): LiveAnalysis => {
    if (opts.timings) analysis.timings = timings;
    return { analysis, map };
  };
  try {
    const tooLarge = checkLimits(doc);
    yield lap("limits");
    if (tooLarge) return finish(emptyAnalysis(url, tooLarge), null);
    const article = extractArticle(doc, { url: opts.url });
    yield lap("article");
    const built = buildText(article.blocks, article.skip);
    const lang = opts.lang ?? article.meta.lang ?? detectLang(built.text);
    yield lap("text");
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
    const a: Analysis = {
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
    if (a.isArticle) {
      a.people = findPeople(ctx);
      yield lap("people");
      a.quotes = findQuotes(ctx, a.people);
      yield lap("quotes");
      a.clips = findClips(ctx);
      yield lap("clips");
      a.summary = summarize(ctx, { people: a.people, quotes: a.quotes });
      yield lap("summary");
    }
    return finish(a, built.map);
  } catch (err) {
    // The engine must never take the page or the CLI down: report, don't throw.
    return finish(emptyAnalysis(url, `analysis failed: ${err instanceof Error ? err.message : String(err)}`), null);
  }
}
