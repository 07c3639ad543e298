/** Schema.org article data from the page's JSON-LD scripts. */
import { decodeEntities } from "../../text/entities";

// Every schema.org article type ends in "Article" (NewsArticle, ReportageNewsArticle, ScholarlyArticle …)
// or "Posting" (BlogPosting, LiveBlogPosting, SocialMediaPosting, DiscussionForumPosting).
const ARTICLE_TYPE = /^(\w*(Article|Posting)|Report|APIReference|WebPage)$/;

/** A page whose main item is a clip: a news video or a podcast episode with its teaser text. */
export const CLIP_TYPE = /^(VideoObject|AudioObject|PodcastEpisode)$/;

/** Which page object describes the page best: an article, else its WebPage, else a clip. */
const rank = (type: string) => (CLIP_TYPE.test(type) ? 0 : type === "WebPage" ? 1 : 2);

export interface LdArticle {
  type: string;
  headline: string | null;
  /** The item's name, which some pages set to the title when `headline` holds a description. */
  name: string | null;
  authors: string[];
  /** The authors are organisations only (a site, an agency): no names of writers. */
  authorsAreOrganizations: boolean;
  published: string | null;
  publisher: string | null;
  lang: string | null;
}

type Json = Record<string, unknown>;

/** JSON.parse that forgives what pages get wrong: CDATA wrappers, comments, trailing commas, raw newlines. */
function parseLoose(src: string): unknown {
  try {
    return JSON.parse(src);
  } catch {
    const cleaned = src
      .replace(/^\s*(\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|\]\]>\s*$/g, "")
      .replace(/^\s*\/\*[\s\S]*?\*\//, "")
      .replace(/,\s*([}\]])/g, "$1")
      .replace(/\p{Cc}+/gu, " ");
    try {
      return JSON.parse(cleaned);
    } catch {
      return null;
    }
  }
}

/** A JSON-LD string value, trimmed and decoded: CMSs store some strings as markup ("O&#039;Donnell"). */
export const ldString = (v: unknown): string | null => (typeof v === "string" && v.trim() ? decodeEntities(v.trim()) : null);

/** Nesting deeper than this is no real author or publisher value (and could overflow the stack). */
const MAX_NAME_DEPTH = 8;

/** Names from a schema.org Person/Organization value: string, object or array of either. */
function names(v: unknown, depth = 0): string[] {
  if (depth > MAX_NAME_DEPTH) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, depth + 1));
  if (typeof v === "string") {
    const s = ldString(v);
    return s ? [s] : [];
  }
  if (v && typeof v === "object") return names((v as Json).name, depth + 1);
  return [];
}

/** Whether a schema.org value is organisations only ("Organization", "NewsMediaOrganization"), no person or plain name. */
function organizationsOnly(v: unknown): boolean {
  const items = Array.isArray(v) ? v : [v];
  return items.length > 0 && items.every((x) => !!x && typeof x === "object" && typesOf(x as Json).some((t) => t.endsWith("Organization")));
}

const typesOf = (o: Json): string[] => {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
};

/**
 * Every object in the value, through arrays and `@graph`, in document order. An explicit stack:
 * pages nest arrays thousands deep.
 */
function objects(v: unknown): Json[] {
  const out: Json[] = [];
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    else if (x && typeof x === "object") {
      out.push(x as Json);
      const graph = (x as Json)["@graph"];
      if (graph) stack.push(graph);
    }
  }
  return out;
}

/** The page's article object; a real article type wins over a WebPage, and a WebPage over a clip. */
export function readJsonLd(doc: Document): LdArticle | null {
  let best: { o: Json; type: string } | null = null;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    for (const o of objects(parseLoose(script.textContent ?? ""))) {
      const type = typesOf(o).find((t) => ARTICLE_TYPE.test(t) || CLIP_TYPE.test(t));
      if (type && (!best || rank(type) > rank(best.type))) best = { o, type };
    }
  }
  if (!best) return null;
  const { o, type } = best;
  return {
    type,
    headline: ldString(o.headline),
    name: ldString(o.name),
    authors: [...new Set(names(o.author ?? o.creator))],
    authorsAreOrganizations: organizationsOnly(o.author ?? o.creator),
    published: ldString(o.datePublished) ?? ldString(o.dateCreated) ?? ldString(o.uploadDate),
    publisher: names(o.publisher)[0] ?? null,
    lang: ldString(o.inLanguage),
  };
}
