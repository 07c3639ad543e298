import { BYLINE_PREFIX, CONSENT_LINE, CREDIT_LINE } from "../article/phrases";
import { readCaptionTimes, type CaptionTimes } from "./caption-times";
import { closestNamed, firstDescendant, nameTokens } from "./dom";
import { PHRASING_TAGS } from "../text/phrasing";
import type { ClipWords } from "./words";

/** Teaser texts are sentences, not labels or credits (words). */
const MIN_CAPTION_WORDS = 4;

const TITLE_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"]);
/** Bold text on a control is its label ("Listen · 4:12"), not a title. */
const CONTROLS = new Set(["button"]);

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Titles are a line, not a paragraph (characters). */
const MAX_TITLE = 200;

/** Whether a text only names the player: every word short or a player word ("YouTube video player"). */
const generic = (s: string, w: ClipWords) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).every((x) => x.length <= 2 || w.playerWords.has(x));

const TITLE_NAME = /title|headline|(?<![a-z])hed(?![a-z])/i;
/** A class or id word that names a title: "title", "videotitle" (of "videoTitle"), "headline"; not a "subtitle". */
const isTitleWord = (t: string) => (t.endsWith("title") && !t.startsWith("sub")) || t.endsWith("headline") || t === "hed";

/**
 * A line the page names a title though it sets it in no heading: `<div class="video-title">`,
 * `<p class="mediaTitle">`, a `data-testid="Heading"` span; text only, so not a box of lines.
 */
function namedTitle(e: Element): boolean {
  // Most elements' names say nothing of a title: one test before splitting them into words.
  if (!e.hasAttributes() || (!TITLE_NAME.test(`${e.getAttribute("class") ?? ""} ${e.id}`) && !e.hasAttribute("data-testid"))) return false;
  const tokens = nameTokens(e);
  // A player's menus have titles of their own ("vjs-menu-title": "Chapters").
  if (tokens.includes("menu") || (!tokens.some(isTitleWord) && e.getAttribute("data-testid")?.toLowerCase() !== "heading")) return false;
  return !firstDescendant(e, (d) => !PHRASING_TAGS.has(d.localName));
}

/**
 * The clip's title in its caption area: a heading, a bold line or a line named a title, not one
 * that heads teasers of other pages, a consent placeholder's ("Externer Inhalt"), a player's notice
 * ("Player wird geladen"), a control's or one that only names the player ("Video").
 */
export function unitTitle(unit: Element, w: ClipWords): string | null {
  const text = (e: Element) => e.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const title = (e: Element) =>
    (TITLE_TAGS.has(e.localName) || namedTitle(e)) &&
    // An empty heading ends the search as before: it opens a section, and what follows is text.
    (!text(e) || !generic(text(e), w)) &&
    !w.related.test(text(e)) &&
    !CONSENT_LINE.test(text(e)) &&
    !w.notice.test(text(e)) &&
    !closestNamed(e, CONTROLS);
  const el = firstDescendant(unit, title);
  const t = el ? text(el) : "";
  return t && t.length < MAX_TITLE ? t : null;
}

/** A sentence's end, maybe inside closing quotation marks or brackets; a credit may follow it ("… Farben. Video: Reuters"). */
const SENTENCE_END = /[.!?…]["”“»«’')\]]*(\s|$)/u;

/**
 * A title set as a plain line at the top of a caption, above its teaser text or its line of times: a
 * line of a few words that ends no sentence, above a longer sentence or a date or duration; not a
 * kicker (one word), a credit, a byline, a notice or a line of times, nor a line inside the player
 * (`player`: a consent placeholder's heading, "Inhalte von YouTube laden") or one that only names it.
 */
export function topLine(lines: readonly string[], player: readonly string[], w: ClipWords): string | null {
  // A badge that only names the player ("Video") sits above the title too.
  const [t, next] = lines.filter((l) => !player.includes(l) && !generic(l, w));
  if (!t || !next || /[.:;,]$/.test(t) || !t.includes(" ")) return null;
  const below = readCaptionTimes([next], w);
  if (!(next.length > t.length && SENTENCE_END.test(next)) && !below.date && below.duration === null) return null;
  if (t.length >= MAX_TITLE || CREDIT_LINE.test(t) || BYLINE_PREFIX.test(t) || CONSENT_LINE.test(t) || w.notice.test(t)) return null;
  const times = readCaptionTimes([t], w);
  return times.date || times.duration !== null ? null : t;
}

/** A label before the title: "Play video: …", "Spotify Embed: …", BBC's "Play video, …", "Play Video - …". */
const LABEL = /^([^:|–—,]{1,30}?)\s*(?:[:|–—,]|\s-\s)\s*(.+)$/u;
/** A statement after the title, split off where its duration is read: ", duration 2:35", ". Duration: 1 minute 38 seconds". */
const TAIL = /^(.+?)\s*[,;|–—.]\s*([^,;|–—.]+)$/u;
/** Quotation marks around the whole title. */
const QUOTED = /^["“„«»‘'](.+)["”“«»’']$/u;
/** A title quoted between a control's words: "Video «Wahlsonntag im Aargau» abspielen". */
const QUOTED_IN = /^([^"“”„«»]*)["“”„«»]([^"“”„«»]+)["“”„«»]([^"“”„«»]*)$/u;

/**
 * The title players state themselves (`title`, `aria-label`: an embed's video title; `texts` in
 * that order), unless one only names the player ("YouTube video player", "Eingebetteter Inhalt");
 * without a label of such words before it ("Play video: …", "Play Video - …") or the duration after
 * it (", duration 2:35").
 */
export function playerTitle(texts: Iterable<string>, w: ClipWords): string | null {
  for (const raw of texts) {
    const t = raw.replace(/\s+/g, " ").trim();
    const [q, m] = [QUOTED_IN.exec(t), LABEL.exec(t)];
    let title = q && generic(q[1]! + q[3]!, w) ? q[2]! : m && generic(m[1]!, w) ? m[2]! : t;
    // "Play video, "Residents clear up", duration 2:35": the title alone.
    const tail = TAIL.exec(title);
    if (tail && readCaptionTimes([tail[2]!], w).duration !== null) title = tail[1]!;
    title = QUOTED.exec(title)?.[1] ?? title;
    if (title.length < MAX_TITLE && !generic(title, w)) return title;
  }
  return null;
}

/** The teaser text: the longest caption line that is a sentence, not the title (nor it and a date), a meta line, a consent or player notice. */
export function unitCaption(lines: readonly string[], title: string | null, w: ClipWords): string | null {
  let best: string | null = null;
  for (const line of lines) {
    if (title && norm(line).startsWith(norm(title))) continue;
    // Words with letters: a meta line ("Sept. 3, 2025 | 2:34") is no sentence.
    if (line.split(" ").filter((x) => /\p{L}/u.test(x)).length < MIN_CAPTION_WORDS || CONSENT_LINE.test(line) || w.notice.test(line))
      continue;
    if (!best || line.length > best.length) best = line;
  }
  return best;
}

/**
 * The duration to report, in seconds: a caption's reading unless exact metadata agrees with it
 * within the caption's resolution ("2 min" and PT156S give 156); exact metadata alone otherwise.
 */
export function pickDuration(caption: CaptionTimes, exact: number | null): number | null {
  if (caption.duration === null) return exact;
  if (exact === null) return caption.duration;
  return Math.abs(exact - caption.duration) <= caption.precision ? exact : caption.duration;
}
