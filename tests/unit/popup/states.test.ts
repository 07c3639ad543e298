import { describe, expect, it } from "vitest";
import { isRestrictedUrl } from "../../../extension/popup/restricted";
import { viewStateOf } from "../../../extension/popup/view-state";
import { engineAnalysis } from "../export/gold-analysis";

describe("isRestrictedUrl", () => {
  it.each([
    "chrome://extensions/",
    "about:addons",
    "edge://settings",
    "view-source:https://www.zdf.de/",
    "chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html",
    "moz-extension://6b0e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b/options.html",
    "https://chromewebstore.google.com/detail/newsmark/abc",
    "https://chrome.google.com/webstore/detail/abc",
    "https://addons.mozilla.org/de/firefox/addon/newsmark/",
    "https://www.bundestag.de/resource/blob/123/drucksache.PDF",
  ])("refuses %s", (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    "https://www.zdf.de/nachrichten/politik/ausland/rubio-nato-100.html",
    "http://127.0.0.1:8080/a.html",
    "https://chrome.google.com/search",
  ])("allows %s", (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});

describe("viewStateOf", () => {
  it("shows the report for an article and the reason for a non-article", () => {
    const article = engineAnalysis("bbc-1");
    expect(viewStateOf({ state: "ready", analysis: article, highlights: false })).toEqual({
      kind: "ready",
      analysis: article,
      highlights: false,
    });
    const none = { ...article, isArticle: false, reason: "no article body" };
    expect(viewStateOf({ state: "noArticle", analysis: none, highlights: false })).toEqual({ kind: "noArticle", reason: none.reason });
    expect(viewStateOf({ state: "noArticle", analysis: { ...none, reason: undefined }, highlights: false })).toEqual({
      kind: "noArticle",
      reason: null,
    });
    expect(viewStateOf({ state: "tooLarge", analysis: none, highlights: false })).toEqual({ kind: "tooLarge" });
  });
});
