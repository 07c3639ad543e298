import { closestNamed, firstDescendant, isHidden, nameTokens, nextInTree } from "./dom";
import { memoUp } from "./memo-up";
import type { DocOrder } from "./order";
import type { ClipWords } from "./words";

/** Regions that are never the article: navigation, sidebars, page footers, dialogs. */
const OUTSIDE_TAGS = new Set(["nav", "aside", "footer", "dialog", "template", "noscript"]);
const INERT = new Set(["template", "noscript"]);
const OUTSIDE_ROLES = new Set(["navigation", "complementary", "contentinfo", "dialog", "banner"]);
/**
 * Recommendation and ad networks (outstream video players among them, which show clips of their own
 * choosing beside any article), and the words pages in any language name recommendation boxes with.
 */
const SLOT_NAMES = new Set([
  "outbrain",
  "taboola",
  "teads",
  "connatix",
  "cnx",
  "primis",
  "anyclip",
  "aniview",
  "vidazoo",
  "outstream",
  "recommendations",
  "recirculation",
]);

/** Words before an ad word that name a region holding ads beside its content, not an ad: "lightbox--with-ads". */
const AD_HOLDERS = new Set(["with", "has"]);

// Body and html carry page-wide classes ("ads-enabled"), not regions.
const outsideRegion = (a: Element, w: ClipWords) =>
  a.localName !== "body" &&
  a.localName !== "html" &&
  (OUTSIDE_TAGS.has(a.localName) ||
    OUTSIDE_ROLES.has(a.getAttribute("role") ?? "") ||
    isHidden(a) ||
    nameTokens(a).some((t, i, all) => (w.ads.has(t) && !AD_HOLDERS.has(all[i - 1] ?? "")) || SLOT_NAMES.has(t)));

const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const isHeading = (el: Element) => HEADING.has(el.localName);
const CONTROLS = new Set(["a", "button"]);
/** A label is a line, not a sentence (characters). */
const MAX_LABEL = 40;
/** A paragraph longer than this is running text, not a teaser's line (characters). */
const MAX_TEASER = 100;
const hasLink = (el: Element) => !!firstDescendant(el, (a) => a.localName === "a" && a.hasAttribute("href"));
const runningText = (el: Element | null) => el?.localName === "p" && (el.textContent?.length ?? 0) > MAX_TEASER;
const ARTICLE = new Set(["article"]);
const LINK = new Set(["a"]);
const MAIN = new Set(["main"]);

/**
 * How regions from an element up to the scope label it: whether one is labelled as teasers of other
 * pages ("Mehr zum Thema", "Related"), and of the headings that say so the one that ends first.
 */
interface Labels {
  related: boolean;
  /** Players after its end sit under a related heading. */
  heading: Element | null;
}
const UNLABELLED: Labels = { related: false, heading: null };

/**
 * The part of the page the article's clips live in: the article element or main region around the
 * text root (its header may hold the lead video, its end an audio version), else the root's parent;
 * the whole body when no root was found.
 */
export function clipScope(doc: Document, root: Element | null): Element | null {
  if (!root || root.localName === "body" || root.localName === "html") return doc.body ?? doc.documentElement;
  return closestNamed(root, ARTICLE) ?? closestNamed(root, MAIN) ?? root.parentElement ?? root;
}

/**
 * Where on a page the article never is: navigation, sidebars, ads, teaser lists and sections. Every
 * answer about an element is remembered, so judging all players of a page is linear in its size.
 */
export class ArticleRegions {
  private readonly outside = new Map<Element, boolean>();
  private readonly outsideUp = new Map<Element, boolean>();
  private readonly articleUp = new Map<Element, Element | null>();
  private readonly itemUp = new Map<Element, Element | null>();
  private readonly linkLists = new Map<Element, boolean>();
  private readonly headings = new Map<Element, Element | null>();
  private readonly ends = new Map<Element, Element>();
  private readonly own = new Map<Element, Labels>();
  private readonly labels = new Map<Element | null, Map<Element, Labels>>();

  constructor(
    private readonly w: ClipWords,
    private readonly order: DocOrder,
  ) {}

