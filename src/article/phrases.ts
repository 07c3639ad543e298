/**
 * Line patterns built from the `article` section of every language pack: pages often declare no
 * language or the wrong one, and the lists are short, so all languages are matched at once. They
 * match regardless of case, as folded patterns (cheap to compile in every page: see `FoldedPattern`).
 */
import { articleLangs, clipLangs } from "../lang";
import type { ArticleLang } from "../lang/types";
import { FoldedPattern } from "../text/fold";
import { PhraseStart, alternation } from "../text/phrase-start";
import { dateIndex } from "./meta/date";

/** Every pack's phrases of one kind. */
const everyPack = (pick: (a: ArticleLang) => readonly string[]) => articleLangs().flatMap(pick);

/** One alternation of every pack's phrases, in lower case; a space in a phrase matches any whitespace run. */
const anyOf = (pick: (a: ArticleLang) => readonly string[]) => alternation(everyPack(pick));

/**
 * Lines that open or are teasers of other articles: a heading with one is left out with the box it
 * opens, a short paragraph with one is left out.
 */
export const TEASER_LINE = new PhraseStart(everyPack((a) => a.teaserLines));

/** Openings of consent notes and placeholders of blocked embeds ("Externer Inhalt", "We respect your privacy"). */
export const CONSENT_LINE = new PhraseStart(everyPack((a) => a.consentLines));

/** Openings of notes and calls to action that close a page's text ("Copyright 2023 …", "Folgen Sie uns auf …"). */
export const CLOSING_NOTE = new PhraseStart(everyPack((a) => a.closingNotes));

/** Labels of advertising in languages without a pack (Chinese, Russian). */
const OTHER_AD_LABELS = "广告|реклама";

/** Whole texts of advertisement labels and loading placeholders ("Anzeige", "Loading…"), after any marks ("*Werbung"). */
export const AD_LABEL = new FoldedPattern(`^(${anyOf((a) => a.adLabels)}|${OTHER_AD_LABELS})\\s*(…|\\.\\.\\.|:)?$`, true);

/** Whole texts of the controls of a picture or a player set as text ("hide caption", "Bild vergrößern", "Embed"). */
export const MEDIA_CONTROL = new FoldedPattern(`^(${anyOf((a) => a.mediaControls)})$`, true);

/** A line that opens with an advertisement label and a separator ("Anzeige: …", "*Werbung. Dieser Beitrag …"; not "Ad-hoc"), after any marks. */
export const AD_LINE = new FoldedPattern(`^(${anyOf((a) => a.adLabels)})\\s*[:.|–-](\\s|$)`, true);

/** Photo and news agencies: a short line ending in one ("Judy Eddy/WENN.com", "aja/PAP") is a credit line. */
const AGENCIES =
  "getty images|shutterstock(\\.com)?|istock(photo)?|thinkstock|adobe ?stock|fotolia|clipdealer|unsplash|pixabay|imago|picture alliance|dpa|afp|ap|reuters|pa (media|wire|archive)|epa|keystone|wenn\\.com|pap|apa|efe|ansa|epd|kna|ddp";

/**
 * Short lines that only credit a picture or name a source: a label ("Foto: dpa", "© Getty
 * Images"), an agency at the end ("… Pokrowsk. Bild: REUTERS") or before a photographer
 * ("REUTERS/Eli Hartman/File Photo", "(AP Photo/Gregory Bull)"). A label may end in dots where a
 * screen shows the credit on a line of its own ("Credit...Kent Nishimura").
 */
export const CREDIT_LINE = new FoldedPattern(
  `^\\(?(©|(${anyOf((a) => a.creditLabels)})\\s*(:|\\.\\.\\.|…)|(${AGENCIES})( photo)?\\s*/)|(^|[\\s/(©|])(${AGENCIES})\\)?$`,
);

/** Words for pictures, for the gallery counters below. */
const PICTURES = anyOf((a) => a.pictureWords);

/** A place among a number: "3/12", "3 von 12". */
const COUNT = `\\d+\\s*(/|\\s(${anyOf((a) => a.counterOf)})\\s)\\s*\\d+`;
/**
 * A gallery's counter ("2/28 photos", "Bild 3 von 12", "Photo 3 of 12 »"): where the reader is among
 * the pictures, no text. A picture word is needed: "3/12" alone may be a date or a score.
 */
export const PICTURE_COUNTER = new FoldedPattern(`^((${PICTURES})\\s*${COUNT}|${COUNT}\\s*(${PICTURES}))\\W*$`);

/** A line that opens with a label of the publication date ("Publiziert am …", "Published: …"). */
export const PUBLISHED_LINE = new FoldedPattern(`^(${anyOf((a) => a.publishedLabels)})([^\\p{L}]|$)`);

