import { dateLangs } from "../../lang";

/** Month names of every language pack, lower case → 1–12. */
const MONTHS = new Map<string, number>(dateLangs().flatMap((d) => Object.entries(d.months)));

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  // Days past the month's end ("2025-02-30") are no date: day 0 of the next month is the last.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Month, day and hour may lack their leading zero ("2022-5-3T23:57:00").
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const RFC_2822 = /^[a-z]{3},\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}/i;
const ISO_ANYWHERE = /\b\d{4}-\d{2}-\d{2}/;
/** Day and month in either order, by slashes ("04/21/2022", "21/04/2022"): found, not read (the order is ambiguous). */
const SLASHED = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
const NUMERIC = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\D{1,8}(\d{1,2})[:.](\d{2}))?/;
const DAY_MONTH = /\b(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u;
const MONTH_DAY = /\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
/**
 * The month-name forms, each with the digits it needs, tested first: `\p{L}+` at every word makes
 * the forms slow on long texts (a page's whole text with its scripts), digit patterns are fast.
 */
const BY_NAME = [
  { form: DAY_MONTH, month: 2, digits: /\s\d{4}/ },
  { form: MONTH_DAY, month: 1, digits: /\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/ },
];

/** Where a written date starts in `s` (numeric or with a month name), or -1. */
export function dateIndex(s: string): number {
  const hits = [NUMERIC.exec(s), ISO_ANYWHERE.exec(s), SLASHED.exec(s)];
  for (const { form, month, digits } of BY_NAME) {
    const m = digits.test(s) ? form.exec(s) : null;
    if (m && MONTHS.has(m[month]!.toLowerCase())) hits.push(m);
  }
  const found = hits.filter((m) => m !== null).map((m) => m.index);
  return found.length ? Math.min(...found) : -1;
}

/**
 * An ISO 8601 date ("2025-12-02") or date-time ("2025-12-02T10:15:00+01:00") from what pages
 * write: ISO with a space or without seconds, "02.12.2025, 10:15", "2. Dezember 2025",
 * "December 2, 2025", RFC 2822. Null when it is no date.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const date = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!date || m[4] === undefined) return date;
    const zone = m[7] ? (m[7].toUpperCase() === "Z" ? "Z" : m[7].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "";
    return `${date}T${pad(+m[4])}:${m[5]}:${m[6] ?? "00"}${zone}`;
  }
  if (RFC_2822.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  m = NUMERIC.exec(s);
  if (m) {
    const date = ymd(+m[3]!, +m[2]!, +m[1]!);
    return date && m[4] !== undefined ? `${date}T${pad(+m[4])}:${m[5]}:00` : date;
  }
  m = DAY_MONTH.exec(s);
  if (m && MONTHS.has(m[2]!.toLowerCase())) return ymd(+m[3]!, MONTHS.get(m[2]!.toLowerCase())!, +m[1]!);
  m = MONTH_DAY.exec(s);
  if (m && MONTHS.has(m[1]!.toLowerCase())) return ymd(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
