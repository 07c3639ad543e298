import type { Analysis, AnalyzeOptions } from "./types";
import type { TextContext } from "./context";
import { peopleSteps } from "./people";
import { quoteSteps } from "./quotes";
import { summarySteps } from "./summary";
import { runSteps, stopwatch, substeps, type Steps } from "./steps";
import { analyzePageSteps, failedAnalysis, textContextOf, withTextFindings, type LiveAnalysis, type TextFindings } from "./analyze-page";

export * from "./analyze-page";

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
