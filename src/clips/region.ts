import { hostOf } from "./providers";

/** Country-code domains sold for their letters worldwide ("youtu.be", ".tv", ".io"): they name no region. */
const GENERIC_CC = new Set(["ai", "be", "cc", "co", "fm", "gg", "io", "ly", "me", "to", "tv", "ws"]);

/** The region subtag of a language tag or locale: "en-GB", "en_gb" → "gb"; null without one. */
const regionOf = (tag: string | null | undefined) =>
  /^[a-z]{2,3}[-_]([a-z]{2})(?![a-z\d])/i.exec(tag?.trim() ?? "")?.[1]?.toLowerCase() ?? null;

/** The page's og:locale, from the head's own meta elements: a selector over the whole page costs more than the clip search (linkedom). */
function ogLocale(doc: Document): string | null {
  for (let e = doc.head?.firstElementChild ?? null; e; e = e.nextElementSibling)
    if (e.localName === "meta" && e.getAttribute("property") === "og:locale") return e.getAttribute("content");
  return null;
}

/**
 * The region a page is written for (ISO 3166-1, lower case): its language tag's ("en-GB"), its
 * og:locale's, else its host's country-code domain (".co.uk" → "uk", ".com.au" → "au"); null when
 * none names one.
 */
export function pageRegion(doc: Document, url: string | null): string | null {
  const tld = (url && hostOf(url)?.split(".").pop()) ?? "";
  return (
    regionOf(doc.documentElement?.getAttribute("lang")) ??
    regionOf(ogLocale(doc)) ??
    (/^[a-z]{2}$/.test(tld) && !GENERIC_CC.has(tld) ? tld : null)
  );
}
