import type { Candidate } from "./candidate";
import { closestNamed, SKIP_TREES } from "./dom";
import { deferredEmbed, embed, inertEmbed, mediaElement, playerScript, socialVideo } from "./embeds";
import { dataPlayer, islandPlayer, placeholderLink, playTeaser } from "./placeholders";
import { providerOfTag, siteProvider } from "./providers";
import type { ClipWords } from "./words";

/** JW Player's container, which its setup script fills: `<div class="jwplayer" id="jwplayer_k7Lm2nPq">`. */
const JW_CLASS = /(^|\s)jwplayer(\s|$)/;

/**
 * An indexed loop, not `names.some(…)` nor `for…of`: this runs for every element with attributes,
 * cold, where a closure or an iterator per call allocates.
 */
function hasDataAttribute(names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (names[i]!.startsWith("data-")) return true;
  return false;
}

const isJsonLd = (el: Element) => el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json";
/** Script types that hold markup as text, not code: consent tools keep blocked embeds in them. */
const MARKUP_TYPES = /^text\/(html|plain|template|x-template)$/i;

function candidateAt(el: Element, tag: string, base: string | null, w: ClipWords): Candidate | null {
  switch (tag) {
    // AMP pages write their media elements as amp-video and amp-audio.
    case "video":
    case "audio":
    case "amp-video":
    case "amp-audio":
      return mediaElement(el, base);
    case "iframe":
    case "embed":
    case "object":
      return embed(el, base);
    case "blockquote":
      return socialVideo(el);
    case "script":
      if (!el.hasAttributes() || isJsonLd(el)) return null;
      return (
        deferredEmbed(el, el.getAttributeNames(), base) ??
        playerScript(el, el.getAttributeNames(), base) ??
        (MARKUP_TYPES.test(el.getAttribute("type")?.trim() ?? "") ? inertEmbed(el, el.textContent ?? "", base) : null)
      );
    case "template":
    case "noscript":
      // Their content is markup: inert text in a browser, a fragment or children elsewhere.
      return inertEmbed(el, el.innerHTML, base);
    default: {
      // A custom element named for its provider builds that player: `<lite-youtube videoid="…">`.
      const custom = tag.includes("-");
      const named = custom ? providerOfTag(tag) : null;
      if (named) return { el, src: null, ...named };
      if (SKIP_TREES.has(tag) || !el.hasAttributes()) return null;
      const names = el.getAttributeNames();
      const island = custom ? islandPlayer(el, names) : null;
      if (island) return island;
      // Deferred embeds and placeholders are known by data attributes only: most elements have none.
      const data = hasDataAttribute(names);
      // A link's URL attributes copy the page it points to (`data-original-href`), not a player's.
      const deferred = data && tag !== "a" ? deferredEmbed(el, names, base) : null;
      return (
        deferred ??
        (data ? dataPlayer(el, names) : null) ??
        (tag === "a" ? placeholderLink(el, base) : null) ??
        (names.includes("id") && JW_CLASS.test(el.getAttribute("class") ?? "")
          ? { el, src: null, provider: siteProvider(base), kind: "video" }
          : null) ??
        playTeaser(el, tag, names, w, base)
      );
    }
  }
}

/** What the scan of a page finds. */
export interface Scan {
  /** Player-like elements inside the scopes, in page order (nested ones included; grouping merges them). */
  candidates: Candidate[];
  /** JSON-LD scripts anywhere in the page. */
  jsonLd: Element[];
}

/** JSON-LD scripts in page order, from the page's list of scripts (native in a browser, a flat list scan in linkedom). */
function jsonLdScripts(doc: Document): Element[] {
  const out: Element[] = [];
  const scripts = doc.getElementsByTagName("script");
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    // Like the walks, not inside a subtree that holds no players (an SVG script, a template).
    if (isJsonLd(s) && !(s.parentElement && closestNamed(s.parentElement, SKIP_TREES))) out.push(s);
  }
  return out;
}

/** Player-like elements in `scope` and below, in preorder; the walks never enter SKIP_TREES, so neither does this. */
function scopeCandidates(scope: Element, base: string | null, w: ClipWords): Candidate[] {
  const out: Candidate[] = [];
  if (scope.parentElement && closestNamed(scope.parentElement, SKIP_TREES)) return out;
  const first = candidateAt(scope, scope.localName, base, w);
  if (first) out.push(first);
  // Preorder with an explicit stack of the open ancestors' next siblings (no recursion, so no nesting
  // depth overflows the call stack); the scope's children are the outermost level.
  const stack: (Element | null)[] = [];
  let el = SKIP_TREES.has(scope.localName) ? null : scope.firstElementChild;
  while (el || stack.length > 0) {
    if (!el) {
      el = stack.pop() ?? null;
      continue;
    }
    const tag = el.localName;
    const c = candidateAt(el, tag, base, w);
    if (c) out.push(c);
    const child = SKIP_TREES.has(tag) ? null : el.firstElementChild;
    if (child) stack.push(el.nextElementSibling);
    el = child ?? el.nextElementSibling;
  }
  return out;
}

/** Searches the scopes (in page order) for players and the page for JSON-LD (only the scopes are walked). */
export function scanPage(doc: Document, scopes: readonly Element[], base: string | null, w: ClipWords): Scan {
  return { candidates: scopes.flatMap((s) => scopeCandidates(s, base, w)), jsonLd: jsonLdScripts(doc) };
}
