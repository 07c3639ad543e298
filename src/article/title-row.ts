/**
 * The title row of a box in the article ("card-header" over its "card-body", a page builder's
 * "j-header" module around an h2): named a header like the page's own, but a short line without
 * links — a page's header links home, to sections or to the search.
 */
import { MAYBE, UNLIKELY } from "./hints";

/** Longest title row (characters): a sub-heading or a question of a list of questions. */
const TITLE_CHARS = 150;

/** "header" as a class or id word: the part that makes a box's title row look unlikely. */
const HEADER = /header/gi;

/** Whether an element whose hints are `UNLIKELY` only for the word "header" is a box's title row. */
export function isTitleRow(el: Element, hints: string): boolean {
  const rest = hints.replace(HEADER, " ");
  if (rest === hints || UNLIKELY.test(rest)) return false;
  const text = (el.textContent ?? "").trim();
  return (
    text.length > 0 && text.length < TITLE_CHARS && el.getElementsByTagName("a").length === 0 && el.getElementsByTagName("img").length === 0
  );
}

/**
 * Whether an element's class and id name it unlikely to be content (a sidebar, a footer): an
 * unlikely word and no word that says maybe, unless it is a box's title row. One test for the
 * measuring walk and for the skip predicate.
 */
export function namedUnlikely(el: Element, hints: string): boolean {
  return UNLIKELY.test(hints) && !MAYBE.test(hints) && !isTitleRow(el, hints);
}
