// The page stages apart from the text stages: the content script imports only these, so that the
// people, quotes and summary modules (their data and patterns, built when a module loads) stay out
// of every annotated page.

import type { Analysis, AnalyzeOptions } from "./types";
import type { DomContext, TextContext } from "./context";
import { articleSteps } from "./article";
import { buildTextSteps } from "./text/build-text";
import { pageLang } from "./lang/detect";
import { clipSteps } from "./clips";
import { checkLimits } from "./limits";
import { errorMessage } from "./error-message";
import { stopwatch, substeps, type Steps } from "./steps";
import type { TextMap } from "./text/text-map";

export type { Analysis, AnalyzeOptions } from "./types";

/** An analysis plus what the content script needs to paint it (not serialisable). */
export interface LiveAnalysis {
  analysis: Analysis;
  map: TextMap | null;
}

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
  const lang = opts.lang ?? pageLang(built.text, article.meta.lang);
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
