// How the bench sections time code: untimed warm-up calls, then N timed calls, each call's wall
// and CPU milliseconds kept. A figure "fastest of N" is the least disturbed of them: on a shared
// machine other work only ever adds time.

export interface Plan {
  /** Timed calls. */
  runs: number;
  /** Untimed calls before them, so that the first timed ones do not measure V8's compiler. */
  warmUp?: number;
}

/** Code to time: `input` runs untimed before every call and makes its argument afresh (a new document for code that changes the one it reads). */
export interface Subject<I, R> {
  input: () => I;
  call: (input: I) => R;
}

/** Per timed call, in call order: wall and CPU milliseconds, and what the call returned. */
export interface Timings<R> {
  wall: number[];
  cpu: number[];
  results: R[];
}

/** Milliseconds of CPU time the process has used: unlike wall time it barely grows when other processes share the cores. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Times the subjects round after round, one call of each per round (warm-up rounds first), so
 * that other work on the machine falls on all of them alike. The CPU reading brackets the wall one.
 */
export function timeRounds<I, R>(subjects: readonly Subject<I, R>[], plan: Plan): Timings<R>[] {
  for (let w = 0; w < (plan.warmUp ?? 0); w++) for (const s of subjects) s.call(s.input());
  const out = subjects.map((): Timings<R> => ({ wall: [], cpu: [], results: [] }));
  for (let r = 0; r < plan.runs; r++)
    subjects.forEach((s, i) => {
      const input = s.input();
      const cpu = cpuMs();
      const t = performance.now();
      const result = s.call(input);
      const wall = performance.now() - t;
      out[i]!.cpu.push(cpuMs() - cpu);
      out[i]!.wall.push(wall);
      out[i]!.results.push(result);
    });
  return out;
}

/** {@link timeRounds} for one piece of code that takes no fresh input. */
export function timeRuns<R>(call: () => R, plan: Plan): Timings<R> {
  return timeRounds([{ input: () => undefined, call }], plan)[0]!;
}

/** Wall milliseconds of the fastest call. */
export const fastest = (t: Timings<unknown>): number => Math.min(...t.wall);
