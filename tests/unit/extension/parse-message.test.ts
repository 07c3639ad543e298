import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../extension/content/parse-message";

describe("parseMessage", () => {
  it("passes the known messages with valid fields", () => {
    expect(parseMessage({ type: "popup-cs:getAnalysis" })).toEqual({ type: "popup-cs:getAnalysis" });
    expect(parseMessage({ type: "popup-cs:scrollTo", start: 3, end: 9 })).toEqual({ type: "popup-cs:scrollTo", start: 3, end: 9 });
    expect(parseMessage({ type: "popup-cs:setHighlights", on: false })).toEqual({ type: "popup-cs:setHighlights", on: false });
    expect(parseMessage({ type: "bg-cs:toggleHighlights" })).toEqual({ type: "bg-cs:toggleHighlights" });
  });

  it("drops extra fields so nothing unchecked reaches the handlers", () => {
    expect(parseMessage({ type: "popup-cs:getAnalysis", html: "<img onerror=x>" })).toEqual({ type: "popup-cs:getAnalysis" });
  });

  it.each([
    null,
    "popup-cs:getAnalysis",
    { type: "getAnalysis" },
    { type: "popup-bg:inject", tabId: 1 },
    { type: "popup-cs:scrollTo", start: -1, end: 4 },
    { type: "popup-cs:scrollTo", start: 5, end: 4 },
    { type: "popup-cs:scrollTo", start: 1.5, end: 4 },
    { type: "popup-cs:scrollTo", start: "1", end: 4 },
    { type: "popup-cs:setHighlights", on: "yes" },
  ])("rejects %j", (msg) => {
    expect(parseMessage(msg)).toBeNull();
  });
});
