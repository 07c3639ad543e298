// Typed messages between the extension's parts, named by direction. Payloads are plain JSON;
// every reply is `Reply<T>`.
import type { Analysis } from "../../src/types";

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** popup → background */
export type PopupToBackground = { type: "popup-bg:inject"; tabId: number };

/** popup → content script */
export type PopupToContent =
  | { type: "popup-cs:getAnalysis" }
  | { type: "popup-cs:scrollTo"; start: number; end: number }
  | { type: "popup-cs:setHighlights"; on: boolean };

/** What the content script reports for its page. */
export type PageState =
  | { state: "ready"; analysis: Analysis }
  | { state: "tooLarge"; analysis: Analysis }
  | { state: "noArticle"; analysis: Analysis };
