// Runs the engine one stage per task (src/analyze.ts `analyzeSteps`): the page gets a turn after
// each stage, so no task of ours is longer than the longest stage, and a newer analysis can
// cancel this one between stages.
import { analyzeSteps, type AnalyzeOptions, type LiveAnalysis } from "../../src/analyze";
import { ANALYSIS_MEASURE, STAGE_MEASURE_PREFIX, measureSince } from "./perf-marks";
import { yieldToPage } from "./yield-to-page";

/** The analysis of `doc`; null when `signal` aborted it first (between two stages). */
export async function analyseInStages(doc: Document, opts: AnalyzeOptions, signal: AbortSignal): Promise<LiveAnalysis | null> {
  const started = performance.now();
  const steps = analyzeSteps(doc, opts);
  for (;;) {
    if (signal.aborted) return null;
    const stageStart = performance.now();
    const step = steps.next();
    if (step.done) {
      measureSince(ANALYSIS_MEASURE, started);
      return step.value;
    }
    measureSince(STAGE_MEASURE_PREFIX + step.value, stageStart);
    await yieldToPage();
  }
}
