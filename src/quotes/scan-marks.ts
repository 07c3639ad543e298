import { LETTER, NUMBER, unitsOf } from "../text/char-class";
import type { Block } from "../types";
import type { Lexicon } from "./lexicon";

/** Words between quotation marks, before any judgement whether they are a quotation. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  /** Offset just after the closing mark (the paragraph end for an unclosed paragraph). */
  close: number;
  block: number;
  /** Runs on into the next paragraph, which opens with the same mark again. */
  continues: boolean;
}

interface Open {
  mark: string;
  pos: number;
  closed: boolean;
}

/** Open quotes kept at once: a quote in a quote in a quote, and one stray mark. */
const MAX_DEPTH = 4;
const SPACE = /\s/;
/** Marks that double as apostrophes ("Rubio's", "geht’s", "’90s"). */
const APOSTROPHES = new Set(["'", "’"]);

/** /[\p{L}\p{N}]/u on one code unit, by table: a `\p{…}` pattern costs a compilation on each page in the content script. */
const isLetter = (c: string | undefined) => c !== undefined && unitsOf(c, 0, LETTER | NUMBER) > 0;
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);

/**
 * Pairs quotation marks in each paragraph with a stack, so nested quotes stay inside their outer
 * quote. A mark closes only the innermost open quote it belongs to; an apostrophe between letters
 * is never a mark; an opener left open at a paragraph's end is dropped (quotes inside it count as
 * outer ones) unless the next paragraph opens with the same mark — a quote over several paragraphs.
 */
export function scanMarks(text: string, blocks: readonly Block[], lex: Lexicon, skip: (b: Block) => boolean): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (skip(block)) continue;
    const stack: Open[] = [];
    /** Closed pairs with the quotes that were open around them. */
    const pairs: { span: MarkedSpan; around: Open[] }[] = [];
    const marks = markPattern(lex);
    marks.lastIndex = block.start;
    for (let m = marks.exec(text); m && m.index < block.end; m = marks.exec(text)) {
      const i = m.index;
      const c = m[0];
      const before = text[i - 1];
      const after = text[i + 1];
      if (APOSTROPHES.has(c) && isLetter(before) && isLetter(after)) continue;
      const top = stack[stack.length - 1];
      if (top && lex.closers.get(top.mark)?.has(c) && canClose(text, top, i)) {
        stack.pop();
        top.closed = true;
        const span = { open: top.pos, start: top.pos + 1, end: i, close: i + 1, block: b, continues: false };
        pairs.push({ span, around: [...stack] });
        continue;
      }
      if (lex.closers.has(c) && canOpen(c, before, after, text[i + 2])) {
        // Quotes nest a few levels at most: the oldest of too many open marks stays unclosed.
        if (stack.length === MAX_DEPTH) stack.shift();
        stack.push({ mark: c, pos: i, closed: false });
      }
    }
    const outer = stack[0];
    const next = blocks[b + 1];
    if (outer && next && !APOSTROPHES.has(outer.mark) && text[next.start] === outer.mark) {
      outer.closed = true;
      const span = { open: outer.pos, start: outer.pos + 1, end: block.end, close: block.end, block: b, continues: true };
      pairs.push({ span, around: [] });
    }
    // Only quotes with no closed quote around them are the article's own quotations.
    for (const p of pairs) if (p.around.every((o) => !o.closed)) out.push(p.span);
  }
  return out.sort((a, b) => a.open - b.open);
}

const patterns = new WeakMap<Lexicon, RegExp>();

/** A global pattern matching any of the language's marks, to jump from mark to mark. */
function markPattern(lex: Lexicon): RegExp {
  let re = patterns.get(lex);
  if (!re) {
    re = new RegExp(`[${[...lex.marks].map((c) => "\\" + c).join("")}]`, "g");
    patterns.set(lex, re);
  }
  return re;
}

function canOpen(c: string, before: string | undefined, after: string | undefined, after2: string | undefined): boolean {
  if (APOSTROPHES.has(c) && isLetter(before)) return false;
  if (!isSpace(after)) return !isLetter(before) || c === "„" || c === "»" || c === "«";
  // French spacing: « texte ».
  return (c === "«" || c === "»" || c === "‹" || c === "›") && !isSpace(after2);
}

function canClose(text: string, top: Open, i: number): boolean {
  const before = text[i - 1];
  if (!isSpace(before)) return i > top.pos + 1;
  // A closing mark after a space only where the opening mark had a space after it too.
  return isSpace(text[top.pos + 1]) && i > top.pos + 2;
}
