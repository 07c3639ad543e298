import { dateIndex, toIsoDate } from "./date";
import { walkElements } from "../../text/walk";
import { NON_TEXT, shortTextOf } from "../dom";
import { CAPTION } from "../hints";
import { PUBLISHED_LINE, isDateLine } from "../phrases";

/** Class names of date lines ("article__date", "timestamp", "datum", "published-on", "updated"). */
const DATED = /date|time|datum|publish|updated/i;

/**
 * Where a date is data or part of a text, not the page's date line: a table (an infobox's "Initial
 * release"), a citation ("Retrieved 1 May 2016"), a paragraph, a quote, a caption; and what is no
 * text at all. Not looked into.
 */
const NOT_A_LINE = new Set(["table", "cite", "p", "blockquote", "figcaption", "script", "style", "noscript", "template", "svg"]);

/** Paragraphs after the headline past which no date line is looked for: it heads the text (and the walk of a long page stops early). */
const HEADER_PARAGRAPHS = 5;

/** Longest date line read (characters): a longer text is prose that mentions a date. */
const DATE_LINE_CHARS = 80;

/** Lower-case words of three letters or more: prose ("was signed into law"), not a label or a name. */
const LOWER_WORD = /(?<!\p{L})\p{Ll}\p{L}{2,}/gu;

/**
 * Whether the text before a date is a clause: four lower-case words or more ("The act was signed into
 * law on August 14, 1935", a key point without its period). A date line has a label at most ("Zuletzt aktualisiert am").
 */
const clauseBefore = (text: string) => (text.match(LOWER_WORD) ?? []).length >= 4;

/** The date an element's text gives when it is a short date line (with a publication label: `labelled`), else null. */
function dateLine(el: Element, labelled = false, unnamed = false): string | null {
  // Read only as far as a date line goes: a box so named may hold a whole page ("updated-content").
  const text = shortTextOf(el, DATE_LINE_CHARS);
  if (text === null || (labelled && !PUBLISHED_LINE.test(text))) return null;
  const at = dateIndex(text);
  // A link's date names another page ("12M – 12. Mai 2012" in a menu), or a comment.
  if (
    unnamed &&
    (!isDateLine(text) ||
      clauseBefore(text.slice(0, at)) ||
      el.closest("a") ||
      Array.from(el.getElementsByTagName("a")).some((a) => dateIndex(a.textContent ?? "") >= 0))
  )
    return null;
  return at < 0 ? null : toIsoDate(text.slice(at));
}

/**
 * The date written in the page's own date line, for pages that give it in no meta tag and no
 * <time> ("27.11.2026, 14:05 Uhr", "Updated 3:05 PM EST, November 27, 2026"): the first short
 * line named for a date after the headline (a masthead may show today's date above it), else the
 * first in the page. One walk in document order, stopping a few paragraphs into the text; past
 * it, only a line that says it gives the publication date ("Publiziert am …" in ORF's footer).
 */
export function dateInPage(doc: Document): string | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const h1 = doc.querySelector("h1");
  let pastHeadline = !h1;
  let first: string | null = null;
  let found: string | null = null;
  let paragraphs = 0;
  walkElements(root, (el) => {
    if (found || paragraphs >= HEADER_PARAGRAPHS) return false;
    // Between the headline and the first paragraph, a line that is a date needs no date class ("<p>23.10.2018</p>"),
    // unless it is a caption's (a gallery's photo date).
    const underHeadline = pastHeadline && paragraphs === 0;
    if (el === h1) pastHeadline = true;
    else if (pastHeadline && el.localName === "p") paragraphs++;
    const cls = el.getAttribute("class");
    const date = cls && DATED.test(cls) ? dateLine(el) : underHeadline && !CAPTION.test(cls ?? "") ? dateLine(el, false, true) : null;
    if (date) {
      if (pastHeadline) found = date;
      first ??= date;
      return false;
    }
    // A short paragraph may be the meta line itself ("<p><span class="news-list-date">12. Januar 2022</span></p>").
    return !NOT_A_LINE.has(el.localName) || (el.localName === "p" && shortTextOf(el, DATE_LINE_CHARS) !== null);
  });
  return found ?? first ?? labelledDateLine(root);
}

/** The date of the page's first line named for a date that opens with a publication label, anywhere (inside a paragraph too). */
function labelledDateLine(root: Element): string | null {
  let found: string | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    const cls = el.getAttribute("class");
    if (cls && DATED.test(cls) && (found = dateLine(el, true))) return false;
    return !NON_TEXT.has(el.localName);
  });
  return found;
}
