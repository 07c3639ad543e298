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
/**
 * Factors for sentences that rarely summarise: caption-like lines without final punctuation, and
 * questions, which raise what the article then answers ("How could it happen?").
 */
const UNFINISHED = 0.8;
const QUESTION = 0.2;

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
  const named = peopleIn(cands, sig.people);
  const quoted = quotesIn(cands, sig.quotes);
  return cands.map((c, i) => {
    const distinct = new Set(sig.terms[i]);
    let hits = 0;
    for (const t of distinct) if (sig.headline.has(t)) hits++;
    let s =
      WEIGHT.position * positionPrior(c.rank) +
      WEIGHT.centrality * Math.min(sig.centrality[i]!, CENTRALITY_CAP) +
      WEIGHT.headline * (distinct.size ? hits / distinct.size : 0) +
      WEIGHT.people * peopleSalience(named[i]!, sig.people, maxMentions) +
      WEIGHT.quoted * quotedShare(c, quoted[i]!, sig.quotes);
    if (c.unfinished) s *= UNFINISHED;
    if (c.question) s *= QUESTION;
    return s;
  });
}

/** The candidate (they are in text order, apart) whose span holds offset `at`, or -1. */
function candidateAt(cands: readonly Candidate[], at: number): number {
  let lo = 0;
  let hi = cands.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid]!.start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Per candidate, the indices (ascending) of the people with a mention inside it. */
function peopleIn(cands: readonly Candidate[], people: readonly Person[]): number[][] {
  const out: number[][] = cands.map(() => []);
  people.forEach((p, k) => {
    for (const m of p.mentions) {
      const c = candidateAt(cands, m.start);
      const list = out[c];
      if (list && m.end <= cands[c]!.end && list[list.length - 1] !== k) list.push(k);
    }
  });
  return out;
}

/**
 * Per candidate, the indices (ascending) of the quotations overlapping it. Reported speech
 * ("Officials said the strike killed 12 people") often is the news itself.
 */
function quotesIn(cands: readonly Candidate[], quotes: readonly Quote[]): number[][] {
  const out: number[][] = cands.map(() => []);
  quotes.forEach((q, k) => {
    if (q.kind === "indirect") return;
    for (let c = Math.max(0, candidateAt(cands, q.start)); c < cands.length && cands[c]!.start < q.end; c++) {
      if (q.start < cands[c]!.end) out[c]!.push(k);
    }
  });
  return out;
}

/** Σ mentions / most mentions over the people named in the sentence, at most 1. */
function peopleSalience(named: readonly number[], people: readonly Person[], maxMentions: number): number {
  let s = 0;
  for (const k of named) s += people[k]!.mentions.length / maxMentions;
  return Math.min(1, s);
}

/** The share of the sentence's characters inside quotes, 0–1. */
function quotedShare(c: Candidate, overlapping: readonly number[], quotes: readonly Quote[]): number {
  let inside = 0;
  for (const k of overlapping) {
    const q = quotes[k]!;
    inside += Math.min(q.end, c.end) - Math.max(q.start, c.start);
  }
  return Math.min(1, inside / (c.end - c.start));
}
