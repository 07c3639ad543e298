// Injects the content script into a tab (activeTab grant or a host permission), once: a probe
// first asks whether an instance is already alive there and whether the page is an HTML document.
import browser from "webextension-polyfill";
import { errorMessage } from "../../src/error-message";
import type { BackgroundReplies, Reply } from "../shared/messages";
import { CONTENT_SCRIPT_FILE, RUNNING_KEY } from "../content/running";

type InjectReply = Reply<BackgroundReplies["popup-bg:inject"]>;

interface Probe {
  contentType: string;
  running: boolean;
}

/** Runs in the page's content-script world; serialised, so it must not close over anything. */
function probe(key: string): Probe {
  const running = (globalThis as Record<string, unknown>)[key] as { alive?: () => boolean } | undefined;
  return { contentType: document.contentType, running: running?.alive?.() === true };
}

/** Documents the content script can read; a PDF or image tab is a viewer, not a page. */
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Browser wording for "extensions may not script this page" (Chromium, Firefox). */
const RESTRICTED_ERROR = /cannot access|cannot be scripted|extensions gallery|missing host permission|not allowed|no permission/i;

function failure(error: unknown): InjectReply {
  const message = errorMessage(error);
  return { ok: false, error: message, code: RESTRICTED_ERROR.test(message) ? "restricted" : "failed" };
}

export async function injectContentScript(tabId: number): Promise<InjectReply> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: probe, args: [RUNNING_KEY] });
    const found = first?.result as Probe | undefined;
    if (!found) return { ok: false, error: "Cannot access this page", code: "restricted" };
    if (!HTML_TYPES.has(found.contentType)) {
      return { ok: false, error: `Cannot access this page: a ${found.contentType} document, not a web page`, code: "restricted" };
    }
    if (found.running) return { ok: true, value: { injected: false } };
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true, value: { injected: true } };
  } catch (error) {
    return failure(error);
  }
}
