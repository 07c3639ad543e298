// Runs the engine's page stages one per task (src/analyze.ts `analyzePageSteps`): the page gets a
// turn after each, so no task of ours is longer than the longest stage, and a newer analysis can
// cancel this one between stages. The text stages (people, quotes, summary) need no DOM: they run
// wherever `analyseText` sends them (the background), off the page's main thread.
import {
  analyzePageSteps,
  failedAnalysis,
  textContextOf,
  withTextFindings,
  type AnalyzeOptions,
  type LiveAnalysis,
  type TextFindings,
} from "../../src/analyze-page";
import type { TextContext } from "../../src/context";
import { ANALYSIS_MEASURE, STAGE_MEASURE_PREFIX, TEXT_STAGES_MEASURE, measureSince } from "./perf-marks";
import { yieldToPage } from "./yield-to-page";

/** Runs the text stages on an article's text; rejects when they could not run. */
export type TextAnalyser = (context: TextContext) => Promise<TextFindings>;

/** The analysis of `doc`; null when `signal` aborted it first (between two stages). */
export async function analyseInStages(
  doc: Document,
  opts: AnalyzeOptions,
  signal: AbortSignal,
  analyseText: TextAnalyser,
): Promise<LiveAnalysis | null> {
  const started = performance.now();
  const live = await pageStages(doc, opts, signal);
  if (!live) return null;
  if (live.analysis.isArticle) {
    const sent = performance.now();
    let found: TextFindings;
    try {
      found = await analyseText(textContextOf(live.analysis));
    } catch (error) {
      return signal.aborted ? null : failedAnalysis(opts.url ?? null, error);
    }
    if (signal.aborted) return null;
    measureSince(TEXT_STAGES_MEASURE, sent);
    withTextFindings(live.analysis, found);
  }
  measureSince(ANALYSIS_MEASURE, started);
  return live;
}

async function pageStages(doc: Document, opts: AnalyzeOptions, signal: AbortSignal): Promise<LiveAnalysis | null> {
  const steps = analyzePageSteps(doc, opts);
  for (;;) {
    if (signal.aborted) return null;
    const stageStart = performance.now();
    let step: IteratorResult<string, LiveAnalysis>;
    try {
      step = steps.next();
    } catch (error) {
      return failedAnalysis(opts.url ?? null, error);
    }
    if (step.done) return step.value;
    measureSince(STAGE_MEASURE_PREFIX + step.value, stageStart);
    await yieldToPage();
  }
}
