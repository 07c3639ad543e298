// Annotations from the engine's real output on the seed fixture and the gold corpus pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldPages } from "../../../bench/corpus";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import type { Analysis } from "../../../src/types";
import { annotationAt, annotationsOf } from "../../../extension/content/annotations";

const seed = readFileSync(join(import.meta.dirname, "../../fixtures/seed/zdf-rubio-nato.html"), "utf8");
const pages: [string, Analysis][] = [
  ["seed", analyze(parseDocument(seed), { url: "https://www.zdf.de/nachrichten/politik/ausland/rubio-nato-100.html" })],
  ...goldPages()
    .slice(0, 6)
    .map((g): [string, Analysis] => [g.id, analyze(parseDocument(g.html), { url: g.url })]),
];
const ALL = { quote: true, speaker: true, official: true };

describe.each(pages)("annotationsOf on %s", (_name, analysis) => {
  const annotations = annotationsOf(analysis, ALL);

  it("has one annotation per quote, attributed speaker mention and official mention, inside the text", () => {
    const speakers = analysis.quotes.filter((q) => q.speakerStart !== undefined && q.speakerEnd! > q.speakerStart).length;
    const officials = analysis.people.filter((p) => p.official).flatMap((p) => p.mentions.filter((m) => m.end > m.start)).length;
    expect(annotations.filter((a) => a.kind === "quote").length).toBe(analysis.quotes.filter((q) => q.end > q.start).length);
    expect(annotations.filter((a) => a.kind === "speaker").length).toBe(speakers);
    expect(annotations.filter((a) => a.kind === "official").length).toBe(officials);
    for (const a of annotations) expect(0 <= a.start && a.start < a.end && a.end <= analysis.text.length).toBe(true);
  });

  it("leaves out the kinds the reader switched off", () => {
    expect(annotationsOf(analysis, { ...ALL, quote: false }).some((a) => a.kind === "quote")).toBe(false);
    expect(annotationsOf(analysis, { quote: false, speaker: false, official: false })).toEqual([]);
  });

  it("finds the innermost annotation at an offset", () => {
    for (const a of annotations) {
      const hit = annotationAt(annotations, a.start)!;
      expect(hit.start <= a.start && a.start < hit.end).toBe(true);
      expect(hit.end - hit.start).toBeLessThanOrEqual(a.end - a.start);
    }
  });
});

it("the seed gives every kind something to paint", () => {
  const kinds = new Set(annotationsOf(pages[0]![1], ALL).map((a) => a.kind));
  expect([...kinds].sort()).toEqual(["official", "quote", "speaker"]);
});
