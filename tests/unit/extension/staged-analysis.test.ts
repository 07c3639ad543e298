// The content script's staged analysis on real corpus pages (linkedom): the engine's result,
// reached over several tasks with the text stages handed to an analyser (the background in the
// extension), cancellable between stages, timed by one User Timing measure and one per stage.
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { analyzeLive, analyzePageSteps, analyzeTextSteps } from "../../../src/analyze";
import type { TextContext } from "../../../src/context";
import { runSteps } from "../../../src/steps";
import { parseDocument } from "../../../src/cli/parse-html";
import { ANALYSIS_MEASURE, BENCH_MARK, STAGE_MEASURE_PREFIX } from "../../../extension/content/perf-marks";
import { analyseInStages, type TextAnalyser } from "../../../extension/content/staged-analysis";

const pages = readabilityPages().slice(0, 4);
const url = "https://example.org/article.html";
const running = () => new AbortController().signal;
/** The text stages in this process, as the background runs them. */
const inProcess: TextAnalyser = (context) => Promise.resolve(runSteps(analyzeTextSteps(context)));
// As the bench does before it injects: the measures are recorded only then (the e2e tests check that
// a reader's page gets none).
performance.mark(BENCH_MARK);

describe("analyseInStages", () => {
  it.each(pages.map((p) => [p.name, p.html]))("%s: finds what the one-task analysis finds", async (_name, html) => {
    const doc = parseDocument(html);
    const staged = await analyseInStages(doc, { url }, running(), inProcess);
    expect(staged?.analysis).toEqual(analyzeLive(doc, { url }).analysis);
  });

  it("lets other tasks run before it ends", async () => {
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const analysing = analyseInStages(parseDocument(pages[0]!.html), { url }, running(), inProcess);
    // Had it run in one task, nothing else could have run before it resolved.
    await analysing;
    expect(otherTaskRan).toBe(true);
  });

  it("stops between stages once aborted, with no result and no measure", async () => {
    performance.clearMeasures(ANALYSIS_MEASURE);
    const controller = new AbortController();
    const analysing = analyseInStages(parseDocument(pages[0]!.html), { url }, controller.signal, inProcess);
    controller.abort();
    expect(await analysing).toBeNull();
    expect(performance.getEntriesByName(ANALYSIS_MEASURE)).toHaveLength(0);
  });

  it("keeps one measure however often it runs", async () => {
    const doc = parseDocument(pages[1]!.html);
    for (let i = 0; i < 3; i++) await analyseInStages(doc, { url }, running(), inProcess);
    const [measure, ...more] = performance.getEntriesByName(ANALYSIS_MEASURE);
    expect(more).toHaveLength(0);
    expect(measure!.duration).toBeGreaterThan(0);
  });

  it("times each stage the engine yields with one measure, however often it runs", async () => {
    const doc = parseDocument(pages[2]!.html);
    const stages: string[] = [];
    const steps = analyzePageSteps(doc, { url });
    for (let step = steps.next(); !step.done; step = steps.next()) stages.push(step.value);
    for (const s of stages) performance.clearMeasures(STAGE_MEASURE_PREFIX + s);
    for (let i = 0; i < 2; i++) await analyseInStages(doc, { url }, running(), inProcess);
    const counts = stages.map((s) => performance.getEntriesByName(STAGE_MEASURE_PREFIX + s, "measure").length);
    expect(stages.length).toBeGreaterThan(1);
    expect(counts).toEqual(stages.map(() => 1));
  });

  it("hands the text stages the article's text once, and nothing for a page without an article", async () => {
    const sent: TextContext[] = [];
    const spy: TextAnalyser = (context) => (sent.push(context), inProcess(context));
    const staged = await analyseInStages(parseDocument(pages[0]!.html), { url }, running(), spy);
    const a = staged!.analysis;
    expect(sent).toEqual([{ text: a.text, blocks: a.blocks, lang: a.lang, title: a.title }]);
    sent.length = 0;
    const empty = parseDocument("<html><body><nav><a href='/'>Home</a></nav></body></html>");
    expect((await analyseInStages(empty, { url }, running(), spy))!.analysis.isArticle).toBe(false);
    expect(sent).toEqual([]);
  });

  it("reports text stages that could not run as a failed analysis, without throwing", async () => {
    const unreachable: TextAnalyser = () => Promise.reject(new Error("the background did not answer"));
    const staged = await analyseInStages(parseDocument(pages[0]!.html), { url }, running(), unreachable);
    expect(staged!.analysis).toMatchObject({ isArticle: false, reason: "analysis failed: the background did not answer", people: [] });
    expect(staged!.map).toBeNull();
  });
});
