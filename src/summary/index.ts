import type { TextContext } from "../context";
import type { Person, Quote, SummarySentence } from "../types";
import { candidates } from "./candidates";
import { lexRank, similarities } from "./centrality";
import { datelineLength } from "./dateline";
import { scoreCandidates } from "./features";
import { selectSentences } from "./select";
import { contentTerms, stemmerFor } from "./terms";
import { cosine, tfIsf } from "./vectors";
import { runSteps, type Steps } from "../steps";

/**
 * 3–5 key sentences of the article, in article order, with offsets into `ctx.text`: extractive,
 * from position, centrality, headline words, the people named and the share quoted.
 */
export function summarize(ctx: TextContext, found: { people: readonly Person[]; quotes: readonly Quote[] }): SummarySentence[] {
  return runSteps(summarySteps(ctx, found));
}

/**
 * `summarize` in two steps, for a caller that gives the page a turn in between: yields "terms"
 * once the sentences' term vectors are built.
 */
export function* summarySteps(ctx: TextContext, found: { people: readonly Person[]; quotes: readonly Quote[] }): Steps<SummarySentence[]> {
  const cands = candidates(ctx);
  if (cands.length === 0) return [];
  const stemmer = stemmerFor(ctx.lang);
  const terms = cands.map((c) => contentTerms(c.text, stemmer));
  const vectors = tfIsf(terms);
  yield "terms";
  const scores = scoreCandidates(cands, {
    centrality: lexRank(similarities(vectors)),
    terms,
    headline: new Set(contentTerms(ctx.title ?? "", stemmer)),
    people: found.people,
    quotes: found.quotes,
  });
  return selectSentences(cands, scores, (i, j) => cosine(vectors[i]!, vectors[j]!)).map((i) => {
    const c = cands[i]!;
    // A paragraph's dateline ("Berlin (dpa) - ") is no part of its first sentence.
    const cut = c.start === ctx.blocks[c.block]?.start ? datelineLength(c.text) : 0;
    return { text: c.text.slice(cut), start: c.start + cut, end: c.end };
  });
}
