// Players a script builds later, known by their data attributes or a play control.
import type { Clip } from "../types";
import type { Candidate } from "./candidate";
import { closestNamed, nameTokens, parseJson } from "./dom";
import { siteProvider } from "./providers";
import type { ClipWords } from "./words";

/** Data attributes that name a media type: `data-media-type="video"`. */
const TYPE_ATTR = /^data-(media-?type|content-?type|type|media)$/;
/** Data attributes that identify a clip: `data-video-id`, `data-audio-src`. */
const ID_ATTR = /^data-(video|audio)(-?(id|src|url|uuid|config|meta|data))?$/;
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
    } else if (name.includes("player") || ID_ATTR.test(name)) signal = true;
    else if (COMPONENT_ATTR.test(name)) signal ||= PLAYER_COMPONENT.test(v);
    else if (/video|audio|media|player|config|^data-v$/.test(name) && MEDIA_JSON.test(v)) configs.push(v);
    clipData ||= /^data-(duration|uuid|video-?id|media-?id|embed\w*|src)$/.test(name);
  }
  // Parsing is the dear part: only when nothing cheaper said "player".
  signal ||= configs.some((v) => parseJson(v) !== null);
  // A class naming a player plus a clip's data: `<div class="inline-video" data-duration=…>`.
  if (!signal && clipData) signal = nameTokens(el).some((t) => t === "video" || t === "audio" || t === "player");
  return signal ? { el, src: null, provider: siteProvider(base), kind } : null;
}

const FIGURE = new Set(["figure"]);

/** A teaser that opens a player on click: a play control, in a figure or teaser (its duration is checked later). */
export function playTeaser(el: Element, tag: string, names: readonly string[], w: ClipWords): Candidate | null {
  const button = tag === "button" || (names.includes("role") && el.getAttribute("role") === "button");
  if (!button && tag !== "a") return null;
  // Attributes the element lacks are not read, and the label only without a play class: this runs
  // for every link in the article, cold, where each read crosses into the browser.
  const playClass =
    (names.includes("class") || names.includes("id")) && nameTokens(el).some((t) => t === "play" || t === "playbutton" || t === "playicon");
  if (!playClass) {
    const aria = names.includes("aria-label") ? el.getAttribute("aria-label") : "";
    const title = names.includes("title") ? el.getAttribute("title") : "";
    // Link texts are headlines; only a button's own text is a label. Most links have no label at all.
    if ((!aria && !title && !button) || !w.play.test(`${aria} ${title} ${button ? el.textContent : ""}`)) return null;
  }
  // The figure around it, else the control: its caption area is found from there.
  return { el: closestNamed(el, FIGURE) ?? el, src: null, provider: null, kind: null, teaser: true };
}
