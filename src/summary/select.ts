import type { Candidate } from "./candidates";

const MIN_SENTENCES = 3;
const MAX_SENTENCES = 5;
/** Words a summary may reach with its fourth and fifth sentence (three come whatever their length). */
const WORD_BUDGET = 75;
/** A fourth or fifth sentence must come from the article's first sentences, where key facts sit. */
const EXTRA_MAX_RANK = 8;
/** Cosine similarity above which a sentence repeats one already chosen (captions echo the lead). */
const REDUNDANT = 0.4;

/**
 * Greedy selection: best score first, skipping near-repeats of chosen sentences, three sentences
 * and then more while the word budget lasts. Returns candidate indices in article order.
 */
export function selectSentences(cands: readonly Candidate[], scores: readonly number[], sim: (i: number, j: number) => number): number[] {
  const order = cands.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  let words = 0;
  for (const i of order) {
    if (chosen.length === MAX_SENTENCES) break;
    const c = cands[i]!;
    if (chosen.length >= MIN_SENTENCES && (words + c.words > WORD_BUDGET || c.rank > EXTRA_MAX_RANK)) continue;
    if (chosen.some((j) => sim(i, j) > REDUNDANT)) continue;
    chosen.push(i);
    words += c.words;
  }
  return chosen.sort((a, b) => a - b);
}