  /** Whether a player found in the scope belongs to the article, by structure alone. */
  belongs(el: Element, scope: Element): boolean {
    // A player held as inert markup sits where its template or noscript does.
    const at = INERT.has(el.localName) ? (el.parentElement ?? el) : el;
    // A player inside a link to another page is that page's teaser (not "#video", nor a script's link).
    const link = at.parentElement && closestNamed(at.parentElement, LINK);
    if (link && !/^(#|javascript:|$)/i.test(link.getAttribute("href")?.trim() ?? "")) return false;
    return !this.outsideArticle(at, scope.localName !== "body" && scope.localName !== "html" ? scope : null);
  }

  /** Whether an element sits where the article never is; `stop`: the scope that bounds the regions asked. */
  outsideArticle(el: Element, stop: Element | null = null): boolean {
    return (
      memoUp(this.outsideUp, el, (a, above) => this.isOutside(a) || !!above) ||
      this.inLinkList(el) ||
      this.inNestedArticle(el, stop) ||
      this.underRelatedHeading(el, stop)
    );
  }

  private isOutside(a: Element): boolean {
    let v = this.outside.get(a);
    if (v === undefined) this.outside.set(a, (v = outsideRegion(a, this.w)));
    return v;
  }

  /** An item of a list of links: a teaser list or playlist. */
  private inLinkList(el: Element): boolean {
    const list = memoUp(this.itemUp, el, (a, above) => (a.localName === "li" ? a : (above ?? null)))?.parentElement;
    if (!list) return false;
    let v = this.linkLists.get(list);
    if (v === undefined) {
      v = Array.from(list.children).filter((c) => c.localName === "li" && hasLink(c)).length >= 2;
      this.linkLists.set(list, v);
    }
    return v;
  }

  /** An article card inside the article: a teaser of other content (HTML's nested article). */
  private inNestedArticle(el: Element, scope: Element | null): boolean {
    const outer = scope ? closestNamed(scope, ARTICLE) : null;
    if (!outer) return false;
    const nearest = memoUp(this.articleUp, el, (a, above) => (a.localName === "article" ? a : (above ?? null)));
    return !!nearest && nearest !== outer;
  }

  /** Whether `el` sits in a region headed or labelled as teasers of other pages, below `stop` (and the body). */
  private underRelatedHeading(el: Element, stop: Element | null): boolean {
    const parent = el.parentElement;
    if (!parent) return false;
    let memo = this.labels.get(stop);
    if (!memo) this.labels.set(stop, (memo = new Map()));
    const ends = (a: Element) => a === stop || a.localName === "body";
    const up = memoUp(
      memo,
      parent,
      (a, above = UNLABELLED) => {
        if (ends(a)) return UNLABELLED;
        const own = this.regionLabels(a);
        const heading = own.heading && above.heading ? this.order.firstToEnd(own.heading, above.heading) : (own.heading ?? above.heading);
        return { related: own.related || above.related, heading };
      },
      ends,
    );
    // Most regions have no related heading: their players need no place in the document order.
    if (up.related) return true;
    if (!up.heading || !this.order.after(el, up.heading)) return false;
    return !this.sectionEndsBefore(up.heading, el);
  }

  /**
   * Whether a related heading element's section ends before `el`: at the article's next sub-heading,
   * a heading of its rank or higher that running text follows (a sidebar's next box is headed too,
   * over embeds and lists), heads no link (a teaser's headline), is not related itself and not
   * outside the article; or at a paragraph of running text below the heading's own box. A label that is no heading element ("Mehr zum Thema" in bold) labels the
   * rest of its region.
   */
  private sectionEndsBefore(h: Element, el: Element): boolean {
    let end = this.ends.get(h) ?? null;
    // The walk stops at the player: a section that runs past it needs no end (nor one remembered).
    if (!end && isHeading(h))
      for (let e = nextInTree(h, null, false); e && e !== el && !end; e = nextInTree(e, null))
        if (
          ((isHeading(e) && e.localName <= h.localName && runningText(e.nextElementSibling)) ||
            // The article's running text again, below the heading's own box.
            (runningText(e) && !h.parentElement!.contains(e))) &&
          !hasLink(e) &&
          !closestNamed(e, CONTROLS) &&
          !this.w.related.test(e.textContent?.trim() ?? "") &&
          !memoUp(this.outsideUp, e, (a, above) => this.isOutside(a) || !!above)
        )
          this.ends.set(h, (end = e));
    return !!end && this.order.compare(end, el) < 0;
  }

  /** A region's label: its aria label, else its first heading (which labels only what follows it). */
  private regionLabels(region: Element): Labels {
    let v = this.own.get(region);
    if (v) return v;
    const related = (s: string | null | undefined) => {
      const label = s?.replace(/\s+/g, " ").trim();
      return !!label && this.w.related.test(label);
    };
    const aria = region.getAttribute("aria-label");
    const by = region.getAttribute("aria-labelledby");
    const labelled = !aria && by ? region.ownerDocument.getElementById(by.split(/\s+/)[0] ?? "") : null;
    if (aria) v = { related: related(aria), heading: null };
    else if (labelled) v = { related: related(labelled.textContent), heading: null };
    else {
      const h = this.firstHeading(region);
      v = { related: false, heading: h && (!isHeading(h) || related(h.textContent)) ? h : null };
    }
    this.own.set(region, v);
    return v;
  }

  /**
   * A heading the page wrote without a heading element: a related label ("Mehr Videos") alone in the
   * first element of its parent, not a link or control ("Read more").
   */
  private isRelatedLabel(el: Element): boolean {
    if (el.firstElementChild || el.previousElementSibling || CONTROLS.has(el.localName)) return false;
    const text = el.textContent?.replace(/\s+/g, " ").trim() ?? "";
    return text.length <= MAX_LABEL && this.w.related.test(text) && !(el.parentElement && closestNamed(el.parentElement, CONTROLS));
  }

  /**
   * The region's first heading (or related label) in document order that is not inside a menu, page
   * header or other outside region below it; remembered for every element the search passes through.
   * Explicit stack.
   */
  private firstHeading(region: Element): Element | null {
    const known = this.headings.get(region);
    if (known !== undefined) return known;
    const stack: { el: Element; child: Element | null }[] = [{ el: region, child: region.firstElementChild }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const c = top.child;
      if (!c) {
        this.headings.set(top.el, null);
        stack.pop();
        continue;
      }
      top.child = c.nextElementSibling;
      // Headings of menus and page headers label those, not the region.
      if (this.isOutside(c) || c.localName === "header") continue;
      const found = isHeading(c) || this.isRelatedLabel(c) ? c : this.headings.get(c);
      if (found === undefined) stack.push({ el: c, child: c.firstElementChild });
      else if (found) {
        for (const f of stack) this.headings.set(f.el, found);
        return found;
      }
    }
    return null;
  }
}
