import { textOf } from "../dom";
import { dateIndex } from "./date";
import { BYLINE_PREFIX } from "../phrases";

/** An author line as written, without its "By"/"Von" prefix or a trailing date. */
export function cleanByline(raw: string): string | null {
  let s = raw.replace(/\s+/g, " ").trim();
  s = s.slice(BYLINE_PREFIX.exec(s)?.[0].length ?? 0);
  const date = dateIndex(s);
  if (date > 0) s = s.slice(0, date);
  s = s.replace(/[\s,;|·•–-]+$/, "").trim();
  return s && s.length <= 200 && !/^https?:/.test(s) ? s : null;
}

/** The author line in the page: rel=author, itemprop=author, or a byline class. */
export function bylineInPage(doc: Document): string | null {
  const els = doc.querySelectorAll(
    '[itemprop~="author"] [itemprop="name"], [itemprop~="author"], [rel="author"], .byline, .author, [class*="byline"], [class*="author-name"]',
  );
  for (const el of Array.from(els)) {
    const text = textOf(el);
    if (text.length >= 3 && text.length <= 100) return cleanByline(text);
  }
  return null;
}
