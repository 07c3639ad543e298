import type { Candidate } from "./candidate";
import { SKIP_TREES } from "./dom";
import { deferredEmbed, embed, mediaElement, socialVideo } from "./embeds";
import { dataPlayer, playTeaser } from "./placeholders";
import type { ClipWords } from "./words";

/** A loop, not `names.some(…)`: this runs for every element with attributes, cold, where a closure per call costs. */
function hasDataAttribute(names: readonly string[]): boolean {
  for (const n of names) if (n.startsWith("data-")) return true;
  return false;
}

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
      if (SKIP_TREES.has(tag) || !el.hasAttributes()) return null;
      const names = el.getAttributeNames();
      // Deferred embeds and placeholders are known by data attributes only: most elements have none.
      const data = hasDataAttribute(names);
      return (data ? (deferredEmbed(el, names, base) ?? dataPlayer(el, names, base)) : null) ?? playTeaser(el, tag, names, w);
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
  // Preorder with an explicit stack of the open ancestors' next siblings (no recursion, so no nesting
  // depth overflows the call stack); `at`: the scope's depth while the walk is inside it.
  const stack: (Element | null)[] = [];
  let el = doc.documentElement?.firstElementChild ?? null;
  let at = Infinity;
  while (el || stack.length > 0) {
    if (!el) {
      el = stack.pop() ?? null;
      continue;
    }
    const depth = stack.length;
    if (el === scope) at = depth;
    else if (depth <= at) at = Infinity;
    const tag = el.localName;
    const ld = tag === "script" && el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json";
    if (ld) out.jsonLd.push(el);
    const c = depth >= at && !ld ? candidateAt(el, tag, base, w) : null;
    if (c) out.candidates.push(c);
    const child = SKIP_TREES.has(tag) ? null : el.firstElementChild;
    if (child) stack.push(el.nextElementSibling);
    el = child ?? el.nextElementSibling;
  }
  return out;
}
