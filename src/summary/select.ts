import type { Candidate } from "./candidates";

const MIN_SENTENCES = 3;
const MAX_SENTENCES = 5;
/** Words a summary may reach with its fourth and fifth sentence (three come whatever their length). */
const WORD_BUDGET = 75;
/**
 * A fourth or fifth sentence must come from the article's first sentences, where key facts sit, and
 * be a whole statement: no caption-like line, teaser cut off or question.
 */
const EXTRA_MAX_RANK = 8;
/**
 * Share of the third sentence's score a fourth or fifth must reach: a mostly quoted sentence or
 * one sharing few words with the rest of the article falls below it.
 */
const EXTRA_MIN_SHARE = 1 / 3;
/** Sentences at the article's start whose back references the headline answers. */
const LEAD_SENTENCES = 2;
/** Cosine similarity above which a sentence repeats one already chosen (captions echo the lead). */
const REDUNDANT = 0.4;

/** Whether a candidate may join as a fourth or fifth sentence, after the three scoring up to `third`. */
function fitsAsExtra(c: Candidate, score: number, third: number, words: number): boolean {
  return words + c.words <= WORD_BUDGET && c.rank <= EXTRA_MAX_RANK && !c.unfinished && !c.question && score >= EXTRA_MIN_SHARE * third;
}

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
    // A sentence that points back ("Er sieht …") comes only after the one it points to; in the
    // article's first sentences it points to the headline's subject, shown above the summary.
    if (c.dangling && c.rank >= LEAD_SENTENCES && !(cands[i - 1]?.rank === c.rank - 1 && chosen.includes(i - 1))) continue;
    if (chosen.length >= MIN_SENTENCES && !fitsAsExtra(c, scores[i]!, scores[chosen[MIN_SENTENCES - 1]!]!, words)) continue;
    if (chosen.some((j) => sim(i, j) > REDUNDANT)) continue;
    chosen.push(i);
    words += c.words;
  }
  return chosen.sort((a, b) => a - b);
}
