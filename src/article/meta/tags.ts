/**
 * The page's <meta> values by lower-case key (name, property, itemprop, http-equiv), first
 * occurrence wins; "dc:title", "dc.title" and "dcterms.title" all read as "dc.title".
 */
export function readMetaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll("meta"))) {
    const content = m.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["name", "property", "itemprop", "http-equiv"]) {
      const raw = m.getAttribute(attr);
      if (!raw) continue;
      // `property` may hold several space-separated keys.
      for (const k of raw.toLowerCase().split(/\s+/)) {
        const key = k.replace(/^(dc|dcterms?)[:.]/, "dc.");
        if (key && !out.has(key)) out.set(key, content);
      }
    }
  }
  return out;
}

/** The first present key's value. */
export const pick = (tags: Map<string, string>, keys: readonly string[]) => {
  for (const k of keys) {
    const v = tags.get(k);
    if (v) return v;
  }
  return null;
};
