import type Browser from "webextension-polyfill";

// Firefox's `browser` and Chromium's MV3 `chrome` offer the same promise-based calls for what the
// popup and options page use (tabs, runtime, i18n, permissions), so both pages use the native
// object, typed by the polyfill's types, instead of loading the polyfill (~10 KB) on every open.
const g = globalThis as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const ext: Browser.Browser = (g.browser ?? g.chrome)!;
