import type { Analysis, AnalyzeOptions } from "./types";
import type { DomContext, TextContext } from "./context";
import { articleSteps } from "./article";
import { buildTextSteps } from "./text/build-text";
import { detectLang } from "./lang/detect";
import { peopleSteps } from "./people";
import { quoteSteps } from "./quotes";
import { clipSteps } from "./clips";
import { summarySteps } from "./summary";
import { checkLimits } from "./limits";
import { errorMessage } from "./error-message";
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

/** Times consecutive steps: `lap(name)` adds the time since the previous lap to `timings[name]` (ms) and returns the name. */
function stopwatch(): { timings: Record<string, number>; lap: (stage: string) => string } {
  const timings: Record<string, number> = {};
  let t = now();
  const lap = (stage: string) => {
    const n = now();
    timings[stage] = Math.round(((timings[stage] ?? 0) + n - t) * 1000) / 1000;
    t = n;
    return stage;
  };
  return { timings, lap };
}

/** What the text stages find: everything of an `Analysis` that needs only its text. */
export interface TextFindings {
  people: Analysis["people"];
  quotes: Analysis["quotes"];
  summary: Analysis["summary"];
  /** Per yielded step (ms), as in `Analysis.timings`. */
  timings: Record<string, number>;
}

/** The input of the text stages, taken from the page stages' analysis. */
export function textContextOf(a: Analysis): TextContext {
  return { text: a.text, blocks: a.blocks, lang: a.lang, title: a.title };
}

/**
 * `analyzeLive` one stage at a time: yields the name of each finished stage, so a caller on a
 * page's main thread can give the page a turn between stages; returns the result. The largest
 * stages (article, people, quotes, clips, summary) also yield within ("people:names"), so no one step holds the thread long.
 * `timings` has one entry per yielded name: its total time (ms), as a step repeats when the article is retried.
 */
export function* analyzeSteps(doc: Document, opts: AnalyzeOptions = {}): Steps<LiveAnalysis> {
  const url = opts.url ?? null;
  try {
    const live = yield* analyzePageSteps(doc, opts);
    const a = live.analysis;
    if (a.isArticle) {
      const found = yield* analyzeTextSteps(textContextOf(a));
      withTextFindings(a, found);
    }
    return live;
  } catch (err) {
    // The engine must never take the page or the CLI down: report, don't throw.
    return failedAnalysis(url, err);
  }
}

/** `a` with the text stages' findings (and their timings, when `a` is timed). */
export function withTextFindings(a: Analysis, found: TextFindings): Analysis {
  a.people = found.people;
  a.quotes = found.quotes;
  a.summary = found.summary;
  if (a.timings) Object.assign(a.timings, found.timings);
  return a;
}

/** The analysis of a page whose analysis threw. */
export function failedAnalysis(url: string | null, err: unknown): LiveAnalysis {
  return { analysis: emptyAnalysis(url, `analysis failed: ${errorMessage(err)}`), map: null };
}

/**
 * The stages that read the page: limits, article, text (with its map) and clips. People, quotes
 * and summary stay empty: they need only the text (`analyzeTextSteps`), so the extension runs them
 * off the page's main thread. Throws only on an engine bug (`analyzeSteps` reports it).
 */
export function* analyzePageSteps(doc: Document, opts: AnalyzeOptions = {}): Steps<LiveAnalysis> {
  const url = opts.url ?? null;
  const { timings, lap } = stopwatch();
  const finish = (analysis: Analysis, map: TextMap | null): LiveAnalysis => {
    if (opts.timings) analysis.timings = timings;
    return { analysis, map };
  };
  const tooLarge = checkLimits(doc);
  yield lap("limits");
  if (tooLarge) return finish(emptyAnalysis(url, tooLarge), null);
  const article = yield* substeps("article", articleSteps(doc, { url: opts.url }), lap);
  yield lap("article");
  const built = yield* substeps("text", buildTextSteps(article.blocks, article.skip), lap);
  const lang = opts.lang ?? article.meta.lang ?? detectLang(built.text);
  yield lap("text");
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
    const ctx: DomContext = { ...textContextOf(a), doc, root: article.root, map: built.map, url };
    a.clips = yield* substeps("clips", clipSteps(ctx), lap);
    yield lap("clips");
  }
  return finish(a, built.map);
}

/** The stages that need only the article's text: people, then quotes (which name them), then the summary (which weighs both). Throws only on an engine bug. */
export function* analyzeTextSteps(ctx: TextContext): Steps<TextFindings> {
  const { timings, lap } = stopwatch();
  const people = yield* substeps("people", peopleSteps(ctx), lap);
  yield lap("people");
  const quotes = yield* substeps("quotes", quoteSteps(ctx, people), lap);
  yield lap("quotes");
  const summary = yield* substeps("summary", summarySteps(ctx, { people, quotes }), lap);
  yield lap("summary");
  return { people, quotes, summary, timings };
}
