import type { Person, Quote } from "../types";
import type { Candidate } from "./candidates";

/**
 * How much each signal weighs. Set on the CNN/DailyMail dev articles as a whole (never per
 * article); `npm run bench -- --only summary` measures them against LEAD-3.
 */
const WEIGHT = {
  /** Position prior 1 / (1 + (rank / POSITION_SCALE)^POSITION_POWER): flat over the lead, then falling. */
  position: 1,
  /** LexRank centrality (mean 1, capped at CENTRALITY_CAP). */
  centrality: 0.3,
  /** Share of the sentence's distinct content words found in the headline. */
  headline: 0.3,
  /** Salience of the people named: their mention counts relative to the most mentioned person. */
  people: 0.05,
  /** Share of the sentence inside direct quotes: quotes colour a story, they rarely sum it up. */
  quoted: -0.5,
};
const POSITION_SCALE = 2.5;
const POSITION_POWER = 4;
const CENTRALITY_CAP = 3;
/** Factors for sentences that rarely summarise: caption-like lines without final punctuation, questions. */
const UNFINISHED = 0.8;
const QUESTION = 0.5;

export interface Signals {
  /** LexRank centrality per candidate, mean 1. */
  centrality: readonly number[];
  /** Content terms per candidate and of the headline. */
  terms: readonly (readonly string[])[];
  headline: ReadonlySet<string>;
  people: readonly Person[];
  quotes: readonly Quote[];
}

const positionPrior = (rank: number) => 1 / (1 + Math.pow(rank / POSITION_SCALE, POSITION_POWER));

/** Each candidate's score: a weighted sum of its signals, damped for captions and questions. */
export function scoreCandidates(cands: readonly Candidate[], sig: Signals): number[] {
  const maxMentions = Math.max(1, ...sig.people.map((p) => p.mentions.length));
  return cands.map((c, i) => {
    const distinct = new Set(sig.terms[i]);
    let hits = 0;
    for (const t of distinct) if (sig.headline.has(t)) hits++;
    let s =
      WEIGHT.position * positionPrior(c.rank) +
      WEIGHT.centrality * Math.min(sig.centrality[i]!, CENTRALITY_CAP) +
      WEIGHT.headline * (distinct.size ? hits / distinct.size : 0) +
      WEIGHT.people * peopleSalience(c, sig.people, maxMentions) +
      WEIGHT.quoted * quotedShare(c, sig.quotes);
    if (c.unfinished) s *= UNFINISHED;
    if (c.question) s *= QUESTION;
    return s;
  });
}

/** Σ mentions / most mentions over the people named in the sentence, at most 1. */
function peopleSalience(c: Candidate, people: readonly Person[], maxMentions: number): number {
  let s = 0;
  for (const p of people) if (p.mentions.some((m) => m.start >= c.start && m.end <= c.end)) s += p.mentions.length / maxMentions;
  return Math.min(1, s);
}

/** The share of the sentence's characters inside quotes, 0–1. */
function quotedShare(c: Candidate, quotes: readonly Quote[]): number {
  let inside = 0;
  for (const q of quotes) if (q.start < c.end && q.end > c.start) inside += Math.min(q.end, c.end) - Math.max(q.start, c.start);
  return Math.min(1, inside / (c.end - c.start));
}
