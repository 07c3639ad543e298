import { CONSENT_LINE } from "../article/phrases";
import type { CaptionTimes } from "./caption-times";
import { closestNamed, firstDescendant } from "./dom";
import type { ClipWords } from "./words";

/** Teaser texts are sentences, not labels or credits (words). */
const MIN_CAPTION_WORDS = 4;

const TITLE_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"]);
/** Bold text on a control is its label ("Listen · 4:12"), not a title. */
const CONTROLS = new Set(["button"]);

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Titles are a line, not a paragraph (characters). */
const MAX_TITLE = 200;

/**
 * The clip's title in its caption area: a heading or a bold line, not one that heads teasers of other
 * pages, a consent placeholder's ("Externer Inhalt"), a player's notice ("Player wird geladen") or a control's.
 */
export function unitTitle(unit: Element, w: ClipWords): string | null {
  const text = (e: Element) => e.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const title = (e: Element) =>
    TITLE_TAGS.has(e.localName) &&
    !w.related.test(text(e)) &&
    !CONSENT_LINE.test(text(e)) &&
    !w.notice.test(text(e)) &&
    !closestNamed(e, CONTROLS);
  const el = firstDescendant(unit, title);
  const t = el ? text(el) : "";
  return t && t.length < MAX_TITLE ? t : null;
}

/** A label before the title: "Play video: …", "Spotify Embed: …". */
const LABEL = /^([^:|–—]{1,30})\s*[:|–—]\s*(.+)$/u;

/**
 * The title a player element states itself (`title`, `aria-label`: an embed's video title), unless
 * it only names the player ("YouTube video player", "Eingebetteter Inhalt"); without a label of
 * such words before it ("Play video: …").
 */
export function playerTitle(players: Iterable<Element>, w: ClipWords): string | null {
  const generic = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).every((x) => x.length <= 2 || w.playerWords.has(x));
  for (const el of players) {
    for (const name of ["title", "aria-label"]) {
      const t = el.getAttribute(name)?.replace(/\s+/g, " ").trim() ?? "";
      const m = LABEL.exec(t);
      const title = m && generic(m[1]!) ? m[2]! : t;
      if (title.length < MAX_TITLE && !generic(title)) return title;
    }
  }
  return null;
}

/** The teaser text: the longest caption line that is a sentence, not the title, a meta line, a consent or player notice. */
export function unitCaption(lines: readonly string[], title: string | null, w: ClipWords): string | null {
  let best: string | null = null;
  for (const line of lines) {
    if (title && norm(line) === norm(title)) continue;
    if (line.split(" ").length < MIN_CAPTION_WORDS || CONSENT_LINE.test(line) || w.notice.test(line)) continue;
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
