// Loads and analyses one corpus page: "t/FILE" a trafilatura page, "r/NAME" a Readability test page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { decodeHtml } from "../../../src/cli/decode-html";
import { CORPUS } from "../../../bench/corpus";
import type { Analysis, Quote } from "../../../src/types";

export function analyzePage(page: string): Analysis {
  const [set, name] = page.split("/") as [string, string];
  const path = set === "t" ? join(CORPUS, "trafilatura/pages", name) : join(CORPUS, "readability/test-pages", name, "source.html");
  return analyze(parseDocument(decodeHtml(readFileSync(path))), { url: "https://example.org/article" });
}

/** The speaker of the first quote that starts with `words`; undefined when there is none. */
export const speakerStarting = (qs: readonly Quote[], words: string) => qs.find((q) => q.text.startsWith(words))?.speaker;
