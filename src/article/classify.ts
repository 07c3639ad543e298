import { hasAncestor, precedes, textOf } from "./dom";
import type { SourceBlock } from "../text/build-text";
import { linkDensity, type Stat } from "./stats";
import { blockChars } from "./loose";

/** What the page says about itself, beside its text. */
export interface PageSignals {
  /** JSON-LD article type or og:type "article". */
  declaredArticle: boolean;
  /** JSON-LD clip item with the page's title, or og:type "video.…": a news clip's own page. */
  declaredClip: boolean;
  /** The page names its author and its date of publication: a post, as a short article without declarations. */
  authored: boolean;
  url?: string;
}

/** Ideographs, kana and hangul. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** A short block's length with its CJK characters counted twice: one says about what two Latin letters do (a Chinese paragraph of 50). */
const dense = (el: Element, n: number) => (n < 80 && n >= 40 ? n + (textOf(el).match(CJK)?.length ?? 0) : n);

/** Text length of prose (paragraphs, quotes, lists, captions of 80+ characters with few links), and its last block. */
function prose(blocks: readonly SourceBlock[], stats: Map<Element, Stat>, runs: ReadonlySet<Element>) {
  let chars = 0;
  let count = 0;
  let last: Element | null = null;
  for (const b of blocks) {
    if (b.kind === "heading" || b.kind === "other") continue;
    const s = stats.get(b.el);
    const n = dense(b.el, s ? blockChars(b.el, stats, runs) : textOf(b.el).length);
    if (n >= 80 && (!s || linkDensity(s) < 0.3)) {
      chars += n;
      count++;
      last = b.el;
    }
  }
  return { chars, count, last };
}

const LINK = new Set(["a"]);
const TEASER_HEADINGS = new Set(["h2", "h3", "h4"]);

/**
 * Visible headlines that are links (under `within`, above `end`): the teasers of fronts, search
 * results and "related" lists.
 */
function teaserCount(stats: Map<Element, Stat>, within: Element | null, end?: Element | null): number {
  let n = 0;
  // forEach: no iterator entry objects per element in cold code (see scoreCandidates).
  stats.forEach((s, el) => {
    if (
      TEASER_HEADINGS.has(s.tag) &&
      (s.links > 0 || hasAncestor(el, LINK)) &&
      (!within || within.contains(el)) &&
      (!end || precedes(el, end))
    )
      n++;
  });
  return n;
}

const pathOf = (url: string | undefined) => {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
};

/**
 * Why the page is not an article, or null when it is one. Articles have contiguous prose;
 * fronts have teasers, galleries have pictures, search pages results, apps almost no text.
 */
export function notArticleReason(
  doc: Document,
  blocks: readonly SourceBlock[],
  stats: Map<Element, Stat>,
  runs: ReadonlySet<Element>,
  body: Element,
  root: Element | null,
  signals: PageSignals,
): string | null {
  const p = prose(blocks, stats, runs);
  const bodyStat = stats.get(body);
  if (!bodyStat || bodyStat.chars < 200) return "the page has almost no text";
  const url = pathOf(signals.url);
  const teasers = teaserCount(stats, null);
  const isRoot = !!url && /^\/?(index\.\w+)?$/.test(url.pathname) && !url.search;
  if (url && /[?&](q|query|search|s|suche)=/.test(url.search) && doc.querySelector('input[type="search"], form[role="search"]'))
    return "search results";
  if (isRoot && !signals.declaredArticle && teasers >= 5) return "home page: teasers of many articles";
  // A page that calls itself an article may be short: a news flash, a clip with its teaser text.
  if (p.chars >= 600 || ((signals.declaredArticle || signals.declaredClip || signals.authored) && p.chars >= 150)) {
    // Much prose, but cut up by linked headlines: a section front with long teaser texts. Below the
    // last paragraph they cut up nothing: an article's "related" links, unless they outnumber its prose.
    // Each count walks every measured element: only for pages that do not call themselves articles.
    const inRoot = root && !signals.declaredArticle ? teaserCount(stats, root) : 0;
    const within = inRoot >= 5 ? teaserCount(stats, root, p.last) : 0;
    if (inRoot >= 5 && (within * 2 >= p.count || inRoot - within >= p.count * 2)) return "section front: teasers of many articles";
    return null;
  }
  if (bodyStat.img >= 8) return "gallery: pictures with little text";
  if (teasers >= 6) return "section front: teasers of many articles, little contiguous prose";
  return p.count === 0 ? "no article text found" : "too little article text";
}
