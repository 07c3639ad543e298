/** Seconds in an ISO 8601 duration: "PT2M36S" → 156, "PT156S" → 156, "P0DT1H" → 3600; null when malformed. */
export function parseIsoDuration(s: string): number | null {
  const m = /^\s*P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?\s*$/i.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3] && !m[4])) return null;
  const [d, h, min, sec] = [m[1], m[2], m[3], m[4]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
  return Math.round(((d * 24 + h) * 60 + min) * 60 + sec);
}

/** Seconds of a clock reading: "0:28" → 28, "1:02:03" → 3723; null when a field overflows. */
export function parseClock(s: string): number | null {
  const parts = s.trim().split(":").map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !Number.isFinite(p))) return null;
  if (parts.slice(1).some((p) => p >= 60)) return null;
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** Longest plausible clip (10 h, in seconds): larger plain numbers are milliseconds. */
const MAX_SECONDS = 36_000;

/**
 * Seconds from a player's data value: a number or numeric string (seconds, or milliseconds when the
 * key says so or the number is implausibly large), an ISO 8601 duration or a clock reading.
 */
export function toSeconds(value: unknown, key = ""): number | null {
  if (typeof value === "number" || (typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return null;
    return Math.round(/ms$|milli/i.test(key) || n > MAX_SECONDS ? n / 1000 : n);
  }
  if (typeof value !== "string") return null;
  if (/^\s*P/i.test(value)) return parseIsoDuration(value);
  return /^\s*\d{1,2}(:\d{2}){1,2}\s*$/.test(value) ? parseClock(value) : null;
}
