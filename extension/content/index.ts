import browser from "webextension-polyfill";
import { analyze } from "../../src/analyze";

// PLACEHOLDER v0: analyse on injection and answer the popup.
const analysis = analyze(document, { url: location.href });
browser.runtime.onMessage.addListener((msg: unknown) => {
  if ((msg as { type?: string })?.type === "getAnalysis") return Promise.resolve({ ok: true, value: analysis });
  return undefined;
});
