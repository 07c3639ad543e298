// Players a script builds later, known by their data attributes or a play control.
import type { Clip } from "../types";
import type { Candidate } from "./candidate";
import { absolute, closestNamed, firstDescendant, isControl, nameTokens, parseJson } from "./dom";
import { identifyUrl, providerOfTag } from "./providers";
import type { ClipWords } from "./words";
import { spacedText } from "../text/spaced-text";

/** Data attributes that name a media type: `data-media-type="video"`. */
const TYPE_ATTR = /^data-(media-?type|content-?type|type|media)$/;
/** Data attributes that identify a clip: `data-video-id`, `data-audio-src`, `data-app-audio-urn`. */
const ID_ATTR = /^data-([a-z]+-)?(video|audio)(-?(id|src|url|uuid|urn|config|meta|data))?$/;
/** Data attributes that may name a provider before an ID: `data-youtube-id`, `data-vimeo-video-id`. */
const PROVIDER_ID_ATTR = /^data-[a-z]+-(video-?)?id$/;
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
  `${PROVIDER_ID_ATTR.source}|^data-(?:.*(?:player|playable|video|audio|media|config)|type|content-?type|duration|uuid|src|extension|opts|options|settings|props|params|provider)|^data-v$|${COMPONENT_ATTR.source}`,
);

/**
 * A placeholder a script turns into a player, known by its data attributes (`names`: its attribute
 * names). Its provider is the one they name, else none: JSON-LD may name it, else the page's site does.
 */
export function dataPlayer(el: Element, names: readonly string[]): Candidate | null {
  let kind: Clip["kind"] | null = null;
  let provider: string | null = null;
  let signal = false;
  let clipData = false;
  const configs: string[] = [];
  // Indexed: run for elements with data attributes, cold (see hasDataAttribute).
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!PLAYER_ATTR.test(name)) continue;
    const v = (el.getAttribute(name) ?? "").trim();
    if (FLAG.test(v)) continue;
    // A platform named as a value: Sky's `data-provider="brightcove"`; one named a player's is one (`data-video-provider="glomex"`).
    if (name.endsWith("provider")) {
      provider ??= providerOfTag(v.toLowerCase())?.provider ?? null;
      signal ||= !!provider && /video|audio|player/.test(name);
      continue;
    }
    // An attribute named for a known provider holds that provider's clip ID: `data-youtube-id="…"`.
    const named = PROVIDER_ID_ATTR.test(name) ? providerOfTag(name) : null;
    if (named) {
      [provider, kind, signal] = [named.provider, named.kind, true];
      continue;
    }
    if (TYPE_ATTR.test(name)) {
      if (!/^(video|audio)$/i.test(v)) continue;
      kind = v.toLowerCase() as Clip["kind"];
      signal = true;
    } else if (name.includes("player") || ID_ATTR.test(name)) {
      signal = true;
      // The attribute's name says the kind: `data-audio`, `data-audio-player`, `data-video-id`.
      kind ??= /audio/.test(name) ? "audio" : /video/.test(name) ? "video" : null;
    } else if (COMPONENT_ATTR.test(name)) signal ||= PLAYER_COMPONENT.test(v);
    // BBC's `data-playable` holds its playlist: a config, though its name says neither player nor media.
    else if (/video|audio|media|player|playable|config|^data-v$/.test(name) && MEDIA_JSON.test(v)) configs.push(v);
    // A player's own word may come first: `data-jw-media-id`, `data-clip-duration`; or a config object
    // (`data-extension='{"mediaObj":…}'`, `data-opts`) is the clip's data.
    clipData ||= /^data-([a-z]+-)?(duration|uuid|video-?id|media-?id|embed\w*|src)$/.test(name) || v[0] === "{";
  }
  // Parsing is the dear part: only when nothing cheaper said "player".
  signal ||= configs.some((v) => parseJson(v) !== null);
  // A class naming a player plus a clip's data: `<div class="inline-video" data-duration=…>`, "jwplayer", WDR's "mediaplayer".
  if (!signal && clipData) signal = nameTokens(el).some((t) => t === "video" || t === "audio" || t.endsWith("player"));
  return signal ? { el, src: null, provider, kind } : null;
}