/** The label of a date that an author line ends in once its date is cut ("Dominique — veröffentlicht am"). */
export const PUBLISHED_END = new FoldedPattern(`(^|[^\\p{L}])(${anyOf((a) => a.publishedLabels)})(\\s+\\p{L}{1,3})?\\s*:?$`);

/** "Von", "By" and a colon before the names in an author line. */
export const BYLINE_PREFIX = new FoldedPattern(`^(${anyOf((a) => a.bylinePrefixes)})\\s*:?\\s+`);

/** A word of any pack that tells a time from now ("vor", "ago", "il y a"), as a whole word. */
const RELATIVE_TIME = new FoldedPattern(`(^|[^\\p{L}])(${anyOf((a) => a.relativeTimeWords)})([^\\p{L}]|$)`);

/** A clock written with a dot and a zone or "Uhr" after it ("13.58 GMT", "9.30 Uhr"): a time of day, as a live blog's post time. */
const DOTTED_CLOCK = new FoldedPattern(`\\d\\.\\d\\d\\s*(${alternation(clipLangs().flatMap((c) => c.timeOfDay))})(?![\\p{L}])`);

/**
 * A duration ("120 Minuten ( + 300 Minuten Wartezeit )", "35 Min."): a number with no date, year,
 * clock time or word of a time from now ("vor 2 Stunden", "5 hours ago") — those are timestamps.
 */
export function isDuration(text: string): boolean {
  if (!/\d/.test(text) || /\d:\d\d|\b(1[89]|20)\d\d\b/.test(text) || DOTTED_CLOCK.test(text)) return false;
  return dateIndex(text) < 0 && !RELATIVE_TIME.test(text);
}

/** Words a date line may hold beside the date ("Aktualisiert am", "Stand"). */
const DATE_LINE_WORDS = 3;

/**
 * A line with a date that is no sentence ("Aktualisiert: 03.04.2020, 10:15 Uhr", "30 avril 2015 à
 * 07:19 (Mis à jour : …)") or little more than the date ("Aktualisiert am 17.01.2021."): metadata,
 * not text. Callers pass short lines only.
 */
export function isDateLine(text: string): boolean {
  // Without a date, a few words of a label and a relative time: "Publiziert heute um 06:30 Uhr", "Posted 2 hours ago".
  if (dateIndex(text) < 0) return PUBLISHED_LINE.test(text) && RELATIVE_TIME.test(text) && fewWords(text, DATE_LINE_WORDS + 2);
  return !/[.!?"“”»«]$/.test(text) || fewWords(text, DATE_LINE_WORDS + 1);
}

/** Whether `text` has at most `n` words of two letters or more (stops counting past `n`). */
function fewWords(text: string, n: number): boolean {
  const word = /\p{L}{2,}/gu;
  let count = 0;
  while (word.exec(text)) if (++count > n) return false;
  return true;
}

/** A name word: capitalised ("Nada", "O’Neil", "Müller-Lüdenscheidt"). */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Lower-case words inside names and bylines ("van", "de", "und", "for"). */
const NAME_JOINS = new Set([
  "und",
  "and",
  "for",
  "für",
  "de",
  "van",
  "von",
  "der",
  "den",
  "y",
  "et",
  "e",
  "di",
  "da",
  "del",
  "dos",
  "du",
  "le",
  "la",
]);
/** Most words a byline's names may have. */
const BYLINE_WORDS = 5;

/** The names of an author line without prefix ("Kevin Hanschke, Corinna Budras", "A and B"), each of capitalised words. */
export function nameList(text: string): string[] | null {
  const names = text.split(/\s*[,&]\s*|\s+(?:and|und|et)\s+/).map((part) => part.trim());
  const ok = names.every((part) => {
    const words = part.split(/\s+/);
    return words.length <= BYLINE_WORDS * 2 && NAME_WORD.test(words[0]!) && words.every((w) => NAME_WORD.test(w) || NAME_JOINS.has(w));
  });
  return ok ? names : null;
}

/**
 * An author line left in the body ("Von Claudia Lindner", "By Nada Tawfik, BBC News, New York"):
 * the byline prefix and capitalised names, no sentence.
 */
export function isBylineLine(text: string): boolean {
  const m = BYLINE_PREFIX.exec(text);
  if (!m || /[!?]$|\p{Ll}{2}\.$/u.test(text)) return false;
  const names = text.slice(m[0].length).split(",")[0]!.trim().split(/\s+/);
  return names.length <= BYLINE_WORDS && NAME_WORD.test(names[0]!) && names.every((w) => NAME_WORD.test(w) || NAME_JOINS.has(w));
}
