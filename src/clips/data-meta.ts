import type { Clip } from "../types";
import { parseJson } from "./dom";
import { toSeconds } from "./duration";

/** What a player's data attributes state about its clip. */
export interface DataMeta {
  title: string | null;
  caption: string | null;
  /** Seconds, exact. */
  duration: number | null;
  date: string | null;
  kind: Clip["kind"] | null;
  /** Absolute media or embed URLs found, in attribute order. */
  urls: string[];
}

/** Keys of player configs, lower case without leading underscores, mapped to what they state. */
const KEYS: Record<string, Exclude<keyof DataMeta, "urls">> = {
  duration: "duration",
  durationinseconds: "duration",
  durationms: "duration",
  durationinms: "duration",
  title: "title",
  headline: "title",
  hed: "title",
  videotitle: "title",
  caption: "caption",
  description: "caption",
  teasertext: "caption",
  uploaddate: "date",
  broadcastdate: "date",
  airdate: "date",
  broadcastedon: "date",
  publicationdate: "date",
  publishdate: "date",
  publishedat: "date",
  datepublished: "date",
  type: "kind",
  mediatype: "kind",
};

/** How deep to look into a player config (levels). */
const MAX_DEPTH = 4;

export const emptyMeta = (): DataMeta => ({ title: null, caption: null, duration: null, date: null, kind: null, urls: [] });

/** Words players put before a key ("clipTitle", "jw-title", "videoDuration", "podcast-title"): the key says the same without them. */
const KEY_PREFIX = /^(video|audio|media|clip|episode|podcast|jw)/;

function take(meta: DataMeta, key: string, value: unknown): void {
  const k = key.toLowerCase().replace(/^_+|[-_]/g, "");
  const field = KEYS[k] ?? KEYS[k.replace(KEY_PREFIX, "")];
  if (typeof value === "string" && /^(https?:)?\/\//.test(value) && !value.includes("{")) meta.urls.push(value);
  if (!field) return;
  if (field === "duration") meta.duration ??= toSeconds(value, k);
  else if (field === "kind") meta.kind ??= value === "video" || value === "audio" ? value : null;
  else if (field === "date") meta.date ??= typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
  else if (typeof value === "string" && value.trim() && !value.includes("{")) meta[field] ??= value.trim();
}

function walk(meta: DataMeta, value: unknown, depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) return walk(meta, value[0], depth + 1);
  for (const [k, v] of Object.entries(value)) {
    take(meta, k, v);
    walk(meta, v, depth + 1);
  }
}

const MEDIA_ITEM = /(VideoObject|AudioObject|Clip)$/;

/** Whether the element's nearest microdata item is a video or audio (not its publisher, say). */
function inMediaItem(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement)
    if (a.hasAttribute("itemscope")) return MEDIA_ITEM.test(a.getAttribute("itemtype") ?? "");
  return false;
}

/**
 * Reads the data attributes of a player element: plain ones (`data-duration`, `data-headline`) and
 * JSON configs (`data-config`, `data-media-meta`, an island's `props`, …); and schema.org microdata of a VideoObject
 * (`<meta itemprop="duration" content="PT3M52S">`). Each field keeps its first statement.
 */
export function readDataMeta(el: Element, meta: DataMeta): void {
  const prop = el.getAttribute("itemprop");
  const content = el.getAttribute("content");
  if (prop && content && inMediaItem(el)) take(meta, prop === "name" ? "title" : prop, content);
  // By name: reading `attributes` makes the browser create an Attr node for each.
  for (const name of el.getAttributeNames()) {
    // An island's `props` is its component's data (see islandPlayer).
    if (name === "props") walk(meta, parseJson(el.getAttribute(name)), 0);
    if (!name.startsWith("data-")) continue;
    const value = el.getAttribute(name) ?? "";
    const json = parseJson(value);
    if (json) walk(meta, json, 0);
    else take(meta, name.slice(5), value);
  }
}
