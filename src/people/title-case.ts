import type { Block } from "../types";
import type { Token } from "./tokens";
import { startsLower } from "../text/char-class";

/** Words this long are capitalised in a title-case heading; shorter ones may be function words ("and", "as", "with"). */
const CONTENT_WORD = 5;
/** Capitalised words a heading needs to be judged title case rather than a short sentence. */
const MIN_CAPITALISED = 3;

/**
 * Which tokens stand in a title-case heading ("Xi and Lee Meet as Trade Tensions Ease") and have a
 * word the rest of the text never writes: capitals there say nothing of a name, so "Meet" is no
 * surname of "Lee". 1 for such a token, else 0. (Meant for languages whose nouns are lower case.)
 */
export function headlineOnly(tokens: readonly Token[], blocks: readonly Block[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  const inTitle = new Uint8Array(tokens.length);
  // Blocks and tokens both run in text order: one pass over each.
  let i = 0;
  for (const b of blocks) {
    while (i < tokens.length && tokens[i]!.start < b.start) i++;
    const from = i;
    while (i < tokens.length && tokens[i]!.start < b.end) i++;
    if (b.kind === "heading" && titleCase(tokens, from, i)) inTitle.fill(1, from, i);
  }
  const elsewhere = new Set<string>();
  for (let k = 0; k < tokens.length; k++) if (inTitle[k] === 0) elsewhere.add(tokens[k]!.key);
  for (let k = 0; k < tokens.length; k++) if (inTitle[k] === 1 && !elsewhere.has(tokens[k]!.key)) marks[k] = 1;
  return marks;
}

function titleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.cap) capitalised++;
    else if (t.text.length >= CONTENT_WORD && startsLower(t.text)) return false;
  }
  return capitalised >= MIN_CAPITALISED;
}
