import { firstDescendant } from "./dom";
import type { TextSize } from "./text-size";
import { UNIT_TEXT } from "./unit";

const isHeadline = (e: Element) => e.localName === "h1";

/**
 * The boxes between the page's headline and the scope, in page order, when the scope starts below
 * the headline: sites set the headline and the lead video in a header above the article element
 * (ZDFheute, tagesschau). None when the scope opens with a headline, when one box holds more than a
 * caption area's text (then they are the page's, not the article's header), or no headline precedes.
 */
export function leadBoxes(scope: Element, text: TextSize): Element[] {
  const out: Element[] = [];
  // The scope's own headline comes before its first paragraph: looking that far costs no walk of the article.
  if (firstDescendant(scope, (d) => isHeadline(d) || d.localName === "p")?.localName === "h1") return out;
  // Backwards from the scope, so that a page whose article is far below its header costs a box or two.
  for (let at: Element | null = scope; at && at.localName !== "body"; at = at.parentElement)
    for (let e = at.previousElementSibling; e; e = e.previousElementSibling) {
      if (text.exceeds(e, UNIT_TEXT)) return [];
      out.unshift(e);
      if (isHeadline(e) || firstDescendant(e, isHeadline)) return out;
    }
  return [];
}
