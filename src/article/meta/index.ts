import type { ArticleMeta } from "../types";
import { CLIP_TYPE, readJsonLd, type LdArticle } from "./json-ld";
import { pick, readMetaTags } from "./tags";
import { toIsoDate } from "./date";
import { dateInPage } from "./page-date";
import { cleanTitle, hostLabel, toHeadline } from "./title";
import { bylineInPage, cleanByline } from "./byline";
import { nameList } from "../phrases";
import { similarity } from "../headline";

const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "parsely-title", "headline", "title"];
const AUTHOR_KEYS = ["author", "parsely-author", "dc.creator", "article:author", "sailthru.author", "byl"];
const DATE_KEYS = [
  "article:published_time",
  "datepublished",
  "og:published_time",
  "published_time",
  "parsely-pub-date",
  "dc.date.issued",
  "dc.date",
  "dc.created",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "sailthru.date",
  "article.published",
];
/** Keys whose date may be the page's last change rather than its publication: after the page's own <time>. */
const LATE_DATE_KEYS = ["date", "last-modified"];
const SITE_KEYS = ["og:site_name", "publisher"];
/** Similarity at which two titles name the same thing (see `ldTitle`). */
const SAME_TITLE = 0.5;
const LANG_KEYS = ["og:locale", "content-language", "dc.language", "language"];

/** The primary language subtag, lower case: "de" for "de-DE" or "de_DE". */
const primary = (tag: string | null | undefined) => {
  const p = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return p && /^[a-z]{2,3}$/.test(p) ? p : null;
};

function published(doc: Document, ld: LdArticle | null, tags: Map<string, string>): string | null {
  const fromMeta = toIsoDate(ld?.published) ?? toIsoDate(pick(tags, DATE_KEYS));
  if (fromMeta) return fromMeta;
  const time =
    doc.querySelector('time[itemprop~="datePublished"], time[pubdate], [itemprop~="datePublished"]') ??
    doc.querySelector("article time[datetime], time[datetime]");
  return (
    toIsoDate(time?.getAttribute("datetime") ?? time?.getAttribute("content") ?? time?.textContent) ??
    toIsoDate(pick(tags, LATE_DATE_KEYS)) ??
    dateInPage(doc)
  );
}

/**
 * Whether an author line is a list of names that holds every one of `known` and a person more
 * ("Kevin Hanschke, Corinna Budras" beside JSON-LD's "Kevin Hanschke"; not "…, CNN", nor a known name
 * followed by a job).
 */
function namesMore(line: string, known: readonly string[]): boolean {
  const names = nameList(line);
  if (!names) return false;
  const lower = line.toLowerCase();
  const isKnown = (name: string) => known.some((k) => name.toLowerCase().includes(k.toLowerCase()));
  // A known name with more words is that writer and their job ("Ellie Cook Security & Defense Reporter").
  const withMore = (name: string) => isKnown(name) && !known.some((k) => name.toLowerCase() === k.toLowerCase());
  return (
    known.every((k) => lower.includes(k.toLowerCase())) &&
    !names.some(withMore) &&
    names.some((n) => n.split(/\s+/).length >= 2 && !isKnown(n))
  );
}

/** A domain name ("elmundo.es", "www.haufe.de"), not a user's handle ("christian.stadtfeld"). */
const DOMAIN = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,3}$/i;

/**
 * The author line: JSON-LD's authors, unless the page's own line names writers where JSON-LD
 * names only organisations ("tagesschau.de" over "Von Andrea Beer und Vassili Golod"), or names
 * its one author and more (JSON-LD often lists the first author only); then meta tags, under the
 * same rule (and not when they name the site); then the page. The search costs ~0.3 ms a page.
 */
function byline(doc: Document, ld: LdArticle | null, tags: Map<string, string>, siteName: string | null): string | null {
  if (ld && ld.authors.length) {
    const fromLd = cleanByline(ld.authors.join(", "));
    const page = ld.authorsAreOrganizations || ld.authors.length === 1 ? bylineInPage(doc) : null;
    if (!page || !fromLd) return fromLd ?? page;
    const named = ld.authorsAreOrganizations && !page.toLowerCase().includes(fromLd.toLowerCase());
    return named || namesMore(page, ld.authors) ? page : fromLd;
  }
  const meta = pick(tags, AUTHOR_KEYS);
  const line = meta && cleanByline(meta);
  if (!line) return bylineInPage(doc);
  // The site's name or domain as its author ("DER SPIEGEL", "lefigaro.fr") names no writer: the page's own line may; and a
  // tag that names one writer of several gives way to the page's line of them all.
  const page = bylineInPage(doc);
  return page && (line.toLowerCase() === siteName?.toLowerCase() || DOMAIN.test(line) || namesMore(page, nameList(line) ?? [line]))
    ? page
    : line;
}

/**
 * The JSON-LD title: its headline, unless the page's own title barely agrees with it and agrees
 * better with the item's name (Wikipedia's headline is a short description: "constitutional
 * monarchy in Oceania" for "New Zealand").
 */
function ldTitle(ld: LdArticle | null, pageTitle: string | null): string | null {
  if (!ld) return null;
  const { headline, name } = ld;
  if (!headline || !name || !pageTitle) return headline ?? name;
  const agrees = similarity(headline, pageTitle);
  return agrees < SAME_TITLE && similarity(name, pageTitle) > agrees ? name : headline;
}

export interface PageMeta {
  meta: ArticleMeta;
  /** The page calls itself an article: a JSON-LD article type or og:type "article". */
  declaredArticle: boolean;
  /** The page calls itself a clip: a JSON-LD VideoObject, AudioObject or PodcastEpisode, or og:type "video.…". */
  declaredClip: boolean;
}

/** Metadata from JSON-LD, then OpenGraph and other meta tags, then the page itself. */
export function readMeta(doc: Document, url?: string): PageMeta {
  const found = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const pageTitle = pick(tags, TITLE_KEYS) ?? (doc.title?.trim() || null);
  // A clip's item describes the page only when it bears the page's title: else it is a clip in an article.
  const clip = !!found && CLIP_TYPE.test(found.type);
  const clipPage = clip && !!found.name && !!pageTitle && similarity(found.name, pageTitle) >= SAME_TITLE;
  const ld = clip && !clipPage ? null : found;
  const siteName = pick(tags, SITE_KEYS)?.replace(/^@/, "") ?? ld?.publisher ?? null;
  const rawTitle = ldTitle(ld, pageTitle) ?? pageTitle ?? "";
  const title = rawTitle ? toHeadline(cleanTitle(rawTitle, siteName, hostLabel(url)), doc) : null;
  const meta: ArticleMeta = {
    title: title || null,
    byline: byline(doc, ld, tags, siteName),
    published: published(doc, ld, tags),
    siteName,
    lang: primary(doc.documentElement?.getAttribute("lang")) ?? primary(ld?.lang) ?? primary(pick(tags, LANG_KEYS)),
  };
  const ogType = tags.get("og:type") ?? "";
  return {
    meta,
    declaredArticle: (!!ld && ld.type !== "WebPage" && !clip) || ogType === "article",
    declaredClip: clipPage || ogType.startsWith("video."),
  };
}
