import type { LangPack } from "../lang/types";
import { getLang } from "../lang";

/** A page language's clip words compiled to patterns (English words are always included: sites mix them in). */
export interface ClipWords {
  /** Unit words, lower case without a final period → seconds: "std" → 3600, "min" → 60, "sek" → 1. */
  units: ReadonlyMap<string, number>;
  durationLabel: RegExp;
  /** Matches when a text ends in an expiry phrase ("… verfügbar bis"). */
  expiryBefore: RegExp;
  /** Matches when a text starts with a time-of-day word (" Uhr"). */
  timeOfDayAfter: RegExp;
  related: RegExp;
  play: RegExp;
  /** Class and id words of advertising slots. */
  ads: ReadonlySet<string>;
  /** Month names and abbreviations, lower case → 1–12, from the date section. */
  months: ReadonlyMap<string, number>;
}

const cache = new Map<string, ClipWords>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Alternation of phrases, longest first so "minuten" wins over "min"; spaces match any whitespace. */
const alt = (xs: readonly string[]) =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map((x) => escape(x).replace(/ /g, "\\s+"))
    .join("|") || "(?!)";

export function clipWords(code: string | null): ClipWords {
  const key = code ?? "";
  let w = cache.get(key);
  if (!w) {
    const packs: LangPack[] = [...new Set([getLang(code), getLang("en")])];
    const all = (pick: (p: LangPack) => readonly string[]) => packs.flatMap(pick);
    const months = new Map(packs.flatMap((p) => Object.entries(p.dates.months)));
    // Later entries win: seconds' "s" over nothing, minutes' "min" over nothing; no word is two units.
    const units = new Map<string, number>([
      ...all((p) => p.clips.hourUnits).map((u) => [u, 3600] as const),
      ...all((p) => p.clips.minuteUnits).map((u) => [u, 60] as const),
      ...all((p) => p.clips.secondUnits).map((u) => [u, 1] as const),
    ]);
    w = {
      units,
      durationLabel: new RegExp(`(?:^|[^\\p{L}])(?:${alt(all((p) => p.clips.durationLabels))})\\s*:?\\s*$`, "iu"),
      expiryBefore: new RegExp(`(?:${alt(all((p) => p.clips.expiryPhrases))})(?:\\s+\\p{L}{1,4})?[\\s:]*$`, "iu"),
      timeOfDayAfter: new RegExp(`^\\s*(?:${alt(all((p) => p.clips.timeOfDay))})(?![\\p{L}])`, "iu"),
      related: new RegExp(`^(?:${alt(all((p) => p.clips.relatedHeadings))})(?![\\p{L}])`, "iu"),
      ads: new Set(all((p) => p.clips.adWords)),
      play: new RegExp(`(?:^|[^\\p{L}])(?:${alt(all((p) => p.clips.playLabels))})(?![\\p{L}])`, "iu"),
      months,
    };
    cache.set(key, w);
  }
  return w;
}
