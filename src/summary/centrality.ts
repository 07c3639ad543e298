import type { Vector } from "./vectors";

/** Damping of the random walk, as in LexRank and PageRank. */
const DAMPING = 0.85;
/** At most this many power iterations; the walk usually settles in fewer. */
const ITERATIONS = 50;
/** Settled when no weight moves by more than this (weights average 1). */
const TOLERANCE = 1e-4;

/** One sentence's non-zero similarities: neighbour indices in ascending order and their cosines. */
export interface Row {
  ids: Int32Array;
  sims: Float64Array;
}

/**
 * Cosine similarity of every pair of sentences that shares a term, as sparse rows (the diagonal
 * left out). Only pairs met in a term's postings are visited, so the work follows the shared
 * terms rather than n²; each dot product adds its term products in ascending term order, exactly
 * as `cosine` does.
 */
export function similarities(vectors: readonly Vector[]): Row[] {
  const n = vectors.length;
  const postings = termPostings(vectors);
  const ids: number[][] = vectors.map(() => []);
  const sims: number[][] = vectors.map(() => []);
  const dot = new Float64Array(n);
  // Where sentence i stands in each term's postings (the sentences are visited in order).
  const cursor = new Int32Array(postings.length);
  // The sentences after i met so far, and whether each is met.
  const met = new Int32Array(n);
  const isMet = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    let count = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const w = v.weights[k]!;
      const post = postings[v.ids[k]!]!;
      for (let p = ++cursor[v.ids[k]!]!; p < post.at.length; p++) {
        const j = post.at[p]!;
        if (!isMet[j]) met[count++] = j;
        isMet[j] = 1;
        dot[j]! += w * post.weight[p]!;
      }
    }
    for (const j of met.subarray(0, count).sort()) {
      if (dot[j]) {
        ids[i]!.push(j);
        sims[i]!.push(dot[j]!);
        ids[j]!.push(i);
        sims[j]!.push(dot[j]!);
      }
      dot[j] = 0;
      isMet[j] = 0;
    }
  }
  return ids.map((r, i) => ({ ids: Int32Array.from(r), sims: Float64Array.from(sims[i]!) }));
}

/** For each term id: the sentences holding it, ascending, and its weight in each. */
function termPostings(vectors: readonly Vector[]): { at: number[]; weight: number[] }[] {
  const postings: { at: number[]; weight: number[] }[] = [];
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const post = (postings[v.ids[k]!] ??= { at: [], weight: [] });
      post.at.push(i);
      post.weight.push(v.weights[k]!);
    }
  });
  return postings;
}

/**
 * Continuous LexRank (Erkan & Radev 2004): each sentence's weight in the stationary random walk
 * over the similarity graph, scaled so that the mean is 1.
 */
export function lexRank(rows: readonly Row[]): number[] {
  const n = rows.length;
  const rowSum = rows.map((r) => r.sims.reduce((a, b) => a + b, 0));
  let p = new Float64Array(n).fill(1);
  // Two buffers in turn: no array allocated per iteration.
  let next = new Float64Array(n);
  for (let k = 0; k < ITERATIONS; k++) {
    next.fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      const share = DAMPING * p[j]!;
      const { ids, sims } = rows[j]!;
      const sum = rowSum[j]!;
      // A sentence sharing no words with any other spreads its weight evenly.
      if (!sum) for (let i = 0; i < n; i++) next[i]! += share / n;
      else for (let e = 0; e < ids.length; e++) next[ids[e]!]! += (share * sims[e]!) / sum;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(next[i]! - p[i]!));
    [p, next] = [next, p];
    if (moved < TOLERANCE) break;
  }
  return Array.from(p);
}
