// The element limit is checked in the browsers (e2e): linkedom cannot count elements with "*".
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { parseDocument } from "../../../src/cli/parse-html";
import { MAX_TEXT_CHARS, tooLargeReason } from "../../../extension/content/page-size";

describe("tooLargeReason", () => {
  it("passes every corpus page", () => {
    for (const page of readabilityPages().slice(0, 10)) expect(tooLargeReason(parseDocument(page.html)), page.name).toBeNull();
  });

  it("stops pages with too much text", () => {
    const doc = parseDocument(`<html><body><p>${"a ".repeat(MAX_TEXT_CHARS / 2 + 1)}</p></body></html>`);
    expect(tooLargeReason(doc)).toMatch(/characters of text/);
  });
});
