import { NEGATIVE, POSITIVE } from "./hints";

/**
 * Class/id weight: −25 per boilerplate hint, +25 per article hint, for class and id apart. A
 * custom element's name ("inline-teaser") is chosen like a class and counts as one.
 */
export function classWeight(el: Element): number {
  let w = 0;
  const custom = el.localName.includes("-") ? el.localName : null;
  for (const v of [el.getAttribute("class"), el.getAttribute("id"), custom]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  return w;
}
