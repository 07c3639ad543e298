// The analysis as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/):
// summary sentences, quotes and people's mentions anchored in the page, clips on their media.
import type { Analysis, Clip } from "../types";
import { textPositionSelector, textQuoteSelector, type TextPositionSelector, type TextQuoteSelector } from "./selectors";

interface TextualBody {
  type: "TextualBody";
  value: string;
  purpose: "describing" | "tagging" | "identifying";
  format?: "text/plain";
  language?: string;
}

interface FragmentSelector {
  type: "FragmentSelector";
  conformsTo: "http://www.w3.org/TR/media-frags/";
  value: string;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "highlighting" | "identifying" | "describing";
  body: TextualBody[];
  /** A media IRI alone, or a source with selectors. */
  target: string | { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] | FragmentSelector };
}

export interface AnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

// Stands in for the page address when the analysis has none, so every target keeps a source IRI.
const UNKNOWN_SOURCE = "urn:newsmark:unknown-page";

function tag(value: string): TextualBody {
  return { type: "TextualBody", value, purpose: "tagging" };
}

function describe(value: string, lang: string | null, purpose: TextualBody["purpose"] = "describing"): TextualBody {
  return { type: "TextualBody", value, purpose, format: "text/plain", ...(lang ? { language: lang } : {}) };
}

function clipDescription(clip: Clip): string {
  return [clip.title, clip.caption].filter((part): part is string => !!part).join(" — ") || clip.provider;
}

// Media fragment "t=30" when the clip starts late; the whole clip otherwise.
function clipTarget(clip: Clip & { src: string }): WebAnnotation["target"] {
  if (!clip.start) return clip.src;
  return {
    source: clip.src,
    selector: { type: "FragmentSelector", conformsTo: "http://www.w3.org/TR/media-frags/", value: `t=${clip.start}` },
  };
}

/**
 * Text positions count characters of `Analysis.text` (the article body), not of the whole page; the
 * quote selector's exact/prefix/suffix is what re-finds a range in a changed page.
 */
export function toWebAnnotations(analysis: Analysis): AnnotationCollection {
  const source = analysis.url ?? UNKNOWN_SOURCE;
  const { text, lang } = analysis;
  const items: WebAnnotation[] = [];
  const anchored = (kind: string, motivation: WebAnnotation["motivation"], start: number, end: number, body: TextualBody[]) =>
    items.push({
      id: `urn:newsmark:${kind}:${items.length}`,
      type: "Annotation",
      motivation,
      body,
      target: { source, selector: [textQuoteSelector(text, start, end), textPositionSelector(start, end)] },
    });

  for (const s of analysis.summary) anchored("summary", "highlighting", s.start, s.end, [tag("summary")]);
  for (const q of analysis.quotes) {
    const speaker = [q.speaker, q.speakerRole].filter((part): part is string => !!part).join(", ");
    anchored("quote", "describing", q.start, q.end, [tag("quote"), ...(speaker ? [describe(speaker, lang)] : [])]);
  }
  for (const p of analysis.people) {
    const who = p.role ? `${p.name}, ${p.role}` : p.name;
    for (const m of p.mentions) {
      anchored("person", "identifying", m.start, m.end, [tag(p.official ? "official" : "person"), describe(who, lang, "identifying")]);
    }
  }
  for (const clip of analysis.clips) {
    if (!clip.src) continue;
    items.push({
      id: `urn:newsmark:clip:${items.length}`,
      type: "Annotation",
      motivation: "describing",
      body: [tag(clip.kind), describe(clipDescription(clip), lang)],
      target: clipTarget({ ...clip, src: clip.src }),
    });
  }

  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    label: analysis.title ?? source,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
