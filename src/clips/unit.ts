import { firstDescendant, textExceeds } from "./dom";
import type { ClipWords } from "./words";

/** A caption area holds a teaser text and its meta lines, not article paragraphs (characters). */
const UNIT_TEXT = 700;
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const STOP_TAGS = new Set(["body", "html", "main", "article"]);

/**
 * The clip's caption area: the player's figure, else its largest ancestor that holds no other
 * player and little text (the caption beside a placeholder).
 */
export function captionUnit(el: Element, others: readonly Element[], w: ClipWords): Element {
  let unit = el;
  while (unit.localName !== "figure") {
    const p = unit.parentElement;
    if (!p || STOP_TAGS.has(p.localName)) break;
    if (others.some((o) => o !== el && p.contains(o))) break;
    if (textExceeds(p, UNIT_TEXT) || firstDescendant(p, (h) => HEADING.has(h.localName) && w.related.test((h.textContent ?? "").trim())))
      break;
    unit = p;
  }
  return unit;
}
