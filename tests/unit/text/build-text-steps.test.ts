// The text in steps (src/text/build-text `buildTextSteps`): a long article's text is built in
// parts, with a turn for the page between them, into the same text; a news article's in one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { extractArticle } from "../../../src/article";
import { parseDocument } from "../../../src/cli/parse-html";
import { buildText, buildTextSteps } from "../../../src/text/build-text";

const seed = readFileSync(join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html"), "utf8");
const longest = readabilityPages().find((p) => p.name === "wikipedia-2")!.html;

/** The steps' names, and the lengths of text built between them. */
function stepThrough(html: string) {
  const doc = parseDocument(html);
  const a = extractArticle(doc, { url: "https://example.org/a.html" });
  const steps = buildTextSteps(a.blocks, a.skip);
  const names: string[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { names, built: step.value, once: buildText(a.blocks, a.skip) };
    names.push(step.value);
  }
}

describe("buildTextSteps", () => {
  it("builds a long article's text in parts, into the same text and blocks", () => {
    const { names, built, once } = stepThrough(longest);
    expect(built.text.length).toBeGreaterThan(100_000);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.every((n) => n === "part")).toBe(true);
    expect(built.text).toBe(once.text);
    expect(built.blocks).toEqual(once.blocks);
  });

  it("builds a news article's text in one go", () => {
    const { names, built } = stepThrough(seed);
    expect(built.text.length).toBeGreaterThan(1000);
    expect(names).toEqual([]);
  });
});
