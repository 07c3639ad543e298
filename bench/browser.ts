// The reader's experience in real headless Chromium (issue 7, "Tests and budget"): per corpus page,
// the content script's analysis and paint on the page's main thread, long tasks, and the popup's
// first render — beside @mozilla/readability run in the same pages. Needs `npm run build` first.
//
// Timings come from a Chromium trace of the page's renderer, from the injection until the popup
// shows the page's state. The content script's cost is, from the task that evaluates content.js to
// the end of the first frame in which the page sees the highlights (or, without highlights, to the
// end of the analysis), every main-thread task that ran our code or collected garbage, and the
// frames rendered after the highlights were registered: compiling, the engine's page stages (one
// task each), the background's reply, building ranges, registering highlights, style, layout,
// paint and GC. The page's own scripts, frames before the highlights (the page's own rendering,
// and the bench's check each animation frame) and its other tasks (timers, loading) are reported
// apart. The text stages run in the extension's service worker: their CPU is reported beside the
// page's, from the worker's thread. The User Timing measures the content script records
// (extension/content/perf-marks.ts) split that CPU time into its parts; long tasks are the
// renderer's tasks over 50 ms. A `longtask` PerformanceObserver in the page is kept beside them:
// Chromium does not report content-script tasks to it. The popup's first render is beside the floor
// under it: an empty extension page opened in the same tab, which is Chromium's cost of creating an
// extension page's process frame, document and bindings. Nothing leaves the machine: the pages come
// from a local server, every other request is aborted and host names do not resolve.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { ANALYSIS_MEASURE, BENCH_MARK, PAINTED_MEASURE, STAGE_MEASURE_PREFIX, TEXT_STAGES_MEASURE } from "../extension/content/perf-marks";
import { CONTENT_SCRIPT_FILE } from "../extension/content/running";
import { errorMessage } from "../src/error-message";
import { BLANK_PAGE, CHROMIUM_ARGS, ROOT, e2eCopy } from "../tests/e2e/harness";
import {
  PART,
  TRACE_CATEGORIES,
  cpuParts,
  endOf,
  ranWithin,
  spanOf,
  userMeasures,
  type Measure,
  type Span,
  type TraceEvent,
} from "./browser-trace";
import { readabilityPages, trafilaturaPages } from "./corpus";
import type { BenchOptions } from "./index";
import { fmt, median, quantile, table } from "./stats";

/** Pages sampled evenly from each corpus part, plus the seed: ~40 pages keep the run near a minute. */
const READABILITY_SAMPLE = 15;
const GERMAN_NEWS_SAMPLE = 24;
const SEED_NAME = "seed/zdf-rubio-nato.html";
const SEED = join(ROOT, "tests/fixtures", SEED_NAME);
const READABILITY_JS = join(ROOT, "node_modules/@mozilla/readability/Readability.js");

/** A development subset: pages whose name contains one of these comma-separated strings. */
const ONLY = (process.env.NEWSMARK_BENCH_PAGES ?? "").split(",").filter(Boolean);
/** The issue's budgets, in milliseconds. */
const BUDGET = { analysisPaint: 50, longTask: 50, popupFirstRender: 100 };
/** How long a page may take to show highlights after the injection answered, in ms; pages without any give up then. */
const PAINT_WAIT_MS = 1000;
/** Mark the page sets in the first frame that has highlights; found again in the trace. */
const PAINTED_MARK = "newsmark-bench:highlights-seen";
const READABILITY_MARK = "newsmark-bench:readability";
const POPUP_MARK = "newsmark:popup-first-render";
/** Rows in the slowest-pages table. */
const SLOWEST = 8;
/**
 * Loads of each page; the load with the median CPU time stands for the page. One load swings by
 * ±30 % with what else the 2 shared cores run (GC helper threads, cache), the median of 5 much less.
 */
const LOADS = 5;

interface Sample {
  name: string;
  html: string;
}

/** A main-thread task over the budget and what took most of its time ("content.js", "UpdateLayoutTree", …). */
interface LongTask extends Span {
  what: string;
}

