// The popup's channel to the page it describes: injection through the background, then messages
// to the content script.
import { ext } from "./ext";
import { errorMessage } from "../../src/error-message";
import type { HighlightState, PageState, PopupToBackground, PopupToContent, Reply } from "../shared/messages";
import { isRestrictedUrl } from "./restricted";
import { viewStateOf, type ViewState } from "./view-state";

/** Between questions to a page still analysing, in milliseconds: short beside the analysis, cheap to answer. */
const POLL_MS = 50;

/** `?tabId=N` (tests open the popup as a tab) or else the active tab. */
export async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function sendToPage(tabId: number, message: PopupToContent): Promise<unknown> {
  return ext.tabs.sendMessage(tabId, message);
}

function failure(error: unknown): ViewState {
  return { kind: "error", message: errorMessage(error) };
}

/** The background marks pages no extension may script as "restricted". */
function refused(reply: Extract<Reply<unknown>, { ok: false }>): ViewState {
  return reply.code === "restricted" ? { kind: "restricted" } : failure(reply.error);
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";
}

/** Turns the page's highlights on or off; resolves to whether they show afterwards. */
export async function setPageHighlights(tabId: number, on: boolean): Promise<boolean> {
  const reply = await sendToPage(tabId, { type: "popup-cs:setHighlights", on });
  if (!isReply(reply)) throw new Error("no answer from the page");
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as HighlightState).on;
}

/** Injects the content script into the tab and asks it for its analysis. */
export async function loadPageState(tabId: number): Promise<ViewState> {
  try {
    // The address is known only with activeTab or a host permission; without it injection decides.
    const { url } = await ext.tabs.get(tabId);
    if (url && isRestrictedUrl(url)) return { kind: "restricted" };
    const inject: PopupToBackground = { type: "popup-bg:inject", tabId };
    const injected: unknown = await ext.runtime.sendMessage(inject);
    if (isReply(injected) && !injected.ok) return refused(injected);
    // The content script analyses in stages after it was injected: ask until it has an answer.
    for (;;) {
      const reply = await sendToPage(tabId, { type: "popup-cs:getAnalysis" });
      if (!isReply(reply)) return { kind: "error", message: "no answer from the page" };
      if (!reply.ok) return refused(reply);
      const view = viewStateOf(reply.value as PageState);
      if (view.kind !== "analysing") return view;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    return failure(error);
  }
}
