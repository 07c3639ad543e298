import type { DomContext } from "../context";
import type { TextMap } from "../text/text-map";
import type { Clip } from "../types";
import { ArticleRegions, clipScope } from "./belongs";
import { isHidden } from "./dom";
import { draftFromGroup, draftFromLd } from "./draft";
import { groupCandidates, SIBLING_TEXT } from "./group";
import { readJsonLd } from "./json-ld";
import { attachJsonLd } from "./ld-match";
import { leadBoxes } from "./lead";
import { memoUp } from "./memo-up";
import { DocOrder } from "./order";
import { pageRegion } from "./region";
import { scanPage } from "./scan";
import { TextSize } from "./text-size";
import { toClip } from "./to-clip";
import { CaptionUnits, UNIT_TEXT } from "./unit";
import { clipWords } from "./words";
import { runSteps, type Steps } from "../steps";

/** The page URL: the one given, else the canonical link (to resolve relative player URLs). */
function pageUrl(ctx: DomContext): string | null {
  return ctx.url ?? ctx.doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
}

/**
 * The text offset of an element: the first mapped character at or after it (inside it counts as
 * after), else the end of the text. What TextMap.positionOf answers, with each step of the binary
 * search answered from the places DocOrder keeps instead of two climbs to the root.
 */
function positionOf(el: Element, map: TextMap, order: DocOrder): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order.textAtOrAfter(segs[mid]!.node, el)) hi = mid;
    else lo = mid + 1;
  }
  return lo < segs.length ? segs[lo]!.start : map.length;
}

/**
 * The article's own video and audio clips, in page order: players in the DOM (media elements,
 * known embeds, data-attribute placeholders, play teasers) merged with the JSON-LD media that describe
 * them; players in navigation, sidebars, ads and teaser lists of other pages are left out.
 * Linear in the page size: every question about where an element sits is answered from one
 * document-order walk or remembered per element.
 */
export function findClips(ctx: DomContext): Clip[] {
  return runSteps(clipSteps(ctx));
}

/**
 * `findClips` in two steps, for a caller that gives the page a turn in between: yields "scan" once
 * the page is searched for players (when it has any), then returns the clips.
 */
export function* clipSteps(ctx: DomContext): Steps<Clip[]> {
  const body = ctx.doc.body;
  if (!body) return [];
  const url = pageUrl(ctx);
  const w = clipWords(ctx.lang, pageRegion(ctx.doc, url));
  // Players outside the scope never belong to the article: only the scope is searched.
  const scope = clipScope(ctx.doc, ctx.root) ?? body;
  const text = new TextSize(Math.max(SIBLING_TEXT, UNIT_TEXT) + 1);
  // The lead video may sit beside the headline, above the article element.
  const scan = scanPage(ctx.doc, [...leadBoxes(scope, text), scope], url, w);
  const ld = readJsonLd(scan.jsonLd);
  // Most pages have neither.
  if (scan.candidates.length === 0 && ld.length === 0) return [];
  yield "scan";
  const order = new DocOrder(ctx.doc.documentElement ?? body);
  const regions = new ArticleRegions(w, order);
  // Decided per player before grouping, so that an article's player never merges with a teaser beside it.
  const inArticle = new Set(scan.candidates.filter((c) => regions.belongs(c.el, scope)));
  const own = groupCandidates([...inArticle], scope, order, text);
  const teasers = groupCandidates(
    scan.candidates.filter((c) => !inArticle.has(c)),
    scope,
    order,
    text,
  );
  // A caption area never spans another visible player; a hidden end slate does not count.
  const hidden = new Map<Element, boolean>();
  const els = [...own, ...teasers].map((g) => g.el).filter((el) => !memoUp(hidden, el, (a, above) => isHidden(a) || !!above));
  const units = new CaptionUnits(els, order, text, w);
  const drafts = [...own.map((g) => draftFromGroup(g, units, true, w)), ...teasers.map((g) => draftFromGroup(g, units, false, w))].filter(
    (d) => !d.teaser || d.times.duration !== null,
  );
  const media = ld.filter((m) => m.script.parentElement?.localName === "head" || !regions.outsideArticle(m.script));
  const alone = attachJsonLd(drafts, media).map(draftFromLd);
  const clips = [...drafts.filter((d) => d.belongs), ...alone];
  // A stable sort: clips of one anchor keep their order.
  const ranked = [...clips].sort((a, b) => order.compare(a.anchor, b.anchor));
  return ranked.map((d) => toClip(d, url, positionOf(d.anchor, ctx.map, order)));
}
