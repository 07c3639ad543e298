import type { DomContext } from "../context";
import { precedes } from "../text/dom-order";
import type { Clip } from "../types";
import { belongs, clipScope, outsideArticle } from "./belongs";
import { hasAncestor, isHidden } from "./dom";
import { draftFromGroup, draftFromLd, type Draft } from "./draft";
import { groupCandidates } from "./group";
import { readJsonLd } from "./json-ld";
import { attachJsonLd } from "./ld-match";
import { scanPage } from "./scan";
import { toClip } from "./to-clip";
import { clipWords } from "./words";

/** The page URL: the one given, else the canonical link (to resolve relative player URLs). */
function pageUrl(ctx: DomContext): string | null {
  return ctx.url ?? ctx.doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
}

const inPageOrder = (a: Draft, b: Draft) => (a.anchor === b.anchor ? 0 : precedes(a.anchor, b.anchor) ? -1 : 1);

/**
 * The article's own video and audio clips, in page order: players in the DOM (media elements,
 * known embeds, data-attribute placeholders, play teasers) merged with the JSON-LD media that describe
 * them; players in navigation, sidebars, ads and teaser lists of other pages are left out.
 */
export function findClips(ctx: DomContext): Clip[] {
  const body = ctx.doc.body;
  if (!body) return [];
  const w = clipWords(ctx.lang);
  const url = pageUrl(ctx);
  // Players outside the scope never belong to the article: only the scope is searched.
  const scope = clipScope(ctx.doc, ctx.root) ?? body;
  const scan = scanPage(ctx.doc, scope, url, w);
  // Decided per player before grouping, so that an article's player never merges with a teaser beside it.
  const inArticle = new Set(scan.candidates.filter((c) => belongs(c.el, scope, w)));
  const own = groupCandidates([...inArticle], scope);
  const teasers = groupCandidates(
    scan.candidates.filter((c) => !inArticle.has(c)),
    scope,
  );
  // A caption area never spans another visible player; a hidden end slate does not count.
  const els = [...own, ...teasers].map((g) => g.el).filter((el) => !hasAncestor(el, isHidden));
  const drafts = [...own.map((g) => draftFromGroup(g, els, true, w)), ...teasers.map((g) => draftFromGroup(g, els, false, w))].filter(
    (d) => !d.teaser || d.times.duration !== null,
  );
  const media = readJsonLd(scan.jsonLd).filter((m) => m.script.parentElement?.localName === "head" || !outsideArticle(m.script, w));
  const alone = attachJsonLd(drafts, media).map(draftFromLd);
  return [...drafts.filter((d) => d.belongs), ...alone].sort(inPageOrder).map((d) => toClip(d, url, ctx.map.positionOf(d.anchor)));
}
