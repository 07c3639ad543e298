import { parseClock } from "./duration";

/** Query and fragment parameters that carry a start offset, in seconds or "1m30s" form. */
const START_PARAMS = ["t", "start", "time_continue", "at", "startTime"];

/** Seconds in "90", "90s", "1m30s", "1h2m3s" or "1:30"; null otherwise. */
export function parseOffset(v: string): number | null {
  const s = v.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.floor(Number(s));
  if (/^\d{1,2}(:\d{2}){1,2}$/.test(s)) return parseClock(s);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/**
 * Start offset in seconds from a player URL: `?t=1m30s`, `?start=90`, `?time_continue=90`, `#t=90`
 * (also Media Fragments `#t=90,120`), plus any parameter a SeekToAction template names.
 */
export function startFromUrl(src: string | null, extraParams: readonly string[] = []): number | null {
  if (!src) return null;
  const names = [...START_PARAMS, ...extraParams];
  const hash = src.indexOf("#");
  const query = src.indexOf("?");
  const parts = [hash >= 0 ? src.slice(hash + 1) : "", query >= 0 ? src.slice(query + 1, hash > query ? hash : undefined) : ""];
  for (const part of parts) {
    for (const pair of part.split("&")) {
      const eq = pair.indexOf("=");
      if (eq < 0 || !names.includes(pair.slice(0, eq))) continue;
      const value = safeDecode(pair.slice(eq + 1)).split(",")[0] ?? "";
      const seconds = parseOffset(value);
      if (seconds !== null && seconds > 0) return seconds;
    }
  }
  return null;
}

/**
 * Start offset in seconds that a player element states in its own attributes: a custom element's
 * player query (`<lite-youtube params="start=75&rel=0">`, AMP's `data-param-start="75"`) or a `start="90"`
 * (`data-start="90"`) of its own.
 */
export function startFromAttributes(el: Element): number | null {
  // AMP players pass each `data-param-x` to the player's query: `<amp-youtube data-param-start="30">`.
  const passed = el
    .getAttributeNames()
    .filter((n) => n.startsWith("data-param-"))
    .map((n) => `${n.slice(11)}=${el.getAttribute(n)}`);
  const params = [el.getAttribute("params"), ...passed].filter(Boolean).join("&");
  const own = el.getAttribute("start") ?? el.getAttribute("data-start");
  return startFromUrl(params ? `?${params}` : null) ?? (own ? parseOffset(own) || null : null);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
