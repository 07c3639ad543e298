import { dateIndex } from "./date";
import { BYLINE_PREFIX, PUBLISHED_END } from "../phrases";
import { COMMENTS } from "../hints";
import { hintsOf } from "../dom";
import { spacedText } from "../../text/spaced-text";

/** An author line as written, without its "By"/"Von" prefix or a trailing date and its label. */
export function cleanByline(raw: string): string | null {
  let s = raw
    .replace(/\s+/g, " ")
    .replace(/ (?=[,;])/g, "")
    .trim();
  // Separators before the name ("/ Cory Doctorow / 10:08 am Fri").
  s = s.replace(/^[\s,;|·•–—/-]+/, "");
  s = s.slice(BYLINE_PREFIX.exec(s)?.[0].length ?? 0);
  const date = dateIndex(s);
  // A line that opens with a date is a dateline ("6 de mayo de 2022 05:30"), not an author's.
  if (date === 0) return null;
  if (date > 0) s = s.slice(0, date);
  s = s.slice(0, PUBLISHED_END.exec(s)?.index ?? s.length);
  // A provider or a relative time after a bar ("… - AP Technology Writers | AP – 1 hr 4 mins ago").
  s = s.replace(/\s\|\s.*$/, "");
  // A preposition before the date and a handle ("Griffin McElroy @griffinmcelroy on").
  s = s.replace(/\s+\p{Ll}{2,3}\s*$/u, "").replace(/\s+@\w+\s*$/, "");
  // A time after the name, or alone: "Günter W. Kienitz at 18:52", "Cory Doctorow / 10:08 am Fri", "… USA TODAY 3:53 p.m. EST", "9:39AM BST".
  s = s.replace(/(^|[\s/]+)(at|um)?\s*\d{1,2}[:.]\d{2}(\s*([ap]\.?m\.?|uhr))?(\s+\p{L}{2,3}\.?)?\s*$/iu, "");
  // The paper a writer's name was written for: "Glen Owen For The Mail On Sunday", "Jane Doe for
  // MailOnline"; a word alone before it is an organisation's ("Organization for Transformative Works").
  s = s.replace(/(\S\s+\S+)\s(for|For|FOR)\s+\p{Lu}.*$/u, "$1");
  s = s.replace(/[\s,;|·•–—-]+$/, "").trim();
  // The name again for screen readers ("Kristen Falc'hon<span class="sr-only">Kristen Falc'hon</span>").
  s = /^(.{3,}) \1$/.exec(s)?.[1] ?? s;
  return s && s.length <= 200 && !/^https?:/.test(s) ? s : null;
}

/** The author line in the page: rel=author, itemprop=author, or a byline class, outside comments; else a link to an author's page. */
export function bylineInPage(doc: Document): string | null {
  const els = doc.querySelectorAll(
    '[itemprop~="author"] [itemprop="name"], [itemprop~="author"], [rel="author"], [class*="byline" i], [class*="by-line" i], .author, [class^="autor" i], [class*="author" i][class*="name" i], [class$="__author"]',
  );
  const found = Array.from(els);
  for (const el of found) {
    const text = spacedText(el);
    const line = text.length >= 3 && text.length <= 100 && !inComments(el) ? (coAuthors(el, found) ?? cleanByline(text)) : null;
    if (line) return line;
  }
  return authorLink(doc);
}

/**
 * A link to an author's page ("/autor/…", "/author/…") in a line that opens with a byline's
 * prefix ("Von Anna Meier", "By <a>Anna Meier</a>"): the byline of pages that mark it up no other
 * way. A menu's "Autoren" or "Alle Beiträge" has no prefix.
 */
function authorLink(doc: Document): string | null {
  for (const a of Array.from(doc.querySelectorAll('a[href*="/autor"], a[href*="/author/"]'))) {
    const own = spacedText(a);
    const line = a.parentElement ? spacedText(a.parentElement) : "";
    const prefixed = BYLINE_PREFIX.test(own) || (line.length <= LINE_CHARS && BYLINE_PREFIX.test(line));
    if (prefixed && !inComments(a)) return cleanByline(own);
  }
  return null;
}

/** Longest author line (characters) read around an author's link. */
const LINE_CHARS = 100;

/** Levels above an author's name searched for the line that names the co-authors too. */
const GROUP_LEVELS = 3;

/** What may stand between co-authors' names: commas and "and" in the languages we read. */
const BETWEEN_NAMES = /^(\s|[,&;]|\b(and|und|et|y|e)\b)*$/i;

/**
 * The line of all the authors when `el` names one of several, each marked up apart
 * ("<a rel=author>Jakub Krupa</a> and <a rel=author>Pjotr Sauer</a>"): the nearest ancestor
 * holding another author's mark, if it holds nothing but their names and "and"s.
 */
function coAuthors(el: Element, authors: readonly Element[]): string | null {
  let box = el.parentElement;
  for (let level = 0; box && level < GROUP_LEVELS; level++, box = box.parentElement) {
    const group = box;
    const inside = authors.filter((a) => group.contains(a));
    // The outermost marks only: a name inside an author's box is the same author.
    const inGroup = inside.filter((a) => !inside.some((b) => b !== a && b.contains(a)));
    if (inGroup.length < 2) continue;
    const line = cleanByline(spacedText(group));
    if (!line) return null;
    let rest = line;
    for (const a of inGroup) rest = rest.replace(spacedText(a), "");
    return BETWEEN_NAMES.test(rest) ? line : null;
  }
  return null;
}

function inComments(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (COMMENTS.test(hintsOf(a))) return true;
  return false;
}
