import { letterRuns } from "../../text/letters";

const SEPARATOR = /\s+[|\-–—:·•»/]\s+|\s+::\s+/;

const norm = (s: string) => letterRuns(s.toLowerCase()).join("");

/**
 * Whether `n` names `name`, both normalised: is part of it, or holds it with little more
 * ("spiegelonline" for "spiegel"). A segment over twice the name's length says more than the name
 * (a headline ending in the blog's name, "… @ Anna's Blog").
 */
const names = (n: string, name: string) => name.includes(n) || (n.includes(name) && n.length <= 2 * name.length);

/** Whether a title segment names the site (its name, or its host's main label). */
function isSite(segment: string, site: string | null, host: string | null): boolean {
  const n = norm(segment);
  if (!n) return false;
  if (site && names(n, norm(site))) return true;
  return !!host && n.includes(host);
}

/** The main label of a host name: "spiegel" for "www.spiegel.de". */
export function hostLabel(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parts = new URL(url).hostname.split(".");
    const label = parts.length > 1 ? parts[parts.length - 2] : parts[0];
    return label && label.length > 2 ? norm(label) : null;
  } catch {
    return null;
  }
}

/**
 * The title without the site's name that pages add to it ("Rubio schwänzt Nato-Treffen |
 * ZDFheute" → "Rubio schwänzt Nato-Treffen"): a leading or trailing segment naming the site.
 */
export function cleanTitle(title: string, site: string | null, host: string | null): string {
  let parts = title.split(SEPARATOR);
  const seps = title.match(new RegExp(SEPARATOR.source, "g")) ?? [];
  if (parts.length < 2) return title.trim();
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1]!, site, host)) end--;
  while (end - start > 1 && isSite(parts[start]!, site, host)) start++;
  if (start === 0 && end === parts.length) return title.trim();
  // Rejoin the kept segments with their own separators.
  parts = parts.slice(start, end);
  return parts
    .map((p, i) => (i === 0 ? p : `${seps[start + i - 1]}${p}`))
    .join("")
    .trim();
}

/**
 * The title cut to the page's own headline where it opens with it before a separator ("Der Lange
 * und die alte Dame | Hertha BSC Blog" over an <h1> "Der Lange und die alte Dame"): what follows
 * names the site or its section, even when the page names no site.
 */
export function toHeadline(title: string, doc: Document): string {
  if (!SEPARATOR.test(title)) return title;
  for (const h1 of Array.from(doc.getElementsByTagName("h1")).slice(0, 3)) {
    const h = (h1.textContent ?? "").replace(/\s+/g, " ").trim();
    if (h.length >= 10 && h.length < title.length && title.startsWith(h) && SEPARATOR.exec(title.slice(h.length))?.index === 0) return h;
  }
  return title;
}
