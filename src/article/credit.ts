import { CREDIT_LINE, PICTURE_COUNTER } from "./phrases";
import { walkNodes } from "../text/walk";
import { firstLetterOrDigit } from "../text/letters";

/**
 * Whether a line that reads as a picture credit ("… Pokrowsk. Bild: REUTERS") is one: what `skip`
 * leaves of it is a credit too, or nothing. A caption whose credit is set apart ("<span>Bild:
 * dpa</span>", left out already) shows more. A gallery's counter beside the credit ("23/28 photos
 * © Shutterstock") is no text either.
 */
export function isCreditOnly(el: Element, skip: (el: Element) => boolean): boolean {
  const parts: string[] = [];
  walkNodes(el, (n) => {
    if (n.nodeType === 3) parts.push((n as Text).data);
    return n.nodeType === 1 && !skip(n as Element);
  });
  const kept = parts.join("").replace(/\s+/g, " ").trim();
  return firstLetterOrDigit(kept) < 0 || CREDIT_LINE.test(kept) || PICTURE_COUNTER.test(kept);
}
