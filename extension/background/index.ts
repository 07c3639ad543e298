import browser from "webextension-polyfill";

// PLACEHOLDER v0.
browser.runtime.onInstalled.addListener(() => {});
