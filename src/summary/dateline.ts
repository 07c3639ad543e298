/** What follows a dateline: a sentence, starting with a capital, a digit or an opening quote. */
const SENTENCE_START = String.raw`[\p{Lu}\p{N}"„“‘'«»]`;
/**
 * Up to four capitalised words or day numbers: "Berlin", "Frankfurt/Main", "SOUTHWEST MIAMI-DADE,
 * FLA.", and a wire's date after the place ("WASHINGTON, Dec 10", "BERLIN, 5. Dezember").
 */
const PLACE = String.raw`\p{Lu}[\p{L}.'’/-]*(?:[ ,]+(?:\p{Lu}[\p{L}.'’/-]*|\p{N}{1,2}\.?)){0,3}`;
/**
 * A dateline before a report's first sentence: a place and the agency or source in brackets, then
 * a dash ("Berlin (dpa) - ", "MOSCOW (AP) — ") or straight the sentence ("Washington (CNN)It"),
 * or a place in capitals and a dash ("LONDON — ").
 */
const DATELINE = new RegExp(
  String.raw`^(?:(?:${PLACE} ?)?\([^()\n]{1,40}\)\s*[-–—]\s+|\p{Lu}{3,}(?:[ ,/]+\p{Lu}{2,}){0,3}\s+[-–—]\s+|(?:${PLACE} ?)?\([^()\n]{1,40}\))(?=${SENTENCE_START})`,
  "u",
);

/** Characters of the dateline at the start of a paragraph's text, 0 if it has none. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
