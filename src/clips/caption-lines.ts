import { PHRASING_TAGS } from "../text/phrasing";
import { descendants, isControl, isHidden, skipsCaption } from "./dom";

/** An inline element holding nothing but a clock, "1:32" or "(1:32)": a badge, its own line (not "Airport1:32"). */
const isBadge = (e: Element) => !e.firstElementChild && /^\s*\(?\d{1,2}(:\d{2}){1,2}\)?\s*$/.test(e.textContent ?? "");

/** Where a text ends and the next, set in an element of its own beside it, begins a word: "lahm" | "Quelle". */
const WORD_END = /[\p{Ll}\p{N}.!?:;)»”"]$/u;
const WORD_START = /^\p{Lu}/u;

/**
 * Whether `n` starts right after a sibling element: `<span>Title</span><span>Quelle: …</span>`,
 * where the page's styles set the two apart (block or margin) though the markup has no space.
 */
const afterElement = (n: ChildNode) => n.previousSibling?.nodeType === 1 && (n.previousSibling as Element).localName !== "br";

/**
 * The text lines of a clip's caption area in page order: one per block, `<br>` breaking lines,
 * whitespace collapsed, a space between inline elements set side by side when one's text ends a
 * word and the next's starts another with a capital ("lahm" + "Quelle: BILD"). A line equal to the
 * one before is dropped: pages render captions twice (a visually hidden copy for screen readers
 * beside the visible one). `until`: the lines before this element only.
 */
export function captionLines(unit: Element, until: Element | null = null): string[] {
  const lines: string[] = [];
  let current = "";
  let currentBlock: Element | null = null;
  // Set on entering a node right after a sibling element, until its first text.
  let glued = false;
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line && line !== lines[lines.length - 1]) lines.push(line);
    current = "";
  };
  // An explicit stack of (next child, its block), so no nesting depth can overflow the call stack.
  const stack: { next: ChildNode | null; block: Element }[] = [{ next: unit.firstChild, block: unit }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const c = top.next;
    if (!c) {
      stack.pop();
      continue;
    }
    top.next = c.nextSibling;
    if (c.nodeType === 3) {
      if (!(c.nodeValue ?? "").trim()) {
        current += " ";
        continue;
      }
      if (top.block !== currentBlock) flush();
      currentBlock = top.block;
      if ((glued || afterElement(c)) && WORD_END.test(current) && WORD_START.test(c.nodeValue!.trimStart())) current += " ";
      glued = false;
      current += c.nodeValue;
    } else if (c.nodeType === 1) {
      const e = c as Element;
      if (e === until) break;
      if (e.localName === "br") flush();
      else if (!skipsCaption(e) && !isHidden(e)) {
        const inline = PHRASING_TAGS.has(e.localName) && !isBadge(e);
        if (inline && afterElement(e)) glued = true;
        stack.push({ next: e.firstChild, block: inline ? top.block : e });
      }
    }
  }
  flush();
  return lines;
}

/**
 * The text lines of the controls in a caption area (the area itself included), which captions skip,
 * and the accessible labels of its controls and links: pages print a clip's duration on its play button ("▶ 03:12", "Play,
 * Duration 2:15") or say it there (`aria-label='Play video, "…", duration 2:35'`).
 */
export function controlLines(unit: Element): string[] {
  const labelled = (c: Element) => isControl(c) || c.localName === "a";
  return [unit, ...descendants(unit)].filter(labelled).flatMap((c) => {
    // A link's label too: "Watch: Flood footage, 2 minutes 10 seconds".
    const label = c.getAttribute("aria-label")?.replace(/\s+/g, " ").trim();
    const lines = isControl(c) ? captionLines(c) : [];
    return label ? [...lines, label] : lines;
  });
}
