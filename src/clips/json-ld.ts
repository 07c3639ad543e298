import type { Clip } from "../types";
import { parseJson } from "./dom";
import { parseIsoDuration, toSeconds } from "./duration";
import { startFromUrl } from "./start-offset";
import { toIsoDate } from "../article/meta/date";
import { ldString as str } from "../article/meta/json-ld";

/** A VideoObject, AudioObject or Clip from the page's JSON-LD. */
export interface LdMedia {
  /** The script element that holds it (its place in the page). */
  script: Element;
  kind: Clip["kind"];
  title: string | null;
  description: string | null;
  /** ISO date of `uploadDate` (never `expires`). */
  date: string | null;
  /** Seconds. */
  duration: number | null;
  start: number | null;
  /** embedUrl, contentUrl or url, in that order. */
  urls: string[];
}

type Obj = Record<string, unknown>;

const MEDIA_TYPES: Record<string, Clip["kind"]> = { VideoObject: "video", AudioObject: "audio", Clip: "video", PodcastEpisode: "audio" };

const types = (o: Obj) => [o["@type"]].flat().filter((t): t is string => typeof t === "string");
const mediaKind = (o: Obj) =>
  types(o)
    .map((t) => MEDIA_TYPES[t.replace(/^.*[/:]/, "")])
    .find(Boolean) ?? null;

/** Names of the URL parameters a SeekToAction template fills with seconds: `?t={seek_to_second_number}`. */
function seekParams(o: Obj): string[] {
  return [o["potentialAction"]]
    .flat()
    .map((a) =>
      a && typeof a === "object" ? (str((a as Obj)["target"]) ?? str(((a as Obj)["target"] as Obj | undefined)?.["urlTemplate"])) : null,
    )
    .flatMap((t) => (t ? [...t.matchAll(/[?&#]([\w-]+)=\{[^}]+\}/g)].map((m) => m[1]!) : []));
}

/** An episode's file: its `associatedMedia`, a MediaObject with the URL and often the duration. */
const fileOf = (o: Obj): Obj => {
  const m = [o["associatedMedia"]].flat()[0];
  return m && typeof m === "object" ? (m as Obj) : {};
};
const iso = (v: unknown) => (typeof v === "string" ? parseIsoDuration(v) : null);

function toMedia(o: Obj, kind: Clip["kind"], script: Element): LdMedia {
  const file = fileOf(o);
  const urls = [o["embedUrl"], o["contentUrl"], o["url"], file["contentUrl"]].map(str).filter((u): u is string => !!u);
  const startOffset = toSeconds(o["startOffset"]);
  const endOffset = toSeconds(o["endOffset"]);
  const duration =
    // Podcast episodes state it on their file, or as the time listening takes.
    iso(o["duration"]) ??
    iso(file["duration"]) ??
    iso(o["timeRequired"]) ??
    (startOffset !== null && endOffset !== null && endOffset > startOffset ? endOffset - startOffset : null);
  const seek = seekParams(o);
  return {
    script,
    kind,
    title: str(o["name"]) ?? str(o["headline"]),
    description: str(o["description"]),
    date: toIsoDate(str(o["uploadDate"] ?? o["datePublished"]))?.slice(0, 10) ?? null,
    duration,
    start: startOffset ?? urls.map((u) => startFromUrl(u, seek)).find((s) => s !== null) ?? null,
    urls,
  };
}

/** Collects media objects anywhere in a JSON-LD value; a medium's own `hasPart` clips are its chapters, not clips. */
function collect(v: unknown, script: Element, out: LdMedia[], depth: number): void {
  if (depth > 6 || !v || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, script, out, depth + 1);
    return;
  }
  const o = v as Obj;
  const kind = mediaKind(o);
  if (kind) {
    out.push(toMedia(o, kind, script));
    return;
  }
  for (const x of Object.values(o)) collect(x, script, out, depth + 1);
}

/** The media in JSON-LD scripts, in page order, each listed once (same URL or same name and date). */
export function readJsonLd(scripts: readonly Element[]): LdMedia[] {
  const out: LdMedia[] = [];
  for (const s of scripts) collect(parseJson(s.textContent), s, out, 0);
  const seen = new Set<string>();
  return out.filter((m) => {
    const key = m.urls[0] ?? `${m.title}|${m.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
