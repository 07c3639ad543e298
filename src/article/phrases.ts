/**
 * Line patterns built from the `article` section of every language pack: pages often declare no
 * language or the wrong one, and the lists are short, so all languages are matched at once.
 */
import { LANGS } from "../lang";
import type { ArticleLang } from "../lang/types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One alternation of every pack's phrases; a space in a phrase matches any whitespace run. */
function anyOf(pick: (a: ArticleLang) => readonly string[]): string {
  const phrases = new Set(LANGS.flatMap((l) => pick(l.article)));
  return [...phrases].map((p) => escape(p).replace(/ /g, "\\s+")).join("|");
}

/**
 * Lines that open or are teasers of other articles: a heading with one is left out with the box it
 * opens, a short paragraph with one is left out.
 */
export const TEASER_LINE = new RegExp(`^(${anyOf((a) => a.teaserLines)})\\b`, "iu");

/** Marks before a label ("*Werbung", "– Anzeige"). */
const NO_LETTERS = "[^\\p{L}\\p{N}]*";

/** Labels of advertising in languages without a pack (Chinese, Russian). */
const OTHER_AD_LABELS = "广告|реклама";

/** Whole texts of advertisement labels and loading placeholders ("Anzeige", "Loading…"). */
export const AD_LABEL = new RegExp(`^${NO_LETTERS}(${anyOf((a) => a.adLabels)}|${OTHER_AD_LABELS})\\s*(…|\\.\\.\\.|:)?$`, "iu");

/** A line that opens with an advertisement label and a separator ("Anzeige: …", "*Werbung. Dieser Beitrag …"; not "Ad-hoc"). */
export const AD_LINE = new RegExp(`^${NO_LETTERS}(${anyOf((a) => a.adLabels)})\\s*[:.|–-](\\s|$)`, "iu");

/** Photo agencies: a short line ending in one ("Judy Eddy/WENN.com") is a credit line. */
const AGENCIES =
  "getty images|shutterstock(\\.com)?|istock(photo)?|thinkstock|adobe ?stock|fotolia|clipdealer|unsplash|pixabay|imago|picture alliance|dpa|afp|reuters|epa|keystone|wenn\\.com";

/** Short lines that only credit a picture or name a source ("Foto: dpa", "© Getty Images"). */
export const CREDIT_LINE = new RegExp(`^\\(?(©|(${anyOf((a) => a.creditLabels)})\\s*:)|(^|[\\s/(©|])(${AGENCIES})\\)?$`, "iu");

/** "Von", "By" and a colon before the names in an author line. */
export const BYLINE_PREFIX = new RegExp(`^(${anyOf((a) => a.bylinePrefixes)})\\s*:?\\s+`, "iu");
