import { cosine, type Vector } from "./vectors";

/** Damping of the random walk, as in LexRank and PageRank. */
const DAMPING = 0.85;
/** At most this many power iterations; the walk usually settles in fewer. */
const ITERATIONS = 50;
/** Settled when no weight moves by more than this (weights average 1). */
const TOLERANCE = 1e-4;

/** Cosine similarity of every pair of sentences; the diagonal is 0. */
export function similarities(vectors: readonly Vector[]): number[][] {
  const n = vectors.length;
  const sim: number[][] = vectors.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      sim[i]![j] = s;
      sim[j]![i] = s;
    }
  }
  return sim;
}

/**
 * Continuous LexRank (Erkan & Radev 2004): each sentence's weight in the stationary random walk
 * over the similarity graph, scaled so that the mean is 1.
 */
export function lexRank(sim: readonly (readonly number[])[]): number[] {
  const n = sim.length;
  const rowSum = sim.map((r) => r.reduce((a, b) => a + b, 0));
  let p = new Array<number>(n).fill(1);
  for (let k = 0; k < ITERATIONS; k++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      const share = DAMPING * p[j]!;
      const row = sim[j]!;
      // A sentence sharing no words with any other spreads its weight evenly.
      if (!rowSum[j]) for (let i = 0; i < n; i++) next[i]! += share / n;
      else for (let i = 0; i < n; i++) if (row[i]) next[i]! += (share * row[i]!) / rowSum[j]!;
    }
    const moved = next.reduce((m, x, i) => Math.max(m, Math.abs(x - p[i]!)), 0);
    p = next;
    if (moved < TOLERANCE) break;
  }
  return p;
}
