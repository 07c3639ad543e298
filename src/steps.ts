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
