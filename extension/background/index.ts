// Background: injects the content script when the popup asks (after the reader's click, which
// grants activeTab) and on the highlight shortcut; runs the text stages of the content script's
// analysis; keeps automatic mode's registration current.
import browser, { type Runtime } from "webextension-polyfill";
import type { PopupToBackground } from "../shared/messages";
import { SETTINGS_KEY } from "../shared/settings";
import { syncAutoMode } from "./auto-mode";
import { injectContentScript } from "./inject";
import { analyseText, parseTextRequest } from "./text-analysis";

/** Only the extension's own pages may ask for injection, not content scripts in web pages. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === "string" && sender.url.startsWith(browser.runtime.getURL(""));
}

function isInjectRequest(msg: unknown): msg is PopupToBackground {
  const m = msg as Partial<PopupToBackground> | null;
  return m?.type === "popup-bg:inject" && Number.isInteger(m.tabId);
}

/** Our own content script, in a tab. */
function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined;
}

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (fromExtensionPage(sender) && isInjectRequest(msg)) return injectContentScript(msg.tabId);
  const textRequest = fromContentScript(sender) ? parseTextRequest(msg) : null;
  return textRequest ? Promise.resolve(analyseText(textRequest.context)) : undefined;
});

// The shortcut grants activeTab like a click: a first press injects (highlights appear), later
// presses toggle them.
browser.commands.onCommand.addListener(async (command: string, tab?: browser.Tabs.Tab) => {
  if (command !== "toggle-highlights") return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const injected = await injectContentScript(tabId);
  if (injected.ok && !injected.value.injected) await browser.tabs.sendMessage(tabId, { type: "bg-cs:toggleHighlights" });
});

browser.runtime.onInstalled.addListener(() => void syncAutoMode());
browser.runtime.onStartup.addListener(() => void syncAutoMode());
browser.permissions.onAdded.addListener(() => void syncAutoMode());
browser.permissions.onRemoved.addListener(() => void syncAutoMode());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === "sync" && SETTINGS_KEY in changes) void syncAutoMode();
});
