/**
 * Notes and calls to action that close a page's text ("© 2022 … Written permission must be
 * obtained …", "For the latest stories … download our apps", "Gefällt dir unser Magazin? …"): set
 * as ordinary paragraphs after the article, they open with a phrase of their own.
 */
import type { SourceBlock } from "../text/build-text";
import type { TextOf } from "./dom";
import { CLOSING_NOTE } from "./phrases";

/** How many of the last blocks may open the closing notes: notes follow the text, they are few. */
const LAST_BLOCKS = 3;
/** Longest closing note (characters): a longer paragraph is text that mentions copyright. */
const NOTE_CHARS = 600;

/** Whether a block's text is a closing note: a copyright sign or a note phrase at its start. */
function isClosingNote(block: SourceBlock, textOf: TextOf): boolean {
  if (block.kind !== "paragraph") return false;
  const text = textOf(block.el);
  return text.length < NOTE_CHARS && (text.startsWith("©") || CLOSING_NOTE.test(text));
}

/**
 * The index the closing notes start at in `blocks` (its length when there are none): the first
 * note among the last few blocks, and what follows it (more of the box: "Um unabhängig zu
 * bleiben …", a credit). The first block is never a note.
 */
export function closingNotesStart(blocks: readonly SourceBlock[], textOf: TextOf): number {
  for (let i = Math.max(1, blocks.length - LAST_BLOCKS); i < blocks.length; i++) if (isClosingNote(blocks[i]!, textOf)) return i;
  return blocks.length;
}
