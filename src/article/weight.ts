import { NEGATIVE, POSITIVE } from "./hints";

/** Class/id weight: −25 per boilerplate hint, +25 per article hint, for class and id apart. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const v of [el.getAttribute("class"), el.getAttribute("id")]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  return w;
}
