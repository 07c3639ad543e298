import type { Clip } from "../types";
import { captionLines, controlLines } from "./caption-lines";
import { readCaptionTimes, type CaptionTimes } from "./caption-times";
import { descendants } from "./dom";
import { emptyMeta, readDataMeta, type DataMeta } from "./data-meta";
import { playerTitle, topLine, unitCaption, unitTitle } from "./describe";
import type { Group } from "./group";
import type { LdMedia } from "./json-ld";
import { identifyUrl } from "./providers";
import { startFromAttributes, startFromUrl } from "./start-offset";
import type { CaptionUnits } from "./unit";
import type { ClipWords } from "./words";

/** A clip being assembled from its player, caption area and metadata. */
export interface Draft {
  /** Where the clip sits: its player's element, or the JSON-LD script for a clip without one. */
  anchor: Element;
  belongs: boolean;
  provider: string | null;
  kind: Clip["kind"] | null;
  src: string | null;
  /** Seconds into the clip where its player starts, from its URL or attributes. */
  start: number | null;
  title: string | null;
  caption: string | null;
  lines: string[];
  times: CaptionTimes;
  data: DataMeta;
  /** Found only by a play control. */
  teaser: boolean;
  ld: LdMedia | null;
}

/** Reads a grouped player's caption area and data attributes. */
export function draftFromGroup(g: Group, units: CaptionUnits, belongs: boolean, w: ClipWords): Draft {
  const unit = units.of(g.el);
  const unitLines = captionLines(unit);
  // A player alone in its area may have its caption set right after it.
  const after = unitLines.length === 0 ? units.captionAfter(unit) : null;
  const lines = after ? captionLines(after) : unitLines;
  const before = unit === g.el ? 0 : captionLines(unit, g.el).length;
  // The player's own attributes name and describe it; its caption area's (a download button's
  // config, say) add times and URLs, but their titles may be the page's (share buttons).
  const players = new Set([g.el, ...g.members.map((m) => m.el)]);
  const own = emptyMeta();
  for (const el of players) readDataMeta(el, own);
  const data = { ...own, urls: [...own.urls] };
  for (const el of descendants(unit)) if (!players.has(el) && el.hasAttributes()) readDataMeta(el, data);
  // The players' own words: their attributes (lite-youtube's play label too), then the title written in markup held as text.
  const stated = [...players].flatMap((el) => ["title", "aria-label", "playlabel"].map((a) => el.getAttribute(a) ?? ""));
  const title =
    own.title ??
    playerTitle([...stated, ...g.members.map((m) => m.title ?? "")], w) ??
    unitTitle(after ?? unit, w) ??
    topLine(lines, captionLines(g.el), w) ??
    data.title;
  const known = g.members.find((m) => m.src && identifyUrl(m.src));
  const first = known ?? g.members.find((m) => m.provider) ?? g.members[0];
  const dataUrl = data.urls.find((u) => identifyUrl(u)) ?? null;
  const ownProvider = own.urls.map((u) => identifyUrl(u)?.provider).find(Boolean);
  const src = g.members.map((m) => m.src).find(Boolean) ?? dataUrl;
  return {
    anchor: g.el,
    belongs,
    // A known player named in the player's own config outranks the site's name guessed for a placeholder.
    provider: known?.provider ?? ownProvider ?? first?.provider ?? (dataUrl && identifyUrl(dataUrl)?.provider) ?? null,
    kind: g.members.map((m) => m.kind).find(Boolean) ?? data.kind,
    src,
    start: startFromUrl(src) ?? [...players].map(startFromAttributes).find((s) => s !== null) ?? null,
    title,
    caption: own.caption ?? unitCaption(lines, title, w) ?? data.caption,
    lines,
    // The caption's statements first; a badge on the play control only where it states none.
    times: readCaptionTimes([...lines, ...controlLines(unit)], w, before),
    data,
    teaser: g.members.every((m) => m.teaser),
    ld: null,
  };
}

/** A clip known only from JSON-LD (the player is injected by script). */
export function draftFromLd(m: LdMedia): Draft {
  const src = m.urls[0] ?? null;
  return {
    anchor: m.script,
    belongs: true,
    provider: m.urls.map((u) => identifyUrl(u)?.provider).find(Boolean) ?? null,
    kind: m.kind,
    src,
    start: startFromUrl(src),
    title: m.title,
    caption: m.description,
    lines: [],
    times: { date: null, duration: null, precision: 1 },
    data: emptyMeta(),
    teaser: false,
    ld: m,
  };
}
