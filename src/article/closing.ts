/**
 * Notes and calls to action that close a page's text ("© 2022 … Written permission must be
 * obtained …", "For the latest stories … download our apps", "Gefällt dir unser Magazin? …"): set
 * as ordinary paragraphs after the article, they open with a phrase of their own, or they give the
 * site's addresses ("Follow The Gleaner … @JamaicaGleaner … email us at …").
 */
import type { SourceBlock } from "../text/build-text";
import type { TextOf } from "./dom";
import { CLOSING_NOTE } from "./phrases";

/** How many of the last blocks may open the closing notes: notes follow the text, they are few. */
const LAST_BLOCKS = 3;
/** Longest closing note (characters): a longer paragraph is text that mentions copyright. */
const NOTE_CHARS = 600;

/** An e-mail address or a social media handle ("@JamaicaGleaner"): how to reach the site. */
const CONTACT = /[\w.+-]+@[\w-]+(\.[\w-]+)*\.\p{L}{2,}|(^|\s)@\w{3,}/u;

/** Elements that set a whole paragraph apart from the text (in italics or bold). */
const EMPHASIS = new Set(["em", "i", "strong", "b"]);

/** Whether the whole text of `el` is in one emphasis element (descending through only children). */
function setApart(el: Element, textOf: TextOf): boolean {
  const text = textOf(el);
  for (let c = el.firstElementChild; c && textOf(c) === text; c = c.firstElementChild) if (EMPHASIS.has(c.localName)) return true;
  return false;
}

/**
 * Whether a block's text is a closing note: a copyright sign or a note phrase at its start, or the
 * site's addresses in a paragraph set apart in italics or bold (in plain text an address is part
 * of the story, "she wrote on Twitter @…", or the author's: "… email him at …").
 */
function isClosingNote(block: SourceBlock, textOf: TextOf): boolean {
  // A box's heading may be the call itself ("Support independent journalism").
  if (block.kind !== "paragraph" && block.kind !== "heading") return false;
  const text = textOf(block.el);
  if (text.length >= NOTE_CHARS) return false;
  return text.startsWith("©") || CLOSING_NOTE.test(text) || (CONTACT.test(text) && setApart(block.el, textOf));
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
