/**
 * Stages that can run in steps are generators: each `yield` names a finished step, where a caller
 * on a page's main thread may give the page a turn; the return value is the stage's result.
 */
export type Steps<T> = Generator<string, T, void>;

/** Runs steps to the end in one go and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** A stage's own steps, each yielded as "stage:step" and timed like a stage; returns the stage's result. */
export function* substeps<T>(stage: string, steps: Steps<T>, lap: (step: string) => string): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield lap(`${stage}:${step.value}`);
  }
}

/** Times consecutive steps: `lap(name)` adds the time since the previous lap to `timings[name]` (ms) and returns the name. */
export function stopwatch(): { timings: Record<string, number>; lap: (stage: string) => string } {
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
