// Players a script builds later, known by their data attributes or a play control.
import type { Clip } from "../types";
import type { Candidate } from "./candidate";
import { absolute, closestNamed, firstDescendant, isControl, nameTokens, parseJson } from "./dom";
import { identifyUrl, siteProvider } from "./providers";
import type { ClipWords } from "./words";
import { spacedText } from "../text/spaced-text";

/** Data attributes that name a media type: `data-media-type="video"`. */
const TYPE_ATTR = /^data-(media-?type|content-?type|type|media)$/;
/** Data attributes that identify a clip: `data-video-id`, `data-audio-src`, `data-app-audio-urn`. */
const ID_ATTR = /^data-([a-z]+-)?(video|audio)(-?(id|src|url|uuid|urn|config|meta|data))?$/;
/** Keys of a JSON config that describe a stream rather than, say, a menu. */
const MEDIA_JSON = /"_?(duration\w*|mediaArray|streams?|videoId|audioId|playlist|contentUrl|embedUrl)"|\.(mp4|mp3|m3u8|mpd)\b/i;
/** Values that are flags, not identifiers. */
const FLAG = /^(true|false|none|null|0|1|)$/i;

/** Data attributes that name the script component an element becomes: `data-module="zdfplayer"`. */
const COMPONENT_ATTR = /^data-(module|component|v-type|widget|js|controller|behavior|view)$/;
/** A component name that is a player: "zdfplayer", "MediaPlayer", "audio-player". */
const PLAYER_COMPONENT = /^[a-z][\w-]*player[\w-]*$/i;
/** Data attribute names worth reading the value of. */
const PLAYER_ATTR = new RegExp(
  `^data-(?:.*(?:player|video|audio|media|config)|type|content-?type|duration|uuid|src)|^data-v$|${COMPONENT_ATTR.source}`,
);

/** A placeholder a script turns into a player, known by its data attributes (`names`: its attribute names). */
export function dataPlayer(el: Element, names: readonly string[], base: string | null): Candidate | null {
  let kind: Clip["kind"] | null = null;
  let signal = false;
  let clipData = false;
  const configs: string[] = [];
  // Indexed: run for elements with data attributes, cold (see hasDataAttribute).
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!PLAYER_ATTR.test(name)) continue;
    const v = (el.getAttribute(name) ?? "").trim();
    if (FLAG.test(v)) continue;
    if (TYPE_ATTR.test(name)) {
      if (!/^(video|audio)$/i.test(v)) continue;
      kind = v.toLowerCase() as Clip["kind"];
      signal = true;
    } else if (name.includes("player") || ID_ATTR.test(name)) {
      signal = true;
      // The attribute's name says the kind: `data-audio`, `data-audio-player`, `data-video-id`.
      kind ??= /audio/.test(name) ? "audio" : /video/.test(name) ? "video" : null;
    } else if (COMPONENT_ATTR.test(name)) signal ||= PLAYER_COMPONENT.test(v);
    else if (/video|audio|media|player|config|^data-v$/.test(name) && MEDIA_JSON.test(v)) configs.push(v);
    // A player's own word may come first: `data-jw-media-id`, `data-clip-duration`.
    clipData ||= /^data-([a-z]+-)?(duration|uuid|video-?id|media-?id|embed\w*|src)$/.test(name);
  }
  // Parsing is the dear part: only when nothing cheaper said "player".
  signal ||= configs.some((v) => parseJson(v) !== null);
  // A class naming a player plus a clip's data: `<div class="inline-video" data-duration=…>`, "jwplayer".
  if (!signal && clipData) signal = nameTokens(el).some((t) => t === "video" || t === "audio" || t.endsWith("player"));
  return signal ? { el, src: null, provider: siteProvider(base), kind } : null;
}

const FIGURE = new Set(["figure"]);

/** A teaser that opens a player on click: a play control, in a figure or teaser (its duration is checked later). */
export function playTeaser(el: Element, tag: string, names: readonly string[], w: ClipWords): Candidate | null {
  const button = tag === "button" || (names.includes("role") && el.getAttribute("role") === "button");
  if (!button && tag !== "a") return null;
  // Attributes the element lacks are not read: this runs for every link in the article, cold, where
  // each read crosses into the browser.
  const playClass =
    (names.includes("class") || names.includes("id")) && nameTokens(el).some((t) => t === "play" || t === "playbutton" || t === "playicon");
  const aria = names.includes("aria-label") ? el.getAttribute("aria-label") : "";
  const title = names.includes("title") ? el.getAttribute("title") : "";
  // Link texts are headlines; only a button's own text is a label. Most links have no label at all.
  if (!playClass && !aria && !title && !button) return null;
  const label = `${aria} ${title} ${button ? spacedText(el) : ""}`;
  if (!playClass && !w.play.test(label)) return null;
  // The figure around it, else the control: its caption area is found from there. "Anhören" starts audio.
  return { el: closestNamed(el, FIGURE) ?? el, src: null, provider: null, kind: w.listen.test(label) ? "audio" : null, teaser: true };
}

const text = (el: Element) => el.textContent?.trim() ?? "";

/**
 * A consent placeholder that offers only a link to the player's own page ("Video auf YouTube
 * ansehen"): a link to a known player, alone in its block, beside the button that loads it.
 */
export function placeholderLink(el: Element, base: string | null): Candidate | null {
  // This runs for every link: a relative one (most) names no player host, and needs no resolving.
  const href = el.getAttribute("href");
  const known = href && identifyUrl(href);
  if (!known) return null;
  const block = el.parentElement;
  const box = block?.parentElement;
  if (!box || text(block) !== text(el) || !firstDescendant(box, isControl)) return null;
  return { el, src: absolute(href, base), ...known };
}
