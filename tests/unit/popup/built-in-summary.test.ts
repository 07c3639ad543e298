import { describe, expect, it } from "vitest";
import {
  builtInSummary,
  builtInSummaryAvailable,
  summarizerApi,
  summaryPoints,
  type Availability,
} from "../../../extension/popup/built-in-summary";
import { engineAnalysis } from "../export/gold-analysis";
import { fakeSummarizer } from "./fake-summarizer";

const article = engineAnalysis("bbc-1");

describe("summarizerApi", () => {
  it("finds a Summarizer with availability() and create(), and nothing else", () => {
    const { api } = fakeSummarizer({ availability: "available" });
    expect(summarizerApi({ Summarizer: api })).toBe(api);
    class Summarizer {
      static availability = api.availability;
      static create = api.create;
    }
    expect(summarizerApi({ Summarizer })).toBe(Summarizer);
    for (const scope of [{}, { Summarizer: null }, { Summarizer: 1 }, { Summarizer: { availability: api.availability } }]) {
      expect(summarizerApi(scope)).toBeNull();
    }
  });
});

describe("builtInSummaryAvailable", () => {
  it.each<[Availability | Error, boolean]>([
    ["available", true],
    ["downloadable", false],
    ["downloading", false],
    ["unavailable", false],
    [new Error("NotSupportedError"), false],
  ])("reports %s as %s", async (answer, offered) => {
    const { api, calls } = fakeSummarizer({ availability: answer });
    expect(await builtInSummaryAvailable(api, "de")).toBe(offered);
    expect(calls.availability).toEqual([
      { type: "key-points", format: "plain-text", length: "short", expectedInputLanguages: ["de"], outputLanguage: "de" },
    ]);
    // Asking never creates a session, so never starts a download.
    expect(calls.created).toEqual([]);
  });

  it("offers nothing without the API or without a language", async () => {
    const { api, calls } = fakeSummarizer({ availability: "available" });
    expect(await builtInSummaryAvailable(null, "en")).toBe(false);
    expect(await builtInSummaryAvailable(api, null)).toBe(false);
    expect(calls.availability).toEqual([]);
  });
});

describe("builtInSummary", () => {
  it("summarises the article text with one session and closes it", async () => {
    const { api, calls } = fakeSummarizer({ availability: "available" });
    const summary = await builtInSummary(api, article.text, "en");
    expect(calls.inputs).toEqual([article.text]);
    expect(calls.created).toEqual([calls.availability[0]]);
    expect(calls.destroyed).toBe(1);
    const points = summaryPoints(summary);
    expect(points).toHaveLength(3);
    for (const p of points) expect(article.text).toContain(p);
  });

  it.each<Availability>(["downloadable", "downloading", "unavailable"])("refuses to create a session when %s", async (answer) => {
    const { api, calls } = fakeSummarizer({ availability: answer });
    await expect(builtInSummary(api, article.text, "en")).rejects.toThrow();
    expect(calls.created).toEqual([]);
  });

  it("closes the session when summarising fails", async () => {
    const { api, calls } = fakeSummarizer({
      availability: "available",
      summarize: () => {
        throw new Error("NotReadableError");
      },
    });
    await expect(builtInSummary(api, article.text, "en")).rejects.toThrow("NotReadableError");
    expect(calls.destroyed).toBe(1);
  });

  it("cuts a text over the input quota at a sentence or paragraph end", async () => {
    // About four characters a token; a quota of a third of the article.
    const usage = (s: string) => Math.ceil(s.length / 4);
    const inputQuota = Math.floor(usage(article.text) / 3);
    const { api, calls } = fakeSummarizer({ availability: "available", quota: { inputQuota, usage } });
    await builtInSummary(api, article.text, "en");
    const input = calls.inputs[0]!;
    expect(usage(input)).toBeLessThanOrEqual(inputQuota);
    expect(usage(input)).toBeGreaterThan(inputQuota / 2);
    expect(article.text.startsWith(input)).toBe(true);
    expect(input).toMatch(/[.\n]$/);
  });

  it("passes a text within the quota whole", async () => {
    const usage = (s: string) => Math.ceil(s.length / 4);
    const { api, calls } = fakeSummarizer({ availability: "available", quota: { inputQuota: usage(article.text), usage } });
    await builtInSummary(api, article.text, "en");
    expect(calls.inputs).toEqual([article.text]);
  });
});

describe("summaryPoints", () => {
  it("splits the points and drops their list markers", () => {
    expect(summaryPoints("* One point.\n- Two points.\n\n• Three.\n2. Four\nFive")).toEqual([
      "One point.",
      "Two points.",
      "Three.",
      "Four",
      "Five",
    ]);
  });
});
