/**
 * The largest page Newsmark analyses. Beyond any of these the engine answers `isArticle: false`
 * with reason {@link TOO_LARGE} at once, instead of tying up the page's main thread.
 *
 * Measured on the 630 corpus pages (../shared/corpus): at most 24,535 nodes, 42 levels deep and
 * 0.49 M characters of text (wikipedia-2). Each limit leaves a wide margin above that.
 */
export const LIMITS = {
  /** Nodes of any kind (elements, text, comments): 8× the largest corpus page. */
  maxNodes: 200_000,
  /** Nesting levels, `<html>` being level 1. Chromium's parser nests at most 512 elements; deeper is script's work. */
  maxDepth: 1_000,
  /** Characters in text nodes outside `<script>` and `<style>`: 2× the largest corpus page, some 150,000 words. */
  maxTextChars: 1_000_000,
} as const;

/** The `Analysis.reason` for a page beyond {@link LIMITS}. */
export const TOO_LARGE = "too large";

/** Elements whose text is code or styling, not page text: their characters are not counted. */
const OPAQUE = new Set(["SCRIPT", "STYLE"]);

/**
 * {@link TOO_LARGE} when `doc` exceeds a limit, else null. One iterative walk over the root
 * element's tree in document order that stops at the first limit crossed, so refusing a huge page
 * costs no more than accepting the largest allowed one, and no nesting depth can overflow the stack.
 * Each DOM read crosses into the browser and the walk runs cold in the content script: every node's
 * type and next sibling are read once, the name only of elements with children, and a text's
 * length without making a string of its data.
 */
export function checkLimits(doc: Document): string | null {
  // From the root element: around it are only a doctype and comments (and linkedom's doctype has no nextSibling).
  const root = doc.documentElement as Element | null;
  if (!root) return null;
  let nodes = 0;
  let depth = 1;
  let chars = 0;
  let node: Node = root;
  for (;;) {
    if (++nodes > LIMITS.maxNodes) return TOO_LARGE;
    const type = node.nodeType;
    if (type === 3) {
      chars += (node as Text).length;
      if (chars > LIMITS.maxTextChars) return TOO_LARGE;
    } else if (type === 1) {
      const first = node.firstChild;
      if (first && !OPAQUE.has(node.nodeName)) {
        if (++depth > LIMITS.maxDepth) return TOO_LARGE;
        node = first;
        continue;
      }
    }
    // Climb out of finished subtrees to the next node in document order; back at the root, done.
    if (node === root) return null;
    let next = node.nextSibling;
    while (!next) {
      node = node.parentNode!;
      depth--;
      if (node === root) return null;
      next = node.nextSibling;
    }
    node = next;
  }
}
