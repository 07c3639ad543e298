// Limits above which the content script does not analyse a page, so the popup can say "too
// large" at once instead of freezing the tab. Real articles stay far below both: the largest
// corpus pages have a few thousand elements and under 200 kB of text.

/** Elements in the document. */
export const MAX_ELEMENTS = 150_000;
/** Characters of text in the body (~3 MB). */
export const MAX_TEXT_CHARS = 3_000_000;

/** Why the page is too large to analyse, or null when it is within the limits. */
export function tooLargeReason(doc: Document): string | null {
  const elements = doc.getElementsByTagName("*").length;
  if (elements > MAX_ELEMENTS) return `page too large: ${elements} elements (limit ${MAX_ELEMENTS})`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > MAX_TEXT_CHARS) return `page too large: ${chars} characters of text (limit ${MAX_TEXT_CHARS})`;
  return null;
}
