// Typed messages between the extension's parts, named by direction. Payloads are plain JSON;
// every reply is `Reply<T>`, T given per message in the `…Replies` maps below.
import type { TextFindings } from "../../src/analyze-page";
import type { TextContext } from "../../src/context";
import type { Analysis } from "../../src/types";
import { errorMessage } from "../../src/error-message";

/** "restricted": a page no extension may script (browser pages, web stores, PDF viewer). */
export type ErrorCode = "restricted" | "failed";

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };

/** The reply for a request whose handler threw. */
export const failedReply = (error: unknown): Reply<never> => ({ ok: false, error: errorMessage(error), code: "failed" });

/** A text offset in a message: received as untrusted JSON, checked before use. */
export const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** popup → background */
export type PopupToBackground = { type: "popup-bg:inject"; tabId: number };

export interface BackgroundReplies {
  /** `injected` is false when the content script was already running in the tab. */
  "popup-bg:inject": { injected: boolean };
}

/**
 * content script → background: the text stages (people, quotes, summary) of the article text the
 * content script extracted, run in the extension's own process instead of on the page's main thread.
 */
export type ContentToBackground = { type: "cs-bg:analyzeText"; context: TextContext };

export interface ContentToBackgroundReplies {
  "cs-bg:analyzeText": TextFindings;
}

/** popup → content script */
export type PopupToContent =
  | { type: "popup-cs:getAnalysis" }
  /** Offsets into `Analysis.text`: scrolls there and flashes the range. */
  | { type: "popup-cs:scrollTo"; start: number; end: number }
  | { type: "popup-cs:setHighlights"; on: boolean };

/** background → content script (the keyboard shortcut) */
export type BackgroundToContent = { type: "bg-cs:toggleHighlights" };

export type ToContent = PopupToContent | BackgroundToContent;

/** Whether highlights are painted in the page now. */
export interface HighlightState {
  on: boolean;
}

export interface ContentReplies {
  "popup-cs:getAnalysis": PageState;
  /** false when the range is not in the page (any more). */
  "popup-cs:scrollTo": boolean;
  "popup-cs:setHighlights": HighlightState;
  "bg-cs:toggleHighlights": HighlightState;
}

/**
 * What the content script reports for its page. "analysing" until its first analysis ends (the
 * analysis runs in stages, between the page's own tasks; ask again); its analysis is then empty.
 * "tooLarge" when the page exceeds the engine's limits (src/limits.ts); its analysis is empty with a `reason`.
 */
export type PageState = (
  | { state: "analysing"; analysis: Analysis }
  | { state: "ready"; analysis: Analysis }
  | { state: "tooLarge"; analysis: Analysis }
  | { state: "noArticle"; analysis: Analysis }
) & {
  /** Whether highlights are painted now. */
  highlights: boolean;
};
