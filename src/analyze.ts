import type { Analysis, AnalyzeOptions } from "./types";
import type { DomContext } from "./context";
import { articleSteps } from "./article";
import { buildText } from "./text/build-text";
import { detectLang } from "./lang/detect";
import { peopleSteps } from "./people";
import { quoteSteps } from "./quotes";
import { clipSteps } from "./clips";
import { summarySteps } from "./summary";
import { checkLimits } from "./limits";
import { runSteps, type Steps } from "./steps";
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
  return runSteps(analyzeSteps(doc, opts));
}

/** A stage's own steps, each yielded as "stage:step" and timed like a stage; returns the stage's result. */
function* substeps<T>(stage: string, steps: Steps<T>, lap: (step: string) => string): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield lap(`${stage}:${step.value}`);
  }
}

/**
 * `analyzeLive` one stage at a time: yields the name of each finished stage, so a caller on a
 * page's main thread can give the page a turn between stages; returns the result. The largest
 * stages (article, people, quotes, clips, summary) also yield within ("people:names"), so no one step holds the thread long.
 * `timings` has one entry per yielded name: its total time (ms), as a step repeats when the article is retried.
 */
export function* analyzeSteps(doc: Document, opts: AnalyzeOptions = {}): Steps<LiveAnalysis> {
  const url = opts.url ?? null;
  const timings: Record<string, number> = {};
  let t = now();
  const lap = (stage: string) => {
    const n = now();
    timings[stage] = Math.round(((timings[stage] ?? 0) + n - t) * 1000) / 1000;
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
    const article = yield* substeps("article", articleSteps(doc, { url: opts.url }), lap);
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
      a.people = yield* substeps("people", peopleSteps(ctx), lap);
      yield lap("people");
      a.quotes = yield* substeps("quotes", quoteSteps(ctx, a.people), lap);
      yield lap("quotes");
      a.clips = yield* substeps("clips", clipSteps(ctx), lap);
      yield lap("clips");
      a.summary = yield* substeps("summary", summarySteps(ctx, { people: a.people, quotes: a.quotes }), lap);
      yield lap("summary");
    }
    return finish(a, built.map);
  } catch (err) {
    // The engine must never take the page or the CLI down: report, don't throw.
    return finish(emptyAnalysis(url, `analysis failed: ${err instanceof Error ? err.message : String(err)}`), null);
  }
}
