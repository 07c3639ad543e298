import type { Block } from "../types";
import type { Token } from "./tokens";
import type { Mention } from "./mention";
import { byStart, lastBelow } from "./search";

/** Tokens an answer's label may take before its colon: "Dorothee von Laer:". */
const MAX_LABEL = 4;

/**
 * Who answers in a paragraph of a Q&A interview: the known name before a colon that opens the
 * paragraph ("Von Laer: … Ich sage meinen Studierenden immer: „…“"). The "ich" that elsewhere is
 * the writer is theirs there. Null when the paragraph opens with no such label.
 */
export function answerer(text: string, tokens: readonly Token[], block: Block, known: (name: string) => boolean): Mention | null {
  const first = lastBelow(tokens, block.start, byStart) + 1;
  for (let c = first; c < first + MAX_LABEL && tokens[c]?.kind === "word"; c++) {
    if (tokens[c + 1]?.text !== ":") continue;
    // A name as the people engine knows it, a capitalised particle first too ("Von Laer").
    const label = text.slice(tokens[first]!.start, tokens[c]!.end);
    if (!known(label)) return null;
    return { kind: "name", text: label, start: tokens[first]!.start, end: tokens[c]!.end, role: null, head: null, next: c + 1 };
  }
  return null;
}
