// Pages no extension may script: the browser's own pages, its add-on stores, its PDF viewer.

/** Hosts where browsers forbid content scripts (web stores, Firefox account and add-on services). */
const PROTECTED_HOSTS = [
  "chromewebstore.google.com",
  "microsoftedge.microsoft.com",
  "addons.mozilla.org",
  "addons.cdn.mozilla.net",
  "accounts.firefox.com",
  "support.mozilla.org",
];

/** Chrome's old store lives under a path of an otherwise ordinary host. */
const PROTECTED_PATHS = [{ host: "chrome.google.com", path: "/webstore" }];

export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:" && parsed.protocol !== "file:") return true;
  if (PROTECTED_HOSTS.includes(parsed.hostname)) return true;
  if (PROTECTED_PATHS.some((p) => parsed.hostname === p.host && parsed.pathname.startsWith(p.path))) return true;
  // A .pdf address opens in the browser's PDF viewer, which extensions cannot read.
  return /\.pdf$/i.test(parsed.pathname);
}
