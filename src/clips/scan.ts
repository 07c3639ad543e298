import type { Candidate } from "./candidate";
import { deferredEmbed, embed, mediaElement, socialVideo } from "./embeds";
import { dataPlayer, playTeaser } from "./placeholders";
import type { ClipWords } from "./words";

/** Subtrees that hold no players (local names). */
const SKIP_TREES = new Set(["script", "style", "noscript", "template", "svg", "select", "img", "picture", "source"]);

function candidateAt(el: Element, tag: string, base: string | null, w: ClipWords): Candidate | null {
  switch (tag) {
    case "video":
    case "audio":
      return mediaElement(el, base);
    case "iframe":
    case "embed":
    case "object":
      return embed(el, base);
    case "blockquote":
      return socialVideo(el);
    case "script":
      return el.hasAttributes() ? deferredEmbed(el, el.getAttributeNames(), base) : null;
    default: {
      if (!el.hasAttributes() || SKIP_TREES.has(tag)) return null;
      const names = el.getAttributeNames();
      return deferredEmbed(el, names, base) ?? dataPlayer(el, names, base) ?? playTeaser(el, tag, names, w);
    }
  }
}

/** What one pass over the page finds. */
export interface Scan {
  /** Player-like elements inside the scope, in page order (nested ones included; grouping merges them). */
  candidates: Candidate[];
  /** JSON-LD scripts anywhere in the page. */
  jsonLd: Element[];
}

/** One walk over the document (a full querySelectorAll costs as much as the whole walk in linkedom). */
export function scanPage(doc: Document, scope: Element, base: string | null, w: ClipWords): Scan {
  const out: Scan = { candidates: [], jsonLd: [] };
  const walk = (parent: Element, inScope: boolean) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.localName;
      const ld = tag === "script" && el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json";
      if (ld) out.jsonLd.push(el);
      const within = inScope || el === scope;
      const c = within && !ld ? candidateAt(el, tag, base, w) : null;
      if (c) out.candidates.push(c);
      if (!SKIP_TREES.has(tag)) walk(el, within);
    }
  };
  if (doc.documentElement) walk(doc.documentElement, false);
  return out;
}
