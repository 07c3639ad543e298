import { describe, expect, it } from "vitest";
import { toWebAnnotations, type WebAnnotation } from "../../../src/export/web-annotation";
import type { TextPositionSelector, TextQuoteSelector } from "../../../src/export/selectors";
import { engineAnalysis, goldAnalysis } from "./gold-analysis";

function textSelectors(a: WebAnnotation): [TextQuoteSelector, TextPositionSelector] {
  if (typeof a.target === "string" || !Array.isArray(a.target.selector)) throw new Error(`${a.id} has no text selectors`);
  return a.target.selector as [TextQuoteSelector, TextPositionSelector];
}

function tags(a: WebAnnotation): string[] {
  return a.body.filter((b) => b.purpose === "tagging").map((b) => b.value);
}

describe("toWebAnnotations on a real article", () => {
  const analysis = goldAnalysis("bbc-1");
  const collection = toWebAnnotations(analysis);
  const items = collection.first.items;

  it("is a W3C annotation collection with one annotation per summary sentence, quote, mention and clip", () => {
    const mentions = analysis.people.reduce((n, p) => n + p.mentions.length, 0);
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.label).toBe(analysis.title);
    expect(items.length).toBe(analysis.summary.length + analysis.quotes.length + mentions + analysis.clips.length);
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it("anchors every text annotation by quote and by position, both pointing at the same words", () => {
    const anchored = items.filter((a) => !tags(a).includes("video"));
    expect(anchored.length).toBeGreaterThan(20);
    for (const a of anchored) {
      const [quote, position] = textSelectors(a);
      expect(typeof a.target === "object" && a.target.source).toBe(analysis.url);
      expect(analysis.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(analysis.text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(analysis.text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
    }
  });

  it("re-finds quotes by their context after the page text changed", () => {
    const changed = `Breaking: an update was added above the story.\n\n${analysis.text}`;
    const shift = changed.length - analysis.text.length;
    for (const a of items.filter((x) => tags(x).includes("quote"))) {
      const [quote, position] = textSelectors(a);
      const at = changed.indexOf(quote.prefix + quote.exact + quote.suffix);
      expect(at + quote.prefix.length).toBe(position.start + shift);
    }
  });

  it("describes each quote with its speaker and each mention with the person and role", () => {
    const quotes = items.filter((a) => tags(a).includes("quote"));
    expect(quotes.length).toBe(analysis.quotes.length);
    quotes.forEach((a, i) => {
      const speaker = analysis.quotes[i]!.speaker;
      if (speaker) expect(a.body.some((b) => b.purpose === "describing" && b.value.startsWith(speaker))).toBe(true);
    });
    const officials = analysis.people.filter((p) => p.official);
    const officialMentions = items.filter((a) => tags(a).includes("official"));
    expect(officialMentions.length).toBe(officials.reduce((n, p) => n + p.mentions.length, 0));
    for (const a of officialMentions) expect(officials.some((p) => a.body.some((b) => b.value.startsWith(p.name)))).toBe(true);
  });

  it("targets clips by their media address, with a media fragment when they start late", () => {
    const clips = items.filter((a) => tags(a).includes("video"));
    expect(clips.map((a) => a.target)).toEqual(analysis.clips.map((c) => c.src));
    const late = toWebAnnotations({ ...analysis, clips: [{ ...analysis.clips[0]!, start: 95 }] }).first.items.at(-1)!;
    expect(late.target).toEqual({
      source: analysis.clips[0]!.src,
      selector: { type: "FragmentSelector", conformsTo: "http://www.w3.org/TR/media-frags/", value: "t=95" },
    });
  });

  it("still names a source when the page address is unknown", () => {
    const first = toWebAnnotations({ ...analysis, url: null }).first.items[0]!;
    expect(typeof first.target === "object" && first.target.source).toMatch(/^urn:/);
  });

  it("exports whatever the engine itself found on a page, anchored consistently", () => {
    const raw = engineAnalysis("wapo-1");
    for (const a of toWebAnnotations(raw).first.items) {
      if (typeof a.target === "string" || !Array.isArray(a.target.selector)) continue;
      const [quote, position] = textSelectors(a);
      expect(raw.text.slice(position.start, position.end)).toBe(quote.exact);
    }
  });
});
