import type { Draft } from "./draft";
import type { LdMedia } from "./json-ld";
import { identifyUrl } from "./providers";

const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
/** A URL without scheme, "www.", query and trailing slash. */
const bareUrl = (u: string) =>
  u
    .replace(/^[a-z]+:\/\/|^\/\//i, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/$/, "");
/** Leading characters of a description or title that identify it in a caption. */
const PREFIX = 60;
/** Shorter beginnings identify nothing (characters). */
const MIN_PREFIX = 20;
/** What a caption line may start with: the medium's description, or its title before a credit ("… Video: Reuters"). */
const prefixes = (m: LdMedia) => [m.description, m.title].map((s) => norm(s).slice(0, PREFIX)).filter((s) => s.length >= MIN_PREFIX);

/** Draft positions by a key, each list ascending; `next` skips the drafts that already have a medium. */
class Lists {
  private readonly lists = new Map<string, number[]>();
  private readonly heads = new Map<string, number>();

  add(key: string, i: number): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }

  /** The first draft under `key` without a medium; Infinity when none. Drafts only gain media, so heads only advance. */
  next(key: string, drafts: readonly Draft[]): number {
    const list = this.lists.get(key);
    if (!list) return Infinity;
    let h = this.heads.get(key) ?? 0;
    while (h < list.length && drafts[list[h]!]!.ld) h++;
    this.heads.set(key, h);
    return list[h] ?? Infinity;
  }
}

/**
 * Finds, for each medium in turn, the first draft without a medium that it describes: same URL, a
 * title equal to the draft's title or a caption line, or a description or title a caption line starts with.
 * Indexed by those keys, so matching is linear in players plus media, not their product.
 */
class Describes {
  private readonly urls = new Lists();
  private readonly titles = new Lists();
  /** By description length: caption lines cut to that many characters. */
  private readonly prefixes = new Map<number, Lists>();

  constructor(
    private readonly drafts: readonly Draft[],
    media: readonly LdMedia[],
  ) {
    const lengths = new Set(media.flatMap((m) => prefixes(m).map((p) => p.length)));
    for (const n of lengths) this.prefixes.set(n, new Lists());
    drafts.forEach((d, i) => {
      for (const u of [d.src, ...d.data.urls]) if (u) this.urls.add(bareUrl(u), i);
      const lines = d.lines.map(norm);
      for (const t of [norm(d.title), norm(d.data.title), ...lines]) if (t) this.titles.add(t, i);
      for (const [n, lists] of this.prefixes) for (const l of lines) lists.add(l.slice(0, n), i);
    });
  }

  /** The first draft without a medium that `m` describes; null when none. */
  first(m: LdMedia): Draft | null {
    const title = norm(m.title);
    const at = Math.min(
      ...m.urls.map((u) => this.urls.next(bareUrl(u), this.drafts)),
      title ? this.titles.next(title, this.drafts) : Infinity,
      ...prefixes(m).map((p) => this.prefixes.get(p.length)?.next(p, this.drafts) ?? Infinity),
    );
    return this.drafts[at] ?? null;
  }
}

/** Whether nothing rules out that the medium shows this player: another provider, another exact length. */
function compatible(m: LdMedia, d: Draft): boolean {
  const provider = d.src ? identifyUrl(d.src)?.provider : undefined;
  // A medium that names no URL says nothing against a provider.
  if (provider && m.urls.length > 0 && !m.urls.some((u) => identifyUrl(u)?.provider === provider)) return false;
  return d.data.duration === null || m.duration === null || Math.abs(d.data.duration - m.duration) <= 1;
}

/**
 * Attaches each JSON-LD medium to the player it describes (same URL, title or teaser text); when
 * none says so, the unmatched media and the unmatched players pair up in page order if their counts
 * agree. Returns the media that describe no player on the page.
 */
export function attachJsonLd(drafts: readonly Draft[], media: readonly LdMedia[]): LdMedia[] {
  const rest: LdMedia[] = [];
  const describes = new Describes(drafts, media);
  for (const m of media) {
    const d = describes.first(m);
    if (d) d.ld = m;
    else rest.push(m);
  }
  const open = drafts.filter((d) => d.belongs && !d.ld);
  if (rest.length > 0 && rest.length === open.length && open.every((d, i) => compatible(rest[i]!, d))) {
    open.forEach((d, i) => (d.ld = rest[i]!));
    return [];
  }
  return rest;
}
