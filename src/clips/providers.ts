import type { Clip } from "../types";

export interface ProviderMatch {
  provider: string;
  kind: Clip["kind"];
}

interface ProviderRule {
  provider: string;
  /** Host, matched on its end ("youtube.com" also matches "www.youtube.com"). */
  hosts: readonly string[];
  /** Path (with query) that marks a player on this host; any path when absent. */
  path?: RegExp;
  kind?: Clip["kind"];
  /** Also posts, pages and comments: an element named for it (`amp-twitter`, `facebook-comments`) is no player. */
  social?: boolean;
}

/** Paths that hold a player rather than an article or widget ("/embed/" alone is too broad: calculators, maps). */
const MEDIA_PATH = /(^|[/._~-])(video|videos|audio|audios|player|mediathek|podcast|clip|sendung)([/._~-]|$)/i;
/** On a broadcaster's own site, embeds are players too, and so is ARD's player page on its members' sites ("…-ardplayer_image-….html"). */
const BROADCAST_PATH = new RegExp(`${MEDIA_PATH.source}|(^|/)embeds?(/|$)|ardplayer`, "i");

/** Known players. A new provider is a new row. */
const RULES: readonly ProviderRule[] = [
  {
    provider: "youtube",
    hosts: ["youtube.com", "youtube-nocookie.com", "youtu.be"],
    path: /^\/(embed|watch|shorts|live|v)\b|^\/[\w-]{11}/,
  },
  { provider: "vimeo", hosts: ["vimeo.com"], path: /^\/(video\/)?\d+/ },
  { provider: "dailymotion", hosts: ["dailymotion.com", "dai.ly"], path: /\/(video|embed|player)|^\/\w+$/ },
  { provider: "zdf", hosts: ["zdf.de", "zdfheute.de"], path: BROADCAST_PATH },
  {
    provider: "ard",
    hosts: [
      "ardmediathek.de",
      "ard.de",
      "tagesschau.de",
      "sportschau.de",
      "daserste.de",
      "ndr.de",
      "wdr.de",
      "swr.de",
      "mdr.de",
      "hr.de",
      "rbb24.de",
      "sr.de",
    ],
    path: BROADCAST_PATH,
  },
  { provider: "ard", hosts: ["ardaudiothek.de"], path: /^\/(embed|episode|sendung)\//, kind: "audio" },
  { provider: "br", hosts: ["br.de"], path: BROADCAST_PATH },
  { provider: "arte", hosts: ["arte.tv"], path: BROADCAST_PATH },
  { provider: "orf", hosts: ["orf.at"], path: BROADCAST_PATH },
  // SRF's player embeds at "/play/embed?urn=…".
  { provider: "srf", hosts: ["srf.ch"], path: new RegExp(`^/play/embed|${BROADCAST_PATH.source}`, "i") },
  { provider: "bbc", hosts: ["bbc.co.uk", "bbc.com"], path: /\/av-embeds\/|\/av\/embed\// },
  { provider: "twitter", hosts: ["twitter.com", "x.com"], path: /\/(video|videos)\b|\/i\/videos?\//, social: true },
  // Facebook pages and posts are not videos: only the video plugin, /videos/, /watch and reels.
  { provider: "facebook", hosts: ["facebook.com"], path: /^\/plugins\/video|\/videos?\/|^\/watch|^\/reel\//, social: true },
  { provider: "facebook", hosts: ["fb.watch"], social: true },
  // Instagram posts are photos as often as not: only reels are videos.
  { provider: "instagram", hosts: ["instagram.com"], path: /^\/reels?\/[\w-]+/, social: true },
  { provider: "spotify", hosts: ["open.spotify.com"], path: /\/(embed\/)?(episode|show|track|playlist)\//, kind: "audio" },
  { provider: "apple-podcasts", hosts: ["podcasts.apple.com"], kind: "audio" },
  { provider: "podigee", hosts: ["podigee.io", "podigee-cdn.net", "podigee.com"], kind: "audio" },
  { provider: "soundcloud", hosts: ["soundcloud.com"], kind: "audio" },
  { provider: "tiktok", hosts: ["tiktok.com"], path: /^\/(embed|player)\/|\/video\/\d/ },
  // Video platforms that publishers embed under the platform's own host.
  { provider: "brightcove", hosts: ["players.brightcove.net"] },
  { provider: "jwplayer", hosts: ["jwplayer.com", "jwplatform.com"], path: /^\/(players|previews|videos|manifests)\// },
  { provider: "kaltura", hosts: ["kaltura.com"], path: /^\/p\/\d+/ },
  { provider: "3q", hosts: ["playout.3qsdn.com"] },
  { provider: "glomex", hosts: ["player.glomex.com"] },
  { provider: "wistia", hosts: ["wistia.net", "wistia.com"], path: /^\/embed\// },
  { provider: "streamable", hosts: ["streamable.com"], path: /^\/(e|o)\// },
  { provider: "rumble", hosts: ["rumble.com"], path: /^\/embed\// },
  { provider: "ted", hosts: ["embed.ted.com"] },
  { provider: "loom", hosts: ["loom.com"], path: /^\/(embed|share)\// },
  // Podcast hosts' players.
  { provider: "acast", hosts: ["embed.acast.com", "play.acast.com"], kind: "audio" },
  { provider: "omny", hosts: ["omny.fm"], path: /\/embed/, kind: "audio" },
  { provider: "megaphone", hosts: ["megaphone.fm"], kind: "audio" },
  { provider: "simplecast", hosts: ["player.simplecast.com"], kind: "audio" },
  { provider: "art19", hosts: ["art19.com"], path: /\/episodes\//, kind: "audio" },
  { provider: "ausha", hosts: ["player.ausha.co"], kind: "audio" },
  { provider: "transistor", hosts: ["share.transistor.fm"], path: /^\/e\//, kind: "audio" },
  { provider: "buzzsprout", hosts: ["buzzsprout.com"], kind: "audio" },
  { provider: "anchor-fm", hosts: ["anchor.fm"], path: /\/embed\//, kind: "audio" },
  { provider: "captivate", hosts: ["player.captivate.fm"], kind: "audio" },
  { provider: "player-fm", hosts: ["player.fm"], kind: "audio" },
];

/** The words of the known providers' names: "youtube", "apple", "podcasts". */
export const providerWords = () => RULES.flatMap((r) => r.provider.split("-"));

/** Second-level suffixes under which the site name is one label further left: "bbc.co.uk". */
const SECOND_LEVEL = /^(co|com|org|net|gov|ac|or|ne)\.[a-z]{2}$/;

/** The host of an absolute or protocol-relative URL, lower case; null for anything else. */
export function hostOf(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase() ?? null;
}

/** Rule indices by host, so a URL costs a look-up per label of its host, not a test per known host. */
const BY_HOST = new Map<string, number[]>();
RULES.forEach((r, i) => r.hosts.forEach((h) => BY_HOST.set(h, [...(BY_HOST.get(h) ?? []), i])));

/** The first rule whose hosts hold `host` ("www.youtube.com" is on "youtube.com"). */
function ruleFor(host: string): ProviderRule | null {
  let first = Infinity;
  // The host, then each suffix after a dot: "www.youtube.com", "youtube.com", "com".
  for (let h: string | null = host; h; h = h.includes(".") ? h.slice(h.indexOf(".") + 1) : null)
    for (const i of BY_HOST.get(h) ?? []) first = Math.min(first, i);
  return RULES[first] ?? null;
}

/** The player a URL belongs to, when it is one Newsmark knows. */
export function identifyUrl(url: string): ProviderMatch | null {
  const host = hostOf(url);
  if (!host) return null;
  const r = ruleFor(host);
  if (!r) return null;
  const path = url.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]+/i, "") || "/";
  if (r.path && !r.path.test(path)) return null;
  return { provider: r.provider, kind: r.kind ?? kindFromPath(path) };
}

/** Indices of the rules of players (not social posts) by provider name, for names looked up per element. */
const PLAYER_BY_NAME = new Map<string, number>();
for (const [i, r] of RULES.entries()) if (!r.social && !PLAYER_BY_NAME.has(r.provider)) PLAYER_BY_NAME.set(r.provider, i);

/** The known provider a custom element (or a data attribute) is named for: `lite-youtube`, `vimeo-embed`, `data-youtube-id`. */
export function providerOfTag(tag: string): ProviderMatch | null {
  let first = Infinity;
  for (const word of tag.split("-")) first = Math.min(first, PLAYER_BY_NAME.get(word) ?? Infinity);
  const r = RULES[first];
  return r ? { provider: r.provider, kind: r.kind ?? "video" } : null;
}

/** A host whose first label names media: "video.corriere.it", "player.example.com". */
const MEDIA_HOST = /^(video|videos|player|players|audio|podcasts?|mediathek)\./;

/** Whether the URL looks like a player (for hosts not in the table): by its path or its media host. */
export const looksLikePlayer = (url: string) => MEDIA_PATH.test(url.replace(/^[^/]*\/\/[^/]+/, "")) || MEDIA_HOST.test(hostOf(url) ?? "");

/** "audio" when a path names audio or a podcast, else "video". */
export const kindFromPath = (path: string): Clip["kind"] =>
  /(^|[/._~-])(audio|audios|podcast|mp3|m4a|ogg)(\d|[/._~-]|$)/i.test(path) ? "audio" : "video";

/** A provider name for a site's own player: the known provider of its host, else its domain label ("bbc"). */
export function siteProvider(url: string | null): string | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  const known = ruleFor(host);
  if (known) return known.provider;
  const labels = host.split(".");
  if (labels.length < 2) return null;
  const cut = SECOND_LEVEL.test(labels.slice(-2).join(".")) ? 3 : 2;
  return labels[labels.length - cut] ?? null;
}
