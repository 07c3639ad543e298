import { closestNamed, firstDescendant, hasAncestor, isHidden, nameTokens } from "./dom";
import type { ClipWords } from "./words";

/** Regions that are never the article: navigation, sidebars, page footers, dialogs. */
const OUTSIDE_TAGS = new Set(["nav", "aside", "footer", "dialog", "template", "noscript"]);
const OUTSIDE_ROLES = new Set(["navigation", "complementary", "contentinfo", "dialog", "banner"]);
/** Recommendation and ad networks whose names mark their slots in any language. */
const AD_NETWORKS = new Set(["outbrain", "taboola", "teads"]);

// Body and html carry page-wide classes ("ads-enabled"), not regions.
const outsideRegion = (a: Element, w: ClipWords) =>
  a.localName !== "body" &&
  a.localName !== "html" &&
  (OUTSIDE_TAGS.has(a.localName) ||
    OUTSIDE_ROLES.has(a.getAttribute("role") ?? "") ||
    isHidden(a) ||
    nameTokens(a).some((t) => w.ads.has(t) || AD_NETWORKS.has(t)));

const LIST_ITEM = new Set(["li"]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const isHeading = (el: Element) => HEADING.has(el.localName);
const hasLink = (el: Element) => !!firstDescendant(el, (a) => a.localName === "a" && a.hasAttribute("href"));

/** An item of a list of links: a teaser list or playlist. */
function inLinkList(el: Element): boolean {
  const list = closestNamed(el, LIST_ITEM)?.parentElement;
  if (!list) return false;
  return Array.from(list.children).filter((c) => c.localName === "li" && hasLink(c)).length >= 2;
}

/** The label of a region: its aria label, or its first heading when that comes before `el`. */
function regionLabel(region: Element, el: Element, w: ClipWords): string | null {
  const aria = region.getAttribute("aria-label");
  if (aria) return aria;
  const by = region.getAttribute("aria-labelledby");
  const labelled = by ? region.ownerDocument.getElementById(by.split(/\s+/)[0] ?? "") : null;
  if (labelled) return labelled.textContent;
  // Headings of menus and page headers label those, not the region.
  const h = firstDescendant(
    region,
    (x) => isHeading(x) && !hasAncestor(x, (a) => outsideRegion(a, w) || a.localName === "header", region),
    el,
  );
  return h && !h.contains(el) ? h.textContent : null;
}

/** Whether `el` sits in a region headed as teasers of other pages ("Mehr zum Thema", "Related"). */
function underRelatedHeading(el: Element, w: ClipWords, stop: Element | null): boolean {
  for (let a = el.parentElement; a && a !== stop && a.localName !== "body"; a = a.parentElement) {
    const label = regionLabel(a, el, w)?.replace(/\s+/g, " ").trim();
    if (label && w.related.test(label)) return true;
  }
  return false;
}

const ARTICLE = new Set(["article"]);
const MAIN = new Set(["main"]);

/**
 * The part of the page the article's clips live in: the article element or main region around the
 * text root (its header may hold the lead video, its end an audio version), else the root's parent;
 * the whole body when no root was found.
 */
export function clipScope(doc: Document, root: Element | null): Element | null {
  if (!root || root.localName === "body" || root.localName === "html") return doc.body ?? doc.documentElement;
  return closestNamed(root, ARTICLE) ?? closestNamed(root, MAIN) ?? root.parentElement ?? root;
}

/** An article card inside the article: a teaser of other content (HTML's nested article). */
function inNestedArticle(el: Element, scope: Element | null): boolean {
  const outer = scope ? closestNamed(scope, ARTICLE) : null;
  return !!outer && hasAncestor(el, (a) => a.localName === "article", outer);
}

/** Whether an element sits where the article never is: navigation, a sidebar, an ad, a teaser list or section. */
export function outsideArticle(el: Element, w: ClipWords, stop: Element | null = null): boolean {
  return hasAncestor(el, (a) => outsideRegion(a, w)) || inLinkList(el) || inNestedArticle(el, stop) || underRelatedHeading(el, w, stop);
}

/** Whether a player found in the scope belongs to the article, by structure alone. */
export function belongs(el: Element, scope: Element, w: ClipWords): boolean {
  return !outsideArticle(el, w, scope.localName !== "body" && scope.localName !== "html" ? scope : null);
}
