// Shared settings of the property tests. FUZZ_SEED and FUZZ_RUNS override them for a longer hunt:
// `FUZZ_SEED=$RANDOM FUZZ_RUNS=2000 npx vitest run tests/unit/fuzz`.
import { readabilityPages, trafilaturaPages } from "../../../bench/corpus";

export const SEED = Number(process.env.FUZZ_SEED ?? 20251202);

/** Runs per property: `n` by default, FUZZ_RUNS when set. */
export const runs = (n: number) => Number(process.env.FUZZ_RUNS ?? n);

/** Generous bound for one analyze() of any page, ms (linkedom on two busy cores; typical pages take tens). */
export const BOUND_MS = 10_000;

/** Every corpus page as HTML: Readability test pages and trafilatura pages. */
export const corpusPages = (): { name: string; html: string }[] => [
  ...readabilityPages().map((p) => ({ name: `readability/${p.name}`, html: p.html })),
  ...trafilaturaPages().map((p) => ({ name: `trafilatura/${p.file}`, html: p.html })),
];
