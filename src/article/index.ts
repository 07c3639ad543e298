import type { SourceBlock } from "../text/build-text";
import type { Article } from "./types";
import { readMeta } from "./meta";
import { measureTree, type Stat } from "./stats";
import { scoreCandidates, topCandidate } from "./score";
import { articleParts } from "./siblings";
import { makeSkip, type Flags } from "./exclude";
import { collectBlocks } from "./blocks";
import { blockChars, skipBesideRuns } from "./loose";
import { findHeadline, findLead, heroCaption, repeatsHeadline } from "./headline";
import { notArticleReason } from "./classify";
import { commonAncestor, memoTextOf, precedes, type TextOf } from "./dom";
import { runSteps, type Steps } from "../steps";

export type { Article, ArticleMeta } from "./types";

/** Clean-up passes, relaxed one at a time when a pass finds too little text (Readability's retries). */
const PASSES: readonly Flags[] = [
  { stripUnlikely: true, weighClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weighClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weighClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weighClasses: false, cleanConditionally: false },
];
const NO_META = { title: null, byline: null, published: null, siteName: null, lang: null };
const EMPTY = "the page is empty";

/** Body text (characters) a pass must find to be accepted. */
const ENOUGH = 500;

interface Attempt {
  stats: Map<Element, Stat>;
  /** The elements holding the body (top candidate and its siblings). */
  parts: Element[];
  blocks: SourceBlock[];
  skip: (el: Element) => boolean;
  chars: number;
  /** Blocks whose text is their run of loose text (see `looseRun`). */
  runs: ReadonlySet<Element>;
}

/**
 * One clean-up pass in steps: yields "measure" after a new walk of the page (the largest part on long
 * pages) and "blocks" once the body is chosen and its blocks collected, then returns the pass.
 */
function* attemptSteps(body: Element, flags: Flags, measured: Map<boolean, Map<Element, Stat>>, textOf: TextOf): Steps<Attempt> {
  // Passes that differ only in scoring share one measurement of the page.
  let stats = measured.get(flags.stripUnlikely);
  if (!stats) {
    measured.set(flags.stripUnlikely, (stats = measureTree(body, { stripUnlikely: flags.stripUnlikely })));
    yield "measure";
  }
  const scores = scoreCandidates(stats, flags.weighClasses);
  // Scoring takes a few ms at most (2 ms on the corpus' longest pages): no step of its own.
  const parts = articleParts(topCandidate(scores, stats, body), scores, stats, body);
  const bodySkip = makeSkip(stats, flags, textOf);
  const { blocks, runs } = collectBlocks(parts, stats, bodySkip, textOf);
  const skip = skipBesideRuns(bodySkip, runs, stats);
  const chars = blocks.reduce((n, b) => n + blockChars(b.el, stats, runs), 0);
  yield "blocks";
  return { stats, parts, blocks, skip, chars, runs };
}

/** Puts the headline first and the lead after it, when they sit outside the body's element. */
function withHeadline(doc: Document, title: string | null, a: Attempt, textOf: TextOf): SourceBlock[] {
  const first = a.blocks[0]?.el ?? null;
  const headline = findHeadline(doc, title, first, textOf);
  if (!headline) return a.blocks;
  const text = textOf(headline);
  // Repeats of the headline in the body go (Readability drops them too).
  const body = a.blocks.filter((b) => b.el === headline || b.kind !== "heading" || !repeatsHeadline(textOf(b.el), text));
  const at = body.findIndex((b) => b.el === headline || b.el.contains(headline));
  // Short lines above the headline are kickers, dates and breadcrumbs.
  if (at >= 0) return body.filter((b, i) => i >= at || b.kind === "caption" || textOf(b.el).length >= 100);
  if (first && !precedes(headline, first)) return body;
  // The header around the body is judged leniently (its classes say "header"); the body's own
  // elements as the body was (a gallery before the first paragraph stays out).
  const lenient = makeSkip(a.stats, { stripUnlikely: false, weighClasses: false, cleanConditionally: false }, textOf);
  const skip = (el: Element) => (a.parts.some((p) => p.contains(el)) ? a.skip(el) : lenient(el));
  const firstBlock = body[0]?.el;
  // The element holding headline and body: the lead lies between the two in it, a hero picture before it.
  const container = firstBlock && commonAncestor([headline, firstBlock]);
  const lead = container ? findLead(headline, firstBlock, container, skip, textOf) : [];
  const hero = container ? heroCaption(container, lenient, textOf) : null;
  return [...(hero ? [hero] : []), { kind: "heading", el: headline }, ...lead, ...body];
}

/**
 * The article in a page: its metadata, the element holding its body and the body's blocks in
 * document order. Reads the page only; what to leave out is told by `skip`, never by removal.
 */
export function extractArticle(doc: Document, opts: { url?: string } = {}): Article {
  return runSteps(articleSteps(doc, opts));
}

/**
 * `extractArticle` in steps, for a caller that gives the page a turn in between: yields "meta" once
 * the metadata is read, then per clean-up pass "measure" (after each new walk of the page) and
 * "blocks" (see `attemptSteps`); returns the article.
 */
export function* articleSteps(doc: Document, opts: { url?: string } = {}): Steps<Article> {
  // An empty document has no root element (and some DOMs throw on `body` then).
  if (!doc.documentElement) return { root: null, blocks: [], skip: () => true, meta: NO_META, isArticle: false, reason: EMPTY };
  const { meta, declaredArticle, declaredClip } = readMeta(doc, opts.url);
  yield "meta";
  const body = pageBody(doc);
  if (!body) return { root: null, blocks: [], skip: () => true, meta, isArticle: false, reason: EMPTY };
  let best: Attempt | null = null;
  const measured = new Map<boolean, Map<Element, Stat>>();
  const textOf = memoTextOf();
  for (const flags of PASSES) {
    const a = yield* attemptSteps(body, flags, measured, textOf);
    if (!best || a.chars > best.chars) best = a;
    if (a.chars >= ENOUGH) break;
  }
  const a = best!;
  const blocks = withHeadline(doc, meta.title, a, textOf);
  const root = commonAncestor(a.blocks.map((b) => b.el)) ?? null;
  const reason = notArticleReason(doc, blocks, a.stats, a.runs, body, root, {
    declaredArticle,
    declaredClip,
    authored: !!meta.byline && !!meta.published,
    url: opts.url,
  });
  return { root, blocks, skip: a.skip, meta, isArticle: !reason, ...(reason ? { reason } : {}) };
}

/**
 * The page's body. Markup before <html> can make a parser leave `document.body` empty and put
 * the content in a second <body>: then that one.
 */
function pageBody(doc: Document): Element | null {
  if (!doc.body || doc.body.firstElementChild) return doc.body;
  const bodies = Array.from(doc.getElementsByTagName("body"));
  return bodies.find((b) => b.firstElementChild) ?? doc.documentElement;
}