/** Attributes in which a custom element names the component it hydrates: `<gu-island name="YoutubeBlockComponent">`, Astro's `component-url`. */
const COMPONENT_NAMES = ["name", "component", "component-url"];

/**
 * An island of a server-rendered page that becomes a known provider's player, named in its component:
 * `<gu-island name="YoutubeBlockComponent" props='{"assetId":…,"duration":147}'>` (its props are read as data).
 */
export function islandPlayer(el: Element, names: readonly string[]): Candidate | null {
  for (const a of COMPONENT_NAMES) {
    if (!names.includes(a)) continue;
    // Words of "YoutubeBlockComponent" and of "/_astro/YouTube.js": camel-case parts and whole tokens.
    const tokens = (el.getAttribute(a) ?? "").split(/[^A-Za-z0-9]+/);
    const words = [...tokens, ...tokens.flatMap((t) => t.split(/(?<=[a-z0-9])(?=[A-Z])/))].join("-").toLowerCase();
    const named = providerOfTag(words);
    if (named) return { el, src: null, ...named };
  }
  return null;
}

const FIGURE = new Set(["figure"]);
/**
 * A play control's class or id word ("play", "PlayButton", "video__playicon"), as `nameTokens` would
 * split it: one test, not a token array per link (this runs for every link with a class).
 */
const PLAY_NAME = /(?<![a-z0-9])play(?:button|icon)?(?![a-z0-9])/i;

/**
 * Whether a link takes the reader to another page (its video page, say), not to a player on this
 * one: not "#", "#video-1", "javascript:…" or this page's own URL.
 */
function leadsAway(href: string | null, base: string | null): boolean {
  const h = href?.trim() ?? "";
  if (!h || h.startsWith("#") || /^javascript:/i.test(h)) return false;
  const page = (u: string) => u.replace(/#.*$/, "");
  return !base || page(absolute(h, base)) !== page(base);
}

/**
 * A teaser that opens a player on click: a play control, in a figure or teaser (its duration is
 * checked later); not a link to another page marked only by a play icon, which teases that page's video.
 */
export function playTeaser(el: Element, tag: string, names: readonly string[], w: ClipWords, base: string | null): Candidate | null {
  const button = tag === "button" || (names.includes("role") && el.getAttribute("role") === "button");
  if (!button && tag !== "a") return null;
  // Attributes the element lacks are not read: this runs for every link in the article, cold, where
  // each read crosses into the browser.
  const playClass = (names.includes("class") || names.includes("id")) && PLAY_NAME.test(`${el.getAttribute("class") ?? ""} ${el.id}`);
  const aria = names.includes("aria-label") ? el.getAttribute("aria-label") : "";
  const title = names.includes("title") ? el.getAttribute("title") : "";
  // Link texts are headlines; only a button's own text is a label. Most links have no label at all.
  if (!playClass && !aria && !title && !button) return null;
  const label = `${aria} ${title} ${button ? spacedText(el) : ""}`;
  const labelled = w.play.test(label);
  if (!playClass && !labelled) return null;
  // A link that says it plays ("Video abspielen") opens its player here, its page only without script;
  // one with a play icon alone is a teaser of its page.
  if (!button && !labelled && leadsAway(el.getAttribute("href"), base)) return null;
  // The figure around it, else the control: its caption area is found from there. "Anhören" starts audio.
  // Its label may name the clip: BBC's "Play video, "…", duration 1 minute 52 seconds".
  return {
    el: closestNamed(el, FIGURE) ?? el,
    src: null,
    provider: null,
    kind: w.listen.test(label) ? "audio" : null,
    teaser: true,
    title: aria || title,
  };
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
