import type { ClipLang } from "../lang/types";
import { clipLang, dateLang } from "../lang";
import { FoldedPattern } from "../text/fold";
import { providerWords } from "./providers";

/**
 * A page language's clip words compiled to patterns (English words are always included: sites mix
 * them in), matched regardless of case as folded patterns (cheap to compile in every page).
 */
export interface ClipWords {
  /** Unit words, lower case without a final period → seconds: "std" → 3600, "min" → 60, "sek" → 1. */
  units: ReadonlyMap<string, number>;
  durationLabel: FoldedPattern;
  /** Matches when a text ends in an expiry phrase ("… verfügbar bis"). */
  expiryBefore: FoldedPattern;
  /** Matches when a text starts with a time-of-day word (" Uhr"). */
  timeOfDayAfter: FoldedPattern;
  /** Match when a text ends or starts with a word that makes the time span beside it no clip's length ("vor", "ago", "read"). */
  notDurationBefore: FoldedPattern;
  notDurationAfter: FoldedPattern;
  related: FoldedPattern;
  /** Labels of a control that starts a player, listening ones included. */
  play: FoldedPattern;
  /** Labels of a control that starts audio. */
  listen: FoldedPattern;
  /** Class and id words of advertising slots. */
  ads: ReadonlySet<string>;
  /** Words of a generic player title, known providers' names and play labels ("Video abspielen") included. */
  playerWords: ReadonlySet<string>;
  /** Month names and abbreviations, lower case → 1–12, from the date section. */
  months: ReadonlyMap<string, number>;
  /** Matches a line that opens with a player's loading or browser notice ("Player wird geladen …"), maybe after a few words ("Hinweis: …"). */
  notice: FoldedPattern;
  /** Whether the page's language, in the page's region, writes "05/11/2026" day first. */
  slashDayFirst: boolean;
}

const cache = new Map<string, ClipWords>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Alternation of phrases in lower case, longest first so "minuten" wins over "min"; spaces match any whitespace. */
const alt = (xs: readonly string[]) =>
  [...new Set(xs.map((x) => x.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((x) => escape(x).replace(/ /g, "\\s+"))
    .join("|") || "(?!)";

/** The words for language `code`; `region` (ISO 3166-1, lower case), when the page names one, orders slashed dates. */
export function clipWords(code: string | null, region: string | null = null): ClipWords {
  const key = `${code ?? ""}|${region ?? ""}`;
  let w = cache.get(key);
  if (!w) {
    const packs = [...new Set([clipLang(code), clipLang("en")])];
    const all = (pick: (p: ClipLang) => readonly string[]) => packs.flatMap(pick);
    const months = new Map([...new Set([dateLang(code), dateLang("en")])].flatMap((d) => Object.entries(d.months)));
    // Later entries win: seconds' "s" over nothing, minutes' "min" over nothing; no word is two units.
    const units = new Map<string, number>([
      ...all((p) => p.hourUnits).map((u) => [u, 3600] as const),
      ...all((p) => p.minuteUnits).map((u) => [u, 60] as const),
      ...all((p) => p.secondUnits).map((u) => [u, 1] as const),
    ]);
    w = {
      units,
      durationLabel: new FoldedPattern(`(?:^|[^\\p{L}])(?:${alt(all((p) => p.durationLabels))})\\s*:?\\s*$`),
      expiryBefore: new FoldedPattern(`(?:${alt(all((p) => p.expiryPhrases))})(?:\\s+\\p{L}{1,4})?[\\s:]*$`),
      timeOfDayAfter: new FoldedPattern(`^\\s*(?:${alt(all((p) => p.timeOfDay))})(?![\\p{L}])`),
      notDurationBefore: new FoldedPattern(`(?<!\\p{L})(?:${alt(all((p) => p.notDurationBefore ?? []))})[\\s:]*$`),
      notDurationAfter: new FoldedPattern(`^[\\s.]*(?:${alt(all((p) => p.notDurationAfter ?? []))})(?![\\p{L}])`),
      related: new FoldedPattern(`^(?:${alt(all((p) => p.relatedHeadings))})(?![\\p{L}])`),
      ads: new Set(all((p) => p.adWords)),
      playerWords: new Set([
        ...all((p) => [...p.playerWords, ...[...p.playLabels, ...p.listenLabels].flatMap((l) => l.split(" "))]),
        ...providerWords(),
      ]),
      // A lookbehind, not `(?:^|[^\\p{L}])`: the engine then skips to the labels' letters (every titled link is tested).
      play: new FoldedPattern(`(?<!\\p{L})(?:${alt(all((p) => [...p.playLabels, ...p.listenLabels]))})(?![\\p{L}])`),
      listen: new FoldedPattern(`(?<!\\p{L})(?:${alt(all((p) => p.listenLabels))})(?![\\p{L}])`),
      // After up to four words: "Sorry, your browser does not support …", "To view this video please enable JavaScript";
      // whole words greedily, where a lazy count tried every split of each word (17 times slower).
      notice: new FoldedPattern(`^[^\\p{L}]*(?:\\p{L}+[^\\p{L}]+){0,4}(?:${alt(all((p) => p.playerNotices))})(?![\\p{L}])`),
      months,
      slashDayFirst: region ? !clipLang(code).slashMonthFirstRegions.includes(region) : clipLang(code).slashDayFirst,
    };
    cache.set(key, w);
  }
  return w;
}
