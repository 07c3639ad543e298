import { tagOf } from "./dom";
import { CAPTION, MEDIA } from "./hints";
import { linkDensity, type Stat } from "./stats";
import { isParagraph } from "./score";
import { KEY_POINT_CHARS } from "./headline";

/** A sentence ends in the text (a short paragraph of prose, not a label). */
const SENTENCE_END = /[.!?…]["“”»«)]?( |$)/;

/** The one measured child of `el` (what it wraps), or null. */
function onlyChild(el: Element, stats: Map<Element, Stat>): Element | null {
  let only: Element | null = null;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (stats.has(c)) {
      if (only) return null;
      only = c;
    }
  return only;
}

/**
 * A candidate's score as a box: the best score down its chain of only children that hold
 * paragraphs (a wrapper says nothing its content doesn't: "field__item > article-text > p" scores
 * as its text does; a line without paragraphs scores by its class name alone, a breadcrumb's "entry-crumbs").
 */
function boxScore(el: Element, scores: Map<Element, number>, stats: Map<Element, Stat>): number {
  let best = scores.get(el) ?? 0;
  for (let c = onlyChild(el, stats); c && stats.get(c)!.p > 0; c = onlyChild(c, stats)) best = Math.max(best, scores.get(c) ?? 0);
  return best;
}

/**
 * The top candidate and those of its siblings that continue the article (Readability's rule):
 * siblings scoring a fifth of the top as boxes (a bonus for sharing its class), or paragraphs of prose.
 */
export function articleParts(top: Element, scores: Map<Element, number>, stats: Map<Element, Stat>, body: Element): Element[] {
  const parent = top.parentElement;
  if (!parent || top === body) return [top];
  const score = (el: Element) => boxScore(el, scores, stats);
  const topScore = score(top);
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute("class") ?? "";
  const parts: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s) continue;
    const bonus = topClass && sib.getAttribute("class") === topClass ? topScore * 0.2 : 0;
    if (scores.has(sib) && score(sib) + bonus >= threshold) parts.push(sib);
    else if (tagOf(sib) === "p" || (isParagraph(s) && !s.hasBlock)) {
      const ld = linkDensity(s);
      const text = sib.textContent ?? "";
      if ((s.chars > 80 && ld < 0.25) || (s.chars > 0 && s.chars < 80 && ld === 0 && SENTENCE_END.test(text.trim()))) parts.push(sib);
    }
  }
  return withContentBetween(parts, stats);
}

/** A box holding a figure with its picture and little more (Al Jazeera's "article-featured-image"). */
const isPictureBox = (s: Stat) => s.figureImg > 0 && s.chars < 400 && linkDensity(s) < 0.25;

/**
 * A box of prose: paragraphs or list items with few links, ending in a sentence or items of
 * key-point length (a standfirst or key points boxed apart between the header and the body, too
 * short to score; key points often end without a mark).
 */
function isProseBox(el: Element, s: Stat): boolean {
  return (
    s.p + s.li > 0 &&
    s.chars >= 80 &&
    linkDensity(s) < 0.25 &&
    (SENTENCE_END.test((el.textContent ?? "").trim()) || (s.li > 0 && s.listChars >= s.li * KEY_POINT_CHARS))
  );
}

/** Figures, boxes of pictures, media and prose between two parts belong to the article (a clip or a standfirst between lead and body). */
function withContentBetween(parts: Element[], stats: Map<Element, Stat>): Element[] {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || first === last) return parts;
  const out: Element[] = [];
  for (let sib: Element | null = first; sib; sib = sib.nextElementSibling) {
    const s = stats.get(sib);
    if (
      parts.includes(sib) ||
      (s &&
        s.chars > 0 &&
        (tagOf(sib) === "figure" || isPictureBox(s) || MEDIA.test(s.hints) || CAPTION.test(s.hints) || isProseBox(sib, s)))
    )
      out.push(sib);
    if (sib === last) break;
  }
  return out;
}
