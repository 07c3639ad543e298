// Automatic mode: the sites the reader allowed in the options page (and granted the optional host
// permission for) get the content script registered, so their pages are annotated on load.
import browser from "webextension-polyfill";
import { CONTENT_SCRIPT_FILE } from "../content/running";
import { loadSettings, originPattern } from "../shared/settings";

const SCRIPT_ID = "newsmark-auto";

/** Match patterns of the allowed sites whose permission is (still) granted. */
async function grantedPatterns(): Promise<string[]> {
  const { autoSites } = await loadSettings(browser.storage.sync);
  const patterns = [...new Set(autoSites.map(originPattern))];
  const granted = await Promise.all(patterns.map((p) => browser.permissions.contains({ origins: [p] })));
  return patterns.filter((_, i) => granted[i]);
}

async function register(): Promise<void> {
  const matches = await grantedPatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: "document_idle" }]);
  }
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registration in line with settings and permissions; calls run one after another. */
export function syncAutoMode(): Promise<void> {
  queue = queue.then(register).catch((error: unknown) => console.error("newsmark: automatic mode", error));
  return queue;
}
