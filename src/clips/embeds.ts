// Players that name their source: media elements, iframes, social embeds, placeholders holding a provider URL.
import type { Candidate } from "./candidate";
import { absolute, firstDescendant } from "./dom";
import { identifyUrl, kindFromPath, looksLikePlayer, siteProvider } from "./providers";
import { decodeEntities } from "../text/entities";

const urlAttr = (el: Element) =>
  ["src", "data-src", "data-lazy-src", "data", "data-url"]
    .map((a) => el.getAttribute(a))
    .find((v) => v && !/^(javascript|about|data):/i.test(v)) ?? null;

/** A video that plays itself silently over and over, with no controls: an animation, not a clip. */
const isLoop = (el: Element) =>
  el.hasAttribute("loop") && el.hasAttribute("muted") && el.hasAttribute("autoplay") && !el.hasAttribute("controls");

/**
 * A <video> or <audio> (or AMP's <amp-video>, <amp-audio>) with a source. Its provider is a known
 * player's from the source, else none: a file the site serves itself is the site's clip (CNN's
 * player is "cnn" in the gold), named from the page's URL when the clip is finished.
 */
export function mediaElement(el: Element, base: string | null): Candidate | null {
  if (isLoop(el)) return null;
  // A lazy loader keeps the source's URL in `data-src` until the player scrolls into view.
  const source = firstDescendant(el, (s) => s.localName === "source" && (s.hasAttribute("src") || s.hasAttribute("data-src")));
  const src = urlAttr(el) ?? (source ? urlAttr(source) : null);
  // A <video> with neither source nor poster is a polyfill wrapper or an empty shell.
  if (!src && !el.getAttribute("poster")) return null;
  const abs = src ? absolute(src, base) : null;
  return {
    el,
    src: abs,
    provider: (abs && identifyUrl(abs)?.provider) || null,
    kind: el.localName.endsWith("audio") ? "audio" : "video",
  };
}

/** An iframe, embed or object showing a known player or a media path. */
export function embed(el: Element, base: string | null): Candidate | null {
  const raw = urlAttr(el);
  if (!raw) return null;
  const src = absolute(raw, base);
  const known = identifyUrl(src);
  if (known) return { el, src, ...known };
  if (!looksLikePlayer(src)) return null;
  return { el, src, provider: siteProvider(src) ?? siteProvider(base), kind: kindFromPath(src) };
}

/** Attributes in which a social embed's blockquote names the post it shows: `data-instgrm-permalink`. */
const PERMALINK = /^data-[\w-]*permalink$/;

/**
 * Social embeds published as markup plus a script: Twitter/X and TikTok video blockquotes, and any
 * blockquote whose permalink is a known provider's video (an Instagram reel, not a photo post).
 */
export function socialVideo(el: Element): Candidate | null {
  const tokens = (el.getAttribute("class") ?? "").toLowerCase().split(/\s+/);
  const provider = tokens.includes("twitter-video") ? "twitter" : tokens.includes("tiktok-embed") ? "tiktok" : null;
  if (!provider) return permalinkVideo(el);
  const src =
    el.getAttribute("cite") ??
    firstDescendant(el, (a) => /\/(status|video)\//.test(a.getAttribute("href") ?? ""))?.getAttribute("href") ??
    null;
  return { el, src, provider, kind: "video" };
}

function permalinkVideo(el: Element): Candidate | null {
  for (const name of el.getAttributeNames()) {
    if (!PERMALINK.test(name)) continue;
    const src = el.getAttribute(name) ?? "";
    const known = identifyUrl(src);
    if (known) return { el, src, ...known };
  }
  return null;
}

/**
 * Attributes holding the URL of a player that a script or a consent click loads: `data-src`,
 * Facebook's `data-href`, a consent tool's `data-opt-in-src` or `data-consent-url`.
 */
const LOADS_URL = /^data-([\w-]*(href|src|url)|embed|configuration)$/;

/**
 * A player of a known provider that loads later: `<div data-src="https://www.youtube.com/embed/…">`,
 * `<script data-configuration="…podigee.io/…">` (a script's own src is a library, shared by all players).
 */
export function deferredEmbed(el: Element, names: readonly string[], base: string | null): Candidate | null {
  // Indexed: run for elements with data attributes, cold (see hasDataAttribute).
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!LOADS_URL.test(name)) continue;
    const src = absolute(el.getAttribute(name) ?? "", base);
    const known = identifyUrl(src);
    if (known) return { el, src, ...known };
  }
  return null;
}

/** Data attributes that name the clip a player script shows: `data-video="x8q7w6e"`. */
const CLIP_ATTR = /^data-(video|audio|playlist|media)(-?id)?$/;

/**
 * A provider's player script that builds its player in place for the clip its attributes name:
 * `<script src="https://geo.dailymotion.com/player/x9abc.js" data-video="x8q7w6e">`. (A script
 * without such an attribute is the provider's library, loaded once for all its players.)
 */
export function playerScript(el: Element, names: readonly string[], base: string | null): Candidate | null {
  const src = el.getAttribute("src");
  const known = src && names.some((n) => CLIP_ATTR.test(n)) ? identifyUrl(absolute(src, base)) : null;
  return known ? { el, src: null, ...known } : null;
}

/** An iframe or embed tag in markup held as text. */
const FRAME_TAG = /<(?:iframe|embed)\b[^>]*>/gi;
/** Its (lazy) source and its title. */
const FRAME_SRC = /\s(?:data-)?src\s*=\s*["']?([^"'\s>]+)/i;
const FRAME_TITLE = /\stitle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * A known player in markup the page keeps inert until a consent click or a script inserts it: a
 * `<template>`, `<noscript>` or `<script type="text/template">` holding `<iframe src="…youtube…">`.
 */
export function inertEmbed(el: Element, markup: string, base: string | null): Candidate | null {
  // Most hold images or scripts' text: the search runs only where a frame is written.
  if (!/<(iframe|embed)\b/i.test(markup)) return null;
  for (const [tag] of markup.matchAll(FRAME_TAG)) {
    const raw = FRAME_SRC.exec(tag)?.[1];
    const src = raw ? absolute(raw, base) : null;
    const known = src ? identifyUrl(src) : null;
    const title = FRAME_TITLE.exec(tag);
    if (known) return { el, src, ...known, title: title ? decodeEntities(title[1] ?? title[2] ?? "") : null };
  }
  return null;
}
