import { runSteps, type Steps } from "../steps";
import type { Block, BlockKind } from "../types";
import { TextMap, type Segment } from "./text-map";
import { walkNodes } from "./walk";
import { isWhiteSpace } from "./char-class";

/** One block of the article as found in the page: its element and what it is. */
export interface SourceBlock {
  kind: BlockKind;
  el: Element;
}

export interface BuiltText {
  text: string;
  blocks: Block[];
  map: TextMap;
}

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "svg",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "VIDEO",
  "AUDIO",
]);
/** Elements that break a line inside a block (list items, table rows, nested blocks). */
const LINE_TAGS = new Set([
  "BR",
  "LI",
  "P",
  "DIV",
  "TR",
  "DT",
  "DD",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "FIGCAPTION",
  "PRE",
  "SECTION",
  "ARTICLE",
  "HEADER",
  "FOOTER",
  "TABLE",
  "UL",
  "OL",
  "DL",
  "FIGURE",
  "ASIDE",
]);
/** White space as /[\s\u00a0\u200b]/ reads it, tested by code: this runs once per character of the article. */
const isWs = (c: number) => c === 32 || isWhiteSpace(c) || c === 0x200b;
/** Soft hyphens: invisible break hints inside words ("Mag\u00adda\u00adle\u00adner"), left out of the text. */
const SHY = 0xad;
/**
 * What keeps a text node from being output as it is: white space other than lone spaces inside it
 * (`isWs` reads the same set as `\s` plus U+200B), or a soft hyphen.
 */
const CHANGED = /[^\S ]|[\u00ad\u200b]| {2}|^ | $/;
/** A character output as it is. */
const isVisible = (c: number) => c !== SHY && !isWs(c);
/**
 * Two words of a heading that meet at an element's edge with no space between them, a word or a
 * sentence's end before a capital, an opening quotation mark or a live blog's "++": a kicker and its
 * headline ("Bahn-Chaos" + "Warum …", "Ukraine" + "++ Selenskyj …"), set apart only by the page's styles.
 */
const KICKER_END = /[\p{Ll}\p{N}.:!?)]$/u;
const HEADLINE_START = /^[\p{Lu}„“"«»+]/u;

/**
 * Flattens blocks into the article text: whitespace collapsed, soft hyphens dropped, blocks joined by "\n\n", line
 * breaks inside a block as "\n". Every output character that is the page's own (lone spaces too) is
 * recorded in the `TextMap`; separators, and white space collapsed or changed to " ", are not.
 */
export function buildText(sources: readonly SourceBlock[], skip: (el: Element) => boolean = () => false): BuiltText {
  return runSteps(buildTextSteps(sources, skip));
}

/**
 * Characters of text after which `buildTextSteps` lets the page have a turn: a long article's text
 * (118,000 characters on wikipedia-2) took 30–45 ms of one task in Chromium.
 */
const CHARS_PER_STEP = 40_000;

/** `buildText` in steps, for a caller that gives the page a turn in between: yields "part" between blocks, every {@link CHARS_PER_STEP} characters. */
export function* buildTextSteps(sources: readonly SourceBlock[], skip: (el: Element) => boolean = () => false): Steps<BuiltText> {
  const out: string[] = [];
  let len = 0;
  const segments: Segment[] = [];
  const blocks: Block[] = [];
  /** Pending separator before the next visible character: "", " " or "\n". */
  let pending = "";
  let blockStart = 0;
  /** Whether an element of a heading started or ended since the last text (see `KICKER_END`). */
  let seam = false;
  let heading = false;

  const emitSep = () => {
    if (pending && len > blockStart) {
      out.push(pending);
      len += pending.length;
    }
    pending = "";
  };

  /** Each run of characters output as they are is one segment (runs are apart by at least one skipped or changed character). */
  const addText = (node: Text) => {
    const data = node.data;
    const end = data.length;
    if (seam && pending === "" && len > blockStart && HEADLINE_START.test(data) && KICKER_END.test(out[out.length - 1]!)) pending = " ";
    seam = false;
    // Most text nodes are one run: found by a native scan rather than a loop over each character.
    if (end > 0 && !CHANGED.test(data)) {
      emitSep();
      segments.push({ start: len, node, nodeOffset: 0, length: end });
      out.push(data);
      len += end;
      return;
    }
    let i = 0;
    while (i < end) {
      const c = data.charCodeAt(i);
      if (c === SHY) {
        i++;
        continue;
      }
      if (isWs(c)) {
        if (pending === "") pending = " ";
        i++;
        continue;
      }
      let j = i + 1;
      for (; j < end; j++) {
        const d = data.charCodeAt(j);
        if (d === SHY) break;
        // A lone ASCII space between visible characters is output as it is: the run goes on, so
        // prose takes a segment per text node rather than per word.
        if (isWs(d) && !(d === 32 && j + 1 < end && isVisible(data.charCodeAt(j + 1)))) break;
      }
      emitSep();
      const run = data.slice(i, j);
      segments.push({ start: len, node, nodeOffset: i, length: run.length });
      out.push(run);
      len += run.length;
      i = j;
    }
  };

  /** Whether each element entered is a line element, for `leave` (which pops what `enter` pushed). */
  const lines: boolean[] = [];
  /** Line elements break the line before and after their text. */
  const enter = (n: Node): boolean => {
    const type = n.nodeType;
    if (type === 3) addText(n as Text);
    if (type !== 1) return false;
    // Read once: each DOM read crosses into the browser.
    const name = (n as Element).tagName;
    if (SKIP_TAGS.has(name) || skip(n as Element)) return false;
    const line = LINE_TAGS.has(name.toUpperCase());
    if (line) pending = "\n";
    seam = heading;
    lines.push(line);
    return true;
  };
  const leave = () => {
    if (lines.pop()) pending = "\n";
    seam = heading;
  };

  let stepStart = 0;
  for (const src of sources) {
    if (len - stepStart >= CHARS_PER_STEP) {
      stepStart = len;
      yield "part";
    }
    if (blocks.length > 0) {
      // Block separator, only if the previous block produced text.
      out.push("\n\n");
      len += 2;
    }
    blockStart = len;
    pending = "";
    heading = src.kind === "heading";
    walkNodes(src.el, enter, leave);
    if (len === blockStart) {
      // Empty block: take back its separator.
      if (blocks.length > 0) {
        out.pop();
        len -= 2;
      }
      continue;
    }
    blocks.push({ start: blockStart, end: len, kind: src.kind });
  }
  const text = out.join("");
  return { text, blocks, map: new TextMap(segments, text.length) };
}
