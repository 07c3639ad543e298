import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { h, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Availability, SummarizerApi } from "../../../extension/popup/built-in-summary";
import { engineAnalysis } from "../export/gold-analysis";
import { fakeSummarizer, firstSentences } from "./fake-summarizer";

// The popup reads its strings through the extension's i18n; here from the real English messages.
const messages = JSON.parse(readFileSync(join(import.meta.dirname, "../../../public/_locales/en/messages.json"), "utf8")) as Record<
  string,
  { message: string }
>;
vi.stubGlobal("chrome", { i18n: { getMessage: (key: string) => messages[key]?.message ?? "", getUILanguage: () => "en" } });
let SummarySection: typeof import("../../../extension/popup/components/summary-section").SummarySection;
beforeAll(async () => {
  ({ SummarySection } = await import("../../../extension/popup/components/summary-section"));
});

const article = engineAnalysis("bbc-1");
const { document } = parseHTML("<!doctype html><html><body><main></main></body></html>");
const root = document.querySelector("main")!;
afterEach(() => render(null, root));

/** Lets the fake's promises settle and Preact re-render. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function show(summarizer: SummarizerApi | null) {
  await act(() => {
    render(
      h(SummarySection, { summary: article.summary, text: article.text, lang: article.lang ?? undefined, jump: () => {}, summarizer }),
      root,
    );
  });
  await settle();
}
const button = () => root.querySelector<HTMLButtonElement>('[data-testid="ai-summary-button"]');
const status = () => root.querySelector('[data-testid="ai-summary-status"]')?.textContent ?? "";
const click = async (el: Element) => {
  await act(() => {
    el.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event("click", { bubbles: true }));
  });
  await settle();
};

describe("the popup's AI summary offer", () => {
  it("keeps the extractive summary and offers the button only when the model is available", async () => {
    expect(article.summary.length).toBeGreaterThanOrEqual(3);
    const cases: [Availability | Error | null, boolean][] = [
      ["available", true],
      ["downloadable", false],
      ["downloading", false],
      ["unavailable", false],
      [new Error("NotAllowedError"), false],
      [null, false],
    ];
    for (const [answer, offered] of cases) {
      await show(answer === null ? null : fakeSummarizer({ availability: answer }).api);
      expect(root.querySelectorAll('[data-testid="summary"]').length, String(answer)).toBe(article.summary.length);
      expect(button() !== null, String(answer)).toBe(offered);
      render(null, root);
    }
  });

  it("shows the model's points as text, never as HTML", async () => {
    const markup = '<img src="x" onerror="alert(1)">';
    const { api, calls } = fakeSummarizer({ availability: "available", summarize: (input) => `${firstSentences(2)(input)}\n* ${markup}` });
    await show(api);
    await click(button()!);
    expect(calls.inputs).toEqual([article.text]);
    const points = [...root.querySelectorAll('[data-testid="ai-summary-points"] li')].map((li) => li.textContent);
    expect(points).toHaveLength(3);
    for (const p of points.slice(0, 2)) expect(article.text).toContain(p);
    expect(points[2]).toBe(markup);
    expect(root.querySelector("img")).toBeNull();
    expect(button()).toBeNull();
    expect(root.querySelectorAll('[data-testid="summary"]').length).toBe(article.summary.length);
  });

  it("says it is running while the model writes, and says so when it fails", async () => {
    let fail: (e: Error) => void = () => {};
    const { api } = fakeSummarizer({ availability: "available" });
    const slow: SummarizerApi = {
      availability: api.availability,
      create: async () => ({ summarize: () => new Promise<string>((_, reject) => (fail = reject)), destroy: () => {} }),
    };
    await show(slow);
    await click(button()!);
    expect(root.querySelector('[data-testid="ai-summary"]')?.getAttribute("data-state")).toBe("running");
    expect(status()).toBe(messages.aiSummaryRunning!.message);
    await act(() => fail(new Error("NotReadableError")));
    await settle();
    expect(status()).toBe(messages.aiSummaryFailed!.message);
    expect(button()?.textContent).toBe(messages.aiSummaryRetry!.message);
    expect(root.querySelectorAll('[data-testid="summary"]').length).toBe(article.summary.length);
  });
});
