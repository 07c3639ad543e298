// Display formats for the popup header, in the reader's UI language.

/** Silent reading speed in words per minute; adult readers average 200–250. */
const WORDS_PER_MINUTE = 220;

/** Whole minutes to read `text`, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "2025-12-02T10:15:00+01:00" → "2 Dec 2025" (locale dependent); the input as is when unreadable. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // A bare date is midnight UTC; format it in UTC so it never shifts to the day before.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", ...(dateOnly ? { timeZone: "UTC" } : {}) }).format(date);
}

/** "de" → "German" in an English UI; the tag itself when the runtime does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A file name part from a title: "Rubio sagt Nato-Treffen ab" → "rubio-sagt-nato-treffen-ab". */
export function fileSlug(title: string | null): string {
  const slug = (title ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "article";
}
