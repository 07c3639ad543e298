import { dateIndex } from "./date";
import { BYLINE_PREFIX } from "../phrases";
import { COMMENTS } from "../hints";
import { hintsOf } from "../dom";
import { spacedText } from "../../text/spaced-text";

/** An author line as written, without its "By"/"Von" prefix or a trailing date. */
export function cleanByline(raw: string): string | null {
  let s = raw
    .replace(/\s+/g, " ")
    .replace(/ (?=[,;])/g, "")
    .trim();
  s = s.slice(BYLINE_PREFIX.exec(s)?.[0].length ?? 0);
  const date = dateIndex(s);
  if (date > 0) s = s.slice(0, date);
  // A time after the name: "Günter W. Kienitz at 18:52".
  s = s.replace(/\s+(at|um)?\s*\d{1,2}[:.]\d{2}(\s*(am|pm|uhr))?$/i, "");
  s = s.replace(/[\s,;|·•–—-]+$/, "").trim();
  return s && s.length <= 200 && !/^https?:/.test(s) ? s : null;
}

/** The author line in the page: rel=author, itemprop=author, or a byline class, outside comments. */
export function bylineInPage(doc: Document): string | null {
  const els = doc.querySelectorAll(
    '[itemprop~="author"] [itemprop="name"], [itemprop~="author"], [rel="author"], [class*="byline" i], [class*="by-line" i], .author, [class*="author-name"], [class$="__author"]',
  );
  for (const el of Array.from(els)) {
    const text = spacedText(el);
    if (text.length >= 3 && text.length <= 100 && !inComments(el)) return cleanByline(text);
  }
  return null;
}

function inComments(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (COMMENTS.test(hintsOf(a))) return true;
  return false;
}