interface PageResult {
  name: string;
  /** The task running content.js: compiling it, setting up, the engine's first stage. */
  first: Span;
  /** Of the first task: compiling content.js (wall ms); near 0 once V8 has cached it. */
  compile: number;
  /** Main-thread tasks after it until the highlights were painted, or without any until the analysis ended. */
  later: Span;
  painted: boolean;
  /** CPU ms per part of the first and later tasks (engine stages, ranges, style, GC, …). */
  parts: Map<string, number>;
  /** Main-thread CPU in the window that is the page's own: its scripts, and tasks that neither ran our code, nor collected garbage, nor rendered after the highlights were registered. */
  notOurs: number;
  /** Main-thread tasks over 50 ms, from injection until the popup showed the page's state. */
  longTasks: LongTask[];
  /** The same window as seen by the page's `longtask` PerformanceObserver, in ms. */
  observedLongTasks: number[];
  popupFirstRender: number;
  /** The popup's main-thread CPU time from its navigation start to the first-render mark, in ms. */
  popupFirstRenderCpu: number | null;
  /** Milliseconds from the popup's navigation start until it showed the page's state; null if not seen. */
  popupFilled: number | null;
  popupState: string;
  /**
   * Chromium's own cost of opening an extension page in a tab, the floor under the popup's first
   * render: ms from navigation start until an empty extension page's DOMContentLoaded, in the same tab.
   */
  popupFloor: number;
  /** Null when its task was missing from the trace (seen once under heavy load). */
  readability: Span | null;
  /** The text stages in the extension's service worker (not the page's thread); null on pages without an article. */
  background: Span | null;
}

function evenly<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

function samplePages(): Sample[] {
  const readability = evenly(readabilityPages(), READABILITY_SAMPLE).map((p) => ({ name: `readability/${p.name}`, html: p.html }));
  const german = evenly(
    trafilaturaPages().filter((p) => p.lang === "de" && p.news),
    GERMAN_NEWS_SAMPLE,
  ).map((p) => ({ name: `trafilatura/${p.file}`, html: p.html }));
  const seed = existsSync(SEED) ? [{ name: SEED_NAME, html: readFileSync(SEED, "utf8") }] : [];
  const all = [...seed, ...readability, ...german];
  return ONLY.length ? all.filter((p) => ONLY.some((o) => p.name.includes(o))) : all;
}

