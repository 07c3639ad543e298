import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";

/** Tokens back to look for the document that "dort" points at (about three sentences). */
const LOOK_BACK = 80;

/**
 * The document a place word points back at: "So hieß es dort" after "der jüngst bekanntgewordene
 * Entwurf" is the draft. The nearest phrase before token `at` whose head is a body noun.
 */
export function documentBefore(text: string, tokens: readonly Token[], at: number, lex: Lexicon): Mention | null {
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !lex.definite.has(t.lower)) continue;
    const m = parseMention(text, tokens, i, at, lex);
    if (m?.kind === "group" && m.head && lex.bodies.has(m.head)) return m;
  }
  return null;
}
