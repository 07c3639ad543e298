// Reading a Chromium trace of one renderer's main thread: its tasks, the User Timing measures our
// content script records, and where the CPU time of a stretch of tasks went — engine stages,
// building ranges, registering highlights, style and layout, painting, garbage collection.

export interface TraceEvent {
  name: string;
  ph: string;
  /** Start, wall clock, µs. */
  ts: number;
  /** Duration, wall clock, µs. */
  dur?: number;
  /** Duration, thread CPU time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  /** `name` is a thread's, in "thread_name" metadata events. */
  args?: { data?: { url?: string; startTime?: number }; name?: string };
}

/** A stretch of main-thread work: wall-clock and the thread's own CPU time, in ms. Under load from
 * other processes the wall time grows and the CPU time does not: the CPU time is what an idle machine would see. */
export interface Span {
  wall: number;
  cpu: number;
}

/** A User Timing measure, wall clock, µs. */
export interface Measure {
  name: string;
  ts: number;
  end: number;
}

export const spanOf = (es: TraceEvent[]): Span => ({
  wall: es.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000,
  cpu: es.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000,
});

export const endOf = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/**
 * Whether measure `m` ran in [from, to] (µs). By its middle: `performance.now()` is coarsened to
 * 0.1 ms, so a measure may start a little before the task that ran it.
 */
export const ranWithin = (m: Measure, from: number, to: number) => from <= (m.ts + m.end) / 2 && (m.ts + m.end) / 2 <= to;

/** Parts of the breakdown that are not our measures. */
export const PART = {
  compile: "compiling scripts",
  style: "style + layout",
  paint: "prepaint, paint, commit",
  gc: "garbage collection",
  page: "the page's own scripts",
  other: "other (setup, messages, yields, uninstrumented tasks)",
} as const;

/** Script entry points, with the address of the script they run. */
const SCRIPT_EVENTS = new Set(["FunctionCall", "EvaluateScript"]);

const named =
  (...names: string[]) =>
  (e: TraceEvent) =>
    names.includes(e.name);

/** The renderer's own work, by part of the breakdown: the trace events that make it up. */
const RENDERER_PARTS: [part: string, is: (e: TraceEvent) => boolean][] = [
  [PART.compile, named("v8.compile")],
  [PART.style, named("UpdateLayoutTree", "Layout")],
  [PART.paint, named("PrePaint", "Paint", "Layerize", "Commit")],
  [PART.gc, named("MinorGC", "MajorGC")],
];

/** Trace categories the breakdown needs. */
export const TRACE_CATEGORIES = ["disabled-by-default-devtools.timeline", "devtools.timeline", "v8", "blink.user_timing"];

/** Events that `is` picks and no other of them contains (a GC inside a GC counts once). */
function outermost(events: TraceEvent[], is: (e: TraceEvent) => boolean): TraceEvent[] {
  const of = events.filter(is).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  for (const e of of) if (!out.some((o) => o.ts <= e.ts && endOf(e) <= endOf(o))) out.push(e);
  return out;
}

/** Measures whose name starts with `prefix`, recorded by process `pid`, in order of their start. */
export function userMeasures(events: TraceEvent[], pid: number, prefix: string): Measure[] {
  const mine = events.filter((e) => e.pid === pid && e.cat?.includes("user_timing") && e.name.startsWith(prefix));
  const ends = mine.filter((e) => e.ph === "e").sort((a, b) => a.ts - b.ts);
  const out: Measure[] = [];
  for (const b of mine.filter((e) => e.ph === "b").sort((x, y) => x.ts - y.ts)) {
    const i = ends.findIndex((e) => e.name === b.name && e.ts >= b.ts);
    if (i >= 0) out.push({ name: b.name, ts: b.ts, end: ends.splice(i, 1)[0]!.ts });
  }
  return out;
}

/**
 * The CPU time (ms) of `tasks` spent within [from, to] (µs): each task's CPU time in proportion to
 * the share of its wall time inside the interval. Our measures each sit inside one task, so this is
 * that task's CPU rate over the measure.
 */
export function cpuWithin(tasks: TraceEvent[], from: number, to: number): number {
  let cpu = 0;
  for (const t of tasks) {
    const overlap = Math.min(endOf(t), to) - Math.max(t.ts, from);
    if (overlap > 0 && t.dur) cpu += ((t.tdur ?? t.dur) * overlap) / t.dur;
  }
  return cpu / 1000;
}

/**
 * CPU ms per part of the work in [from, to] on the thread of `onThread` (its complete events):
 * the renderer's parts from its own events; each measure (named by `label`) and the scripts of
 * the page at `pageOrigin`, less the renderer's work inside them; "other" for the rest of the tasks' time.
 */
export function cpuParts(
  onThread: TraceEvent[],
  measures: Measure[],
  label: (m: Measure) => string,
  stretch: { from: number; to: number; pageOrigin: string },
): Map<string, number> {
  const { from, to, pageOrigin } = stretch;
  const parts = new Map<string, number>();
  const add = (part: string, ms: number) => ms > 0 && parts.set(part, (parts.get(part) ?? 0) + ms);
  const inWindow = onThread.filter((e) => e.ts >= from && endOf(e) <= to);
  const tasks = inWindow.filter((e) => e.name === "RunTask");
  const renderer = RENDERER_PARTS.map(([part, is]) => [part, outermost(inWindow, is)] as const);
  const rendererWithin = (start: number, end: number) =>
    spanOf(renderer.flatMap(([, events]) => events.filter((e) => e.ts >= start && endOf(e) <= end))).cpu;
  for (const [part, events] of renderer) add(part, spanOf(events).cpu);
  for (const m of measures.filter((m) => ranWithin(m, from, to)))
    add(label(m), cpuWithin(tasks, m.ts, m.end) - rendererWithin(m.ts, m.end));
  const pageScripts = outermost(inWindow, (e) => SCRIPT_EVENTS.has(e.name)).filter((e) => e.args?.data?.url?.startsWith(pageOrigin));
  for (const e of pageScripts) add(PART.page, spanOf([e]).cpu - rendererWithin(e.ts, endOf(e)));
  const accounted = [...parts.values()].reduce((a, b) => a + b, 0);
  add(PART.other, spanOf(tasks).cpu - accounted);
  return parts;
}