async function serve(pages: Sample[]): Promise<{ server: Server; origin: string; url: (s: Sample) => string }> {
  const byPath = new Map(pages.map((p, i) => [`/${i}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? "/", "http://x").pathname);
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, url: (s) => `${origin}/${pages.indexOf(s)}.html` };
}

async function launch(extDir: string, profile: string, origin: string): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1100, height: 800 },
    // Readability is added as a page script; saved pages may carry a CSP that would refuse it.
    bypassCSP: true,
    args: [
      ...CHROMIUM_ARGS,
      // Also stops DNS prefetch and preconnect hints, which request routing does not see.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      // Playwright always adds --disable-extensions; the "except" flag is what lets ours load.
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  // tsx keeps function names by wrapping named functions in `__name(fn, "name")`; functions sent
  // to `page.evaluate` carry those calls into pages where the helper does not exist.
  await ctx.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await ctx.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    (route) => route.abort(),
  );
  return ctx;
}

type ChromeApi = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
};

/** The id of the tab showing `url`, asked from an extension page. */
async function tabIdOf(ext: Page, url: string): Promise<number> {
  const id = await ext.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The popup's first step, the injection path of a reader's click: popup → background → scripting.executeScript. */
async function inject(ext: Page, tabId: number): Promise<void> {
  const reply = (await ext.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return api.runtime.sendMessage({ type: "popup-bg:inject", tabId: id });
  }, tabId)) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(`injection failed: ${reply.error}`);
}

/**
 * Starts, in the page, a long-task observer and a check each animation frame for highlights; the
 * first frame that has them sets PAINTED_MARK, and rendering that frame paints them. Sets
 * BENCH_MARK first, which asks the content script to record its measures.
 */
function watchPage(page: Page): Promise<void> {
  return page.evaluate(
    ({ mark, bench }) => {
      performance.mark(bench);
      const w = window as unknown as { __benchLongTasks: number[] };
      w.__benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__benchLongTasks.push(e.duration);
      }).observe({ type: "longtask" });
      const check = () => (CSS.highlights.size > 0 ? performance.mark(mark) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    },
    { mark: PAINTED_MARK, bench: BENCH_MARK },
  );
}

/**
 * Resolves once the page saw highlights, or after `ms` (a page may have none). Told by an observer,
 * not by polling: the page's main thread is measured meanwhile, and polling tasks would count.
 */
function waitForPainted(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    ({ mark, ms }) =>
      new Promise<void>((done) => {
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          done();
        };
        const observer = new PerformanceObserver((list) => list.getEntriesByName(mark).length > 0 && finish());
        observer.observe({ type: "mark" });
        const timer = setTimeout(finish, ms);
        if (performance.getEntriesByName(mark).length > 0) finish();
      }),
    { mark: PAINTED_MARK, ms },
  );
}

async function traced(cdp: CDPSession, body: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: "ReportEvents" });
  try {
    await body();
  } finally {
    const complete = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", collect);
  }
  return events;
}

/** Trace events of rendering a frame; then of V8's garbage collector. */
const RENDERING = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit"]);
const collects = (e: TraceEvent) => e.name === "MinorGC" || e.name === "MajorGC" || e.name.startsWith("V8.GC");

/** Chromium's name for a service worker's thread in a trace. */
const SERVICE_WORKER_THREAD = "ServiceWorker thread";

/** Trace events that say what a task was busy with. */
const WORK_EVENTS = new Set([
  "UpdateLayoutTree",
  "Layout",
  "EvaluateScript",
  "FunctionCall",
  "TimerFire",
  "FireAnimationFrame",
  "RunMicrotasks",
  "ParseHTML",
  "Paint",
  "MinorGC",
  "MajorGC",
]);

/** Our measures by part of the breakdown: "engine: quotes", "ranges", "render". */
const partOf = (m: Measure) =>
  m.name.startsWith(STAGE_MEASURE_PREFIX) ? `engine: ${m.name.slice(STAGE_MEASURE_PREFIX.length)}` : m.name.replace(/^newsmark:/, "");
/**
 * Measures that span others (the whole analysis, the whole paint) or only wait (for the background's
 * text stages, while the page's thread is free): not parts of their own.
 */
const SPANNING = new Set([ANALYSIS_MEASURE, PAINTED_MEASURE, TEXT_STAGES_MEASURE]);

/** Names a long task by the parts of ours it ran (engine stages, …), else by its largest piece of work; scripts by their file. */
function describe(task: TraceEvent, onThread: TraceEvent[], measures: Measure[]): string {
  const ours = measures.filter((m) => ranWithin(m, task.ts, endOf(task))).map(partOf);
  if (ours.length) return ours.join(" + ");
  const inside = onThread.filter((e) => WORK_EVENTS.has(e.name) && e.ts >= task.ts && endOf(e) <= endOf(task));
  const top = inside.sort((a, b) => b.dur! - a.dur!)[0];
  if (!top) return "other";
  const url = top.args?.data?.url;
  return url ? `${top.name} ${url.split("/").pop() || url}` : top.name;
}

/** The content script's tasks, their parts and long tasks on the page's main thread, from the trace. */
function mainThreadTimes(
  events: TraceEvent[],
  pageOrigin: string,
): Pick<PageResult, "first" | "compile" | "later" | "painted" | "parts" | "notOurs" | "longTasks" | "background"> {
  const complete = events.filter((e) => e.ph === "X" && e.dur !== undefined);
  const script = complete.find((e) => e.name === "EvaluateScript" && e.args?.data?.url?.endsWith(`/${CONTENT_SCRIPT_FILE}`));
  if (!script) throw new Error(`no evaluation of ${CONTENT_SCRIPT_FILE} in the trace`);
  const onThread = complete.filter((e) => e.pid === script.pid && e.tid === script.tid);
  const tasks = onThread.filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
  const within = (t: TraceEvent, ts: number) => t.ts <= ts && ts <= endOf(t);
  const firstTask = tasks.find((t) => within(t, script.ts));
  if (!firstTask) throw new Error(`${CONTENT_SCRIPT_FILE} ran outside a traced task`);
  const all = userMeasures(events, script.pid, "newsmark:");
  const measures = all.filter((m) => !SPANNING.has(m.name));
  const compile = spanOf(onThread.filter((e) => e.name === "v8.compile" && within(firstTask, e.ts))).wall;
  const longTasks = tasks
    .filter((t) => t.dur! > BUDGET.longTask * 1000)
    .map((t) => ({ ...spanOf([t]), what: describe(t, onThread, measures) }));
  const mark = events.find((e) => e.name === PAINTED_MARK && e.pid === script.pid);
  const analysed = all.find((m) => m.name === ANALYSIS_MEASURE);
  // The frame that showed the highlights; without any, the task in which the analysis ended.
  const last = tasks.find((t) => (mark ? within(t, mark.ts) : analysed !== undefined && within(t, analysed.end)));
  const to = last ? endOf(last) : endOf(firstTask);
  // Ours: the tasks that ran our code (a measure of ours in them, or the end of one spanning several
  // tasks: the background's reply), every task that collected garbage (some of it may be ours), and
  // the frames rendered once the highlights were registered, less the page's own scripts in them.
  // Frames before that render the page's own changes (our stages only read the page; a style or
  // layout they force runs inside their tasks) and run the bench's check each animation frame: they
  // are reported apart with the page's other tasks (its timers, loading).
  const ends = all.filter((m) => SPANNING.has(m.name)).map((m) => m.end);
  const registered = all.find((m) => m.name === PAINTED_MEASURE);
  const taskOf = (e: TraceEvent) => tasks.find((t) => within(t, e.ts));
  const collected = new Set(onThread.filter(collects).map(taskOf));
  const rendered = new Set(onThread.filter((e) => RENDERING.has(e.name) && registered !== undefined && e.ts >= registered.end).map(taskOf));
  const ours = (t: TraceEvent) =>
    measures.some((m) => m.ts < endOf(t) && m.end > t.ts) || ends.some((ts) => within(t, ts)) || collected.has(t) || rendered.has(t);
  const later = tasks.filter((t) => t.ts >= endOf(firstTask) && endOf(t) <= to);
  const counted = [firstTask, ...later.filter(ours)];
  const inCounted = (e: TraceEvent) => counted.some((t) => e.ts >= t.ts && endOf(e) <= endOf(t));
  const parts = cpuParts(onThread.filter(inCounted), measures, partOf, { from: firstTask.ts, to, pageOrigin });
  const pageScripts = parts.get(PART.page) ?? 0;
  parts.delete(PART.page);
  const laterSpan = spanOf(counted.slice(1));
  return {
    first: spanOf([firstTask]),
    compile,
    later: { wall: laterSpan.wall, cpu: laterSpan.cpu - pageScripts },
    painted: mark !== undefined && last !== undefined,
    parts,
    notOurs: spanOf(later.filter((t) => !ours(t))).cpu + pageScripts,
    longTasks,
    background: backgroundSpan(
      events,
      all.find((m) => m.name === TEXT_STAGES_MEASURE),
      to,
    ),
  };
}

/**
 * The background's share: wall time, the content script's wait for the text stages; CPU time, the
 * service worker's tasks until the highlights were painted (the injection and the text stages; a
 * worker's User Timing does not reach the trace). Null without text stages (no article).
 */
function backgroundSpan(events: TraceEvent[], wait: Measure | undefined, until: number): Span | null {
  if (!wait) return null;
  const worker = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === SERVICE_WORKER_THREAD);
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === worker?.pid && e.tid === worker.tid);
  return { wall: (wait.end - wait.ts) / 1000, cpu: spanOf(tasks.filter((t) => endOf(t) <= until)).cpu };
}

/** CPU time of the popup's main thread until its first-render mark (the mark's startTime is ms after navigation start). */
function popupCpu(events: TraceEvent[]): number | null {
  const mark = events.find((e) => e.name === POPUP_MARK);
  const since = mark?.args?.data?.startTime;
  if (!mark || since === undefined) return null;
  const navigationStart = mark.ts - since * 1000;
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === mark.pid && e.tid === mark.tid);
  return spanOf(tasks.filter((t) => t.ts >= navigationStart && t.ts <= mark.ts)).cpu;
}

/** Opens the popup for the tab; returns its first-render mark and when it showed the page's state. */
async function measurePopup(popup: Page, url: string): Promise<Pick<PageResult, "popupFirstRender" | "popupFilled" | "popupState">> {
  await popup.goto(url, { waitUntil: "commit" });
  return popup.evaluate(
    (mark) =>
      new Promise<Pick<PageResult, "popupFirstRender" | "popupFilled" | "popupState">>((done) => {
        const state = () => document.querySelector("main")?.getAttribute("data-state") ?? null;
        const filled = () => {
          const s = state();
          return s !== null && s !== "analysing";
        };
        // Seen only after the fact: the time would be when we looked, not when it happened.
        const late = filled();
        const finish = () => {
          const first = performance.getEntriesByName(mark)[0];
          if (!first || !filled()) return;
          observer.disconnect();
          done({ popupFirstRender: first.startTime, popupFilled: late ? null : performance.now(), popupState: state()! });
        };
        const observer = new MutationObserver(finish);
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        finish();
      }),
    POPUP_MARK,
  );
}

/** An empty extension page opened in the popup's tab: when its document was ready, in ms after navigation start. */
async function measureFloor(tab: Page, url: string): Promise<number> {
  await tab.goto(url, { waitUntil: "load" });
  return tab.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
}

/** Readability's parse of a clone of the live page (as Firefox's Reader View runs it): the traced task that ran it. */
async function readabilitySpan(page: Page, cdp: CDPSession): Promise<Span | null> {
  await page.addScriptTag({ path: READABILITY_JS });
  const events = await traced(cdp, () =>
    page.evaluate((mark) => {
      const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
      performance.mark(mark);
      new R(document.cloneNode(true) as Document).parse();
    }, READABILITY_MARK),
  );
  const mark = events.find((e) => e.name === READABILITY_MARK);
  const task =
    mark &&
    events.find(
      (e) =>
        e.name === "RunTask" && e.ph === "X" && e.tid === mark.tid && e.pid === mark.pid && e.ts <= mark.ts && mark.ts <= e.ts + e.dur!,
    );
  return task ? spanOf([task]) : null;
}

async function measure(
  tabs: { article: Page; ext: Page; popup: Page },
  cdp: CDPSession,
  extOrigin: string,
  name: string,
  url: string,
): Promise<PageResult> {
  await tabs.article.goto(url, { waitUntil: "load" });
  const tabId = await tabIdOf(tabs.ext, url);
  // The reader clicks in the tab they read: the active one. A tab behind another renders about one
  // frame a second, which would leave the highlights unpainted for up to a second.
  await tabs.article.bringToFront();
  await watchPage(tabs.article);
  let popup: Pick<PageResult, "popupFirstRender" | "popupFilled" | "popupState"> | undefined;
  const events = await traced(cdp, async () => {
    await inject(tabs.ext, tabId);
    await waitForPainted(tabs.article, PAINT_WAIT_MS);
    await tabs.popup.bringToFront();
    popup = await measurePopup(tabs.popup, `${extOrigin}/popup.html?tabId=${tabId}`);
  });
  const observedLongTasks = await tabs.article.evaluate(() => (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks);
  const readability = await readabilitySpan(tabs.article, cdp);
  const popupFloor = await measureFloor(tabs.popup, `${extOrigin}/${BLANK_PAGE}`);
  return {
    name,
    ...mainThreadTimes(events, new URL(url).origin),
    observedLongTasks,
    ...popup!,
    popupFirstRenderCpu: popupCpu(events),
    popupFloor,
    readability,
  };
}

const ms = (x: number) => fmt(x, 1);
const wall = (xs: Span[]) => xs.map((x) => x.wall);
const cpu = (xs: Span[]) => xs.map((x) => x.cpu);
const total = (r: PageResult): Span => ({ wall: r.first.wall + r.later.wall, cpu: r.first.cpu + r.later.cpu });
const ENGINE = "engine: ";
/** CPU ms of the engine's stages, garbage collection apart. */
const engineCpu = (r: PageResult) => [...r.parts].reduce((s, [part, x]) => s + (part.startsWith(ENGINE) ? x : 0), 0);

function report(results: PageResult[], failed: string[], seconds: number): void {
  const both = results.flatMap((r) => (r.readability ? [{ ours: engineCpu(r), theirs: r.readability.cpu }] : []));
  const readability = results.flatMap((r) => (r.readability ? [r.readability] : []));
  const inBackground = results.flatMap((r) => (r.background ? [r.background] : []));
  const row = (label: string, xs: number[], cpuXs?: number[], budget?: number) => {
    const p95 = quantile(xs, 0.95);
    return [
      label,
      xs.length,
      ms(median(xs)),
      ms(p95),
      ms(Math.max(...xs)),
      cpuXs ? ms(median(cpuXs)) : "",
      cpuXs ? ms(quantile(cpuXs, 0.95)) : "",
      budget === undefined
        ? ""
        : `${budget}: ${p95 <= budget ? "ok" : "over"}${cpuXs ? `, cpu ${quantile(cpuXs, 0.95) <= budget ? "ok" : "over"}` : ""}`,
    ];
  };
  table(
    ["ms per page", "pages", "median", "p95", "max", "cpu med", "cpu p95", "budget (p95)"],
    [
      row("content script: injection to highlights painted", wall(results.map(total)), cpu(results.map(total)), BUDGET.analysisPaint),
      row("  first task (content.js)", wall(results.map((r) => r.first)), cpu(results.map((r) => r.first))),
      row(
        "    of which compiling content.js",
        results.map((r) => r.compile),
      ),
      row("  later tasks (stages, paint)", wall(results.map((r) => r.later)), cpu(results.map((r) => r.later))),
      row("background: text stages (people, quotes, summary)", wall(inBackground), cpu(inBackground)),
      row(
        "page thread + background, cpu",
        cpu(results.map((r) => total(r))).map((x, i) => x + (results[i]!.background?.cpu ?? 0)),
      ),
      row(
        "not counted: the page's own scripts and tasks meanwhile (cpu)",
        results.map((r) => r.notOurs),
      ),
      row(
        "popup first render",
        results.map((r) => r.popupFirstRender),
        results.flatMap((r) => (r.popupFirstRenderCpu === null ? [] : [r.popupFirstRenderCpu])),
        BUDGET.popupFirstRender,
      ),
      row(
        "  floor: an empty extension page in the same tab (ready)",
        results.map((r) => r.popupFloor),
      ),
      row(
        "  popup first render beyond that floor",
        results.map((r) => r.popupFirstRender - r.popupFloor),
      ),
      row(
        "popup shows the page's state",
        results.flatMap((r) => (r.popupFilled === null ? [] : [r.popupFilled])),
      ),
      row("baseline: Readability parse", wall(readability), cpu(readability)),
    ],
  );
  parts(results);
  const longTasks = results.flatMap((r) => r.longTasks);
  const longCpu = longTasks.filter((t) => t.cpu > BUDGET.longTask);
  const observed = results.flatMap((r) => r.observedLongTasks.filter((d) => d > BUDGET.longTask));
  console.log(
    `\nlong tasks > ${BUDGET.longTask} ms on the page's main thread, injection to popup filled (trace): ` +
      `${longTasks.length} on ${results.filter((r) => r.longTasks.length > 0).length} of ${results.length} pages` +
      (longTasks.length ? `, longest ${ms(Math.max(...wall(longTasks)))} ms; ${longCpu.length} over ${BUDGET.longTask} ms of cpu` : "") +
      (longCpu.length ? ` (${longCpu.map((t) => `${ms(t.cpu)} ${t.what}`).join(", ")})` : ""),
  );
  console.log(
    `long tasks > ${BUDGET.longTask} ms reported to the page's PerformanceObserver: ${observed.length} (it is not told of content-script tasks)`,
  );
  const perPage = median(both.map((b) => b.ours / Math.max(b.theirs, 0.1)));
  const ofMedians = median(both.map((b) => b.ours)) / median(both.map((b) => b.theirs));
  console.log(
    `engine stages / Readability parse, cpu, on ${both.length} pages: median ratio ${fmt(perPage, 1)}, ratio of medians ${fmt(ofMedians, 1)}`,
  );
  const none = results.filter((r) => !r.painted).map((r) => `${r.name} (${r.popupState})`);
  if (none.length) console.log(`no highlights (analysis only): ${none.join(", ")}`);
  slowest(results);
  if (failed.length) console.log(`\nfailed: ${failed.join("; ")}`);
  console.log(
    `\n${results.length} pages, ${LOADS} loads each (the load with the median cpu counts), in ${fmt(seconds, 0)} s; headless Chromium under tracing; ` +
      `${cpus().length} cores, load average ${fmt(loadavg()[0]!, 1)} (wall times grow with load, cpu times hardly)`,
  );
}

/** Where the content script's CPU time goes: each part over the pages where it ran. */
function parts(results: PageResult[]): void {
  const names = [...new Set(results.flatMap((r) => [...r.parts.keys()]))];
  const order = (n: string) => (n.startsWith(ENGINE) ? 0 : n === PART.other ? 2 : 1);
  names.sort((a, b) => order(a) - order(b));
  console.log("\nwhere the content script's cpu goes, injection to highlights painted (ms per page, over the pages where the part ran):");
  table(
    ["part", "pages", "cpu med", "cpu p95", "max", "page of max"],
    names.map((n) => {
      const on = results.flatMap((r) => (r.parts.has(n) ? [{ name: r.name, x: r.parts.get(n)! }] : []));
      const worst = on.reduce((a, b) => (b.x > a.x ? b : a));
      const xs = on.map((o) => o.x);
      return [n, on.length, ms(median(xs)), ms(quantile(xs, 0.95)), ms(worst.x), worst.name];
    }),
  );
}

/** Where the time goes on the slowest pages, and on the seed. */
function slowest(results: PageResult[]): void {
  const part = (r: PageResult, name: string) => ms(r.parts.get(name) ?? 0);
  console.log("\nslowest pages by cpu, and the seed (ms; long tasks by the parts of ours they ran, else what took most of them):");
  table(
    [
      "page",
      "wall",
      "cpu",
      "engine",
      "ranges",
      "render",
      "style",
      "paint",
      "GC",
      "other",
      "not ours",
      "long tasks",
      "popup",
      "Readab. cpu",
    ],
    [...results]
      .sort((a, b) => total(b).cpu - total(a).cpu)
      .filter((r, i) => i < SLOWEST || r.name === SEED_NAME)
      .map((r) => [
        r.name,
        ms(total(r).wall),
        ms(total(r).cpu),
        ms(engineCpu(r)),
        part(r, "ranges"),
        part(r, "render"),
        part(r, PART.style),
        part(r, PART.paint),
        part(r, PART.gc),
        part(r, PART.other),
        ms(r.notOurs),
        r.longTasks.map((t) => `${ms(t.wall)}/${ms(t.cpu)} ${t.what}`).join(", ") || "—",
        ms(r.popupFirstRender),
        r.readability ? ms(r.readability.cpu) : "—",
      ]),
  );
}

export async function run(_o: BenchOptions): Promise<void> {
  if (!existsSync(join(ROOT, "dist/chrome/manifest.json"))) {
    console.log("dist/chrome is missing: run `npm run build` first (this section measures the built extension)");
    return;
  }
  const started = performance.now();
  const pages = samplePages();
  const { server, origin, url } = await serve(pages);
  const ext = await e2eCopy("chrome");
  const profile = await mkdtemp(join(tmpdir(), "newsmark-bench-"));
  let ctx: BrowserContext | undefined;
  try {
    ctx = await launch(ext.dir, profile, origin);
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
    const extOrigin = `chrome-extension://${new URL(sw.url()).host}`;
    const tabs = { ext: await ctx.newPage(), article: await ctx.newPage(), popup: await ctx.newPage() };
    await tabs.ext.goto(`${extOrigin}/${BLANK_PAGE}`);
    const cdp = await ctx.newCDPSession(tabs.article);
    const results: PageResult[] = [];
    const failed: string[] = [];
    for (const p of pages) {
      try {
        const loads: PageResult[] = [];
        for (let i = 0; i < LOADS; i++) loads.push(await measure(tabs, cdp, extOrigin, p.name, url(p)));
        results.push(loads.sort((a, b) => total(a).cpu - total(b).cpu)[LOADS >> 1]!);
      } catch (error) {
        failed.push(`${p.name}: ${errorMessage(error).split("\n")[0]}`);
      }
    }
    report(results, failed, (performance.now() - started) / 1000);
  } finally {
    await ctx?.close();
    await rm(profile, { recursive: true, force: true });
    await ext.cleanup();
    server.close();
  }
}
