import { linkDensity, type Stat } from "./stats";
import { classWeight } from "./weight";

/** Elements whose own text is scored as a paragraph. */
const SCORED = new Set(["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]);
/** Containers that become paragraphs when they hold no blocks. */
const CONTAINER = new Set(["div", "section", "article", "main", "span", "font", "center"]);

/** Starting scores of candidates by what they are (others start at 0). */
const TAG_SCORE = new Map<string, number>([
  ["div", 5],
  ...["pre", "td", "blockquote"].map((t) => [t, 3] as const),
  ...["address", "ol", "ul", "dl", "dd", "dt", "li", "form"].map((t) => [t, -3] as const),
  ...["h1", "h2", "h3", "h4", "h5", "h6", "th"].map((t) => [t, -5] as const),
]);

/** Whether an element reads as a paragraph of its own (its text is scored). */
export const isParagraph = (s: Stat) =>
  SCORED.has(s.tag) || (CONTAINER.has(s.tag) && !s.hasBlock) || (s.tag === "div" && s.inlineChars >= 25);

/**
 * A bare div (no class or id) around one paragraph and nothing else: no level of its own
 * (Readability puts the paragraph in its place), so paragraphs wrapped one by one score their
 * common container. A named box ("lead", "step") is a part of the page: it keeps its level.
 */
function wrapsOneParagraph(el: Element, s: Stat): boolean {
  // The space after the paragraph counts one character. Stats first: reading children crosses into the DOM.
  if (s.tag !== "div" || s.hints || s.inlineChars > 1 || s.p !== 1 || linkDensity(s) >= 0.25) return false;
  const child = el.firstElementChild;
  return !!child && child === el.lastElementChild && child.localName === "p";
}

/**
 * Content scores, as in Readability: every paragraph of 25+ characters scores 1 + its commas +
 * one per 100 characters (at most 3), credited in full to its parent, half to the grandparent
 * and a third of its level further up (5 levels), then scaled by (1 − link density).
 */
export function scoreCandidates(stats: Map<Element, Stat>, weigh: boolean): Map<Element, number> {
  const scores = new Map<Element, number>();
  // forEach rather than for…of: the content script runs this cold, where each entry of an
  // iterator is an object (two, destructured) and a long page's elements made ~200 KB of them.
  stats.forEach((s, el) => {
    if (!isParagraph(s)) return;
    // A mixed container scores only its loose text, as if wrapped in a paragraph of its own.
    const own = s.tag === "div" && s.hasBlock;
    const chars = own ? s.inlineChars : s.chars;
    if (chars < 25) return;
    const score = 1 + s.commas + Math.min(Math.floor(chars / 100), 3);
    let node: Element | null = own ? el : el.parentElement;
    for (let level = 0; node && node.parentElement && level < 5; level++, node = node.parentElement) {
      const ns = stats.get(node);
      if (!ns) break;
      if (wrapsOneParagraph(node, ns)) {
        level--;
        continue;
      }
      let base = scores.get(node);
      if (base === undefined) base = (TAG_SCORE.get(ns.tag) ?? 0) + (weigh ? classWeight(node) : 0);
      scores.set(node, base + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  });
  scores.forEach((v, el) => scores.set(el, v * (1 - linkDensity(stats.get(el)!))));
  return scores;
}

/** The element most likely to hold the article, following Readability's choice of candidate. */
export function topCandidate(scores: Map<Element, number>, stats: Map<Element, Stat>, body: Element): Element {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const first = ranked[0];
  if (!first) return body;
  let top = first[0];
  const topScore = first[1];
  // Several near-equal candidates under one ancestor: the ancestor holds the article.
  const close = ranked.slice(1).filter(([, v]) => v / topScore >= 0.75);
  if (close.length >= 3) {
    const ancestorsOf = (el: Element) => {
      const out: Element[] = [];
      for (let n = el.parentElement; n && n !== body; n = n.parentElement) out.push(n);
      return out;
    };
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      if (close.filter(([el]) => ancestorsOf(el).includes(p!)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // Climb while a parent scores higher: the article spans more than this child.
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const v = scores.get(p);
    if (v === undefined) continue;
    if (v < threshold) break;
    if (v > last) {
      top = p;
      break;
    }
    last = v;
  }
  // An only child (of what is left after dropping furniture) says nothing its parent doesn't.
  const onlyChild = (el: Element) => {
    let n = 0;
    for (let c = el.parentElement!.firstElementChild; c && n < 2; c = c.nextElementSibling) if (stats.has(c)) n++;
    return n === 1;
  };
  while (top !== body && top.parentElement && top.parentElement !== body && onlyChild(top)) top = top.parentElement;
  return top;
}
