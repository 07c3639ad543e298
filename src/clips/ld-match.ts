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
/** Leading characters of a description that identify it in a caption. */
const PREFIX = 60;

function describes(m: LdMedia, d: Draft): boolean {
  const urls = [d.src, ...d.data.urls].filter((u): u is string => !!u).map(bareUrl);
  if (m.urls.some((u) => urls.includes(bareUrl(u)))) return true;
  const title = norm(m.title);
  if (title && (norm(d.title) === title || norm(d.data.title) === title || d.lines.some((l) => norm(l) === title))) return true;
  const desc = norm(m.description).slice(0, PREFIX);
  return desc.length >= 20 && d.lines.some((l) => norm(l).startsWith(desc));
}

/** Whether nothing rules out that the medium shows this player: another provider, another exact length. */
function compatible(m: LdMedia, d: Draft): boolean {
  const provider = d.src ? identifyUrl(d.src)?.provider : undefined;
  if (provider && !m.urls.some((u) => identifyUrl(u)?.provider === provider)) return false;
  return d.data.duration === null || m.duration === null || Math.abs(d.data.duration - m.duration) <= 1;
}

/**
 * Attaches each JSON-LD medium to the player it describes (same URL, title or teaser text); when
 * none says so, the unmatched media and the unmatched players pair up in page order if their counts
 * agree. Returns the media that describe no player on the page.
 */
export function attachJsonLd(drafts: readonly Draft[], media: readonly LdMedia[]): LdMedia[] {
  const rest: LdMedia[] = [];
  for (const m of media) {
    const d = drafts.find((x) => !x.ld && describes(m, x));
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
