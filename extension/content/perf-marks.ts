// User Timing entries the in-browser bench reads (from the page's timeline or a trace) to time
// our stages exactly. One entry per name is kept: re-analyses of a live page must not pile them up.
// They are recorded only where the bench asked for them: the timeline is the page's, and its own
// scripts (analytics that collect every User Timing entry) would otherwise see ours.

/** The mark the bench sets in the page before injecting the content script: the measures are recorded then. */
export const BENCH_MARK = "newsmark-bench:timing";

/** From the start of an analysis to its result (all its stages and the turns given to the page between them). */
export const ANALYSIS_MEASURE = "newsmark:analysis";
/** From sending the article text to the background until its text stages' findings arrive (wall time, mostly off this thread). */
export const TEXT_STAGES_MEASURE = "newsmark:text-stages";
/** One engine stage (`analyzeSteps`' yielded name follows the prefix): the work of one task. */
export const STAGE_MEASURE_PREFIX = "newsmark:stage:";
/** One paint: building the ranges and handing them to the painter; its end is when the page has the highlights. */
export const PAINTED_MEASURE = "newsmark:painted";
/** Of a paint: the annotations and their DOM Ranges. */
export const RANGES_MEASURE = "newsmark:ranges";
/** Of a paint: handing the ranges to the painter (CSS highlights and their stylesheet, or the wrapping fallback). */
export const RENDER_MEASURE = "newsmark:render";

/** Whether the bench asked for the measures; read once, at the first measure of this content script. */
let timed: boolean | null = null;

/**
 * Records `name` from `start` (a `performance.now()` time, ms) to now, replacing an earlier entry of
 * that name, when the bench asked for it (see {@link BENCH_MARK}); returns now.
 */
export function measureSince(name: string, start: number): number {
  const end = performance.now();
  if ((timed ??= performance.getEntriesByName(BENCH_MARK, "mark").length > 0)) {
    performance.clearMeasures(name);
    performance.measure(name, { start, end });
  }
  return end;
}
