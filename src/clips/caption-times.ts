import { parseClock } from "./duration";
import type { ClipWords } from "./words";

/** Date and duration a clip's caption states. */
export interface CaptionTimes {
  /** ISO date (YYYY-MM-DD), not an availability end. */
  date: string | null;
  /** Seconds. */
  duration: number | null;
  /** Resolution of `duration` in seconds: 1 for "3:17", 60 for "2 min". */
  precision: number;
}

/** Words a meta line may carry besides its times ("Video 2:34", "02.12.2025 | 0:28 min"). */
const BADGE_WORDS = 2;

// Shapes only; which words are units or months is the language's data, looked up per match.
const DMY = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/g;
const YMD = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
/** "26/11/2026" or "11/26/2026"; a four-digit year, so no fraction or score reads as one. */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
const DAY_MONTH = /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})/gu;
const MONTH_DAY = /(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/gu;
/** A clock reading and the word after it: "0:28 min", "1:02:03", "21:38 Uhr". */
const CLOCK = /(?<![\d:.])(\d{1,2}(?::\d{2}){1,2})(?![\d:])(?:\s*(\p{L}+)\.?)?/gu;
/** Seconds written bare after minutes, before the end of the statement: the " 12" of "1 min 12)". */
const BARE_SECONDS = /^\s+(\d{1,2})(?=\s*(?:[),;|·]|$))/;
/** A number and the word after it: "3 Min.", "17 Sek.", "2min". */
const NUMBER_WORD = /(?<![\d.,:])(\d+)\s*(\p{L}+)\.?/gu;

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y < 100 ? 2000 + y : y}-${pad(m)}-${pad(d)}` : null;

/** Words on a line outside [start, end). */
const wordsOutside = (line: string, start: number, end: number) =>
  (`${line.slice(0, start)} ${line.slice(end)}`.match(/\p{L}+/gu) ?? []).length;

interface Found {
  iso: string | null;
  index: number;
  end: number;
}

function datesIn(line: string, w: ClipWords): Found[] {
  const out: Found[] = [];
  const add = (m: RegExpMatchArray, iso: string | null) => out.push({ iso, index: m.index!, end: m.index! + m[0].length });
  const month = (s: string) => w.months.get(s.toLowerCase()) ?? 0;
  for (const m of line.matchAll(DMY)) add(m, isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of line.matchAll(YMD)) add(m, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of line.matchAll(SLASHED)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // A part above 12 is the day, whatever the language's order.
    const dayFirst = a > 12 || (b <= 12 && w.slashDayFirst);
    add(m, isoDate(Number(m[3]), dayFirst ? b : a, dayFirst ? a : b));
  }
  for (const m of line.matchAll(DAY_MONTH)) if (month(m[2]!)) add(m, isoDate(Number(m[3]), month(m[2]!), Number(m[1])));
  for (const m of line.matchAll(MONTH_DAY)) if (month(m[1]!)) add(m, isoDate(Number(m[3]), month(m[1]!), Number(m[2])));
  return out.sort((a, b) => a.index - b.index);
}

interface Duration {
  seconds: number;
  precision: number;
}

function durationOf(line: string, w: ClipWords, dates: readonly Found[], badges: boolean): Duration | null {
  const unit = (word: string | undefined) => (word ? (w.units.get(word.toLowerCase()) ?? 0) : 0);
  const labelled = (i: number) => w.durationLabel.test(line.slice(0, i));
  // A time on a meta line, or closing a teaser text ("… gehen. 02.12.2025 | 0:28 min"); not inside prose.
  const meta = (i: number, end: number) => wordsOutside(line, i, end) <= BADGE_WORDS || /^[\s).,;|·–-]*$/.test(line.slice(end));
  // "vor 2 Stunden", "2 hours ago", "5 min read": a relative or reading time.
  const notSpan = (i: number, end: number) => w.notDurationBefore.test(line.slice(0, i)) || w.notDurationAfter.test(line.slice(end));

  for (const m of line.matchAll(CLOCK)) {
    const [digits, word] = [m[1]!, m[2]];
    const u = unit(word);
    const start = m.index!;
    const end = u ? start + m[0].length : start + digits.length;
    const parts = digits.split(":").length;
    if (notSpan(start, end)) continue;
    if (!labelled(start)) {
      // Or a clock with its unit that opens a statement or is set off by a comma or bar from its source:
      // "… 4:32 min, aus Echo der Zeit vom 30.11.2025", "… Ausflug. 0:47 Min. Video: Hagenbeck".
      if (!meta(start, end) && !(u && (/^\s*[,;|·–]/.test(line.slice(end)) || /[.!?]\s*$/.test(line.slice(0, start))))) continue;
      // A bare clock is a duration only as a badge ("Video 2:34") or in brackets closing a caption
      // ("… on Tuesday night. (Nov. 26, 2026) (1:14)"), not in prose ("will play in 00:25");
      // a bare "21:38" after a date or before "Uhr" is a time of day, but one set off from the date
      // by a bar or dot is the label's duration field ("Sept. 3, 2025 | 2:04", "02.12.2025 · 0:28"),
      // also after the title on the same line; so is one closing a credit line after a bar ("Video: SZ/dpa · 1:24").
      const bracketed = /[([]\s*$/.test(line.slice(0, start)) && /^\s*[)\]]/.test(line.slice(end));
      const barred =
        (end === line.length && /[|·•]\s*$/.test(line.slice(0, start))) ||
        dates.some((d) => d.end <= start && /^\s*[|·•]\s*$/.test(line.slice(d.end, start)));
      if (!u && !bracketed && (!badges || (!barred && wordsOutside(line, start, end) > BADGE_WORDS))) continue;
      if (!u && parts === 2 && (w.timeOfDayAfter.test(line.slice(end)) || (!bracketed && !barred && dates.some((d) => d.end <= start))))
        continue;
    }
    // "1:30 Std." reads as hours and minutes; "0:28 min" and bare clocks as minutes and seconds.
    const seconds = parseClock(u === 3600 && parts === 2 ? `${digits}:00` : digits);
    if (seconds) return { seconds, precision: 1 };
  }

  const runs = [...line.matchAll(NUMBER_WORD)];
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i]!;
    let last = unit(first[2]);
    if (!last) continue;
    let seconds = Number(first[1]) * last;
    let end = first.index! + first[0].length;
    // "3 Min. 17 Sek.": each following part a smaller unit, only spaces between.
    for (
      let next = runs[i + 1];
      next && /^\s*$/.test(line.slice(end, next.index)) && unit(next[2]) && unit(next[2]) < last;
      next = runs[++i + 1]
    ) {
      last = unit(next[2]);
      seconds += Number(next[1]) * last;
      end = next.index! + next[0].length;
    }
    // "1 min 12": seconds after the minutes without their unit, closing the statement.
    const bare = last === 60 ? BARE_SECONDS.exec(line.slice(end)) : null;
    if (bare && Number(bare[1]) < 60) [seconds, last, end] = [seconds + Number(bare[1]), 1, end + bare[0].length];
    if ((labelled(first.index!) || meta(first.index!, end)) && seconds > 0 && !notSpan(first.index!, end))
      return { seconds, precision: last };
  }
  return null;
}

/**
 * Reads the date and duration a caption states, line by line: `02.12.2025 | 0:28 min`, `2 min`,
 * `1:02:03`, `Dauer: 3:17`, `3 Min. 17 Sek.`, `Duration 2:34`; `Video verfügbar bis 28.02.2021` is an
 * expiry and not taken as the date. The first statement of each wins. `badgesFrom`: the first line
 * where a bare clock badge ("2:34") may stand; lines above a player open live-blog entries with
 * their time of day ("13:58").
 */
export function readCaptionTimes(lines: readonly string[], w: ClipWords, badgesFrom = 0): CaptionTimes {
  const out: CaptionTimes = { date: null, duration: null, precision: 1 };
  for (const [i, line] of lines.entries()) {
    const dates = datesIn(line, w);
    out.date ??= dates.find((d) => d.iso && !w.expiryBefore.test(line.slice(0, d.index)))?.iso ?? null;
    if (out.duration === null) {
      const d = durationOf(line, w, dates, i >= badgesFrom);
      if (d) [out.duration, out.precision] = [d.seconds, d.precision];
    }
  }
  return out;
}
