import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { isCapWord } from "./names";
import { byStart, lastBelow } from "./search";

/** Tokens back that a body's full name may lie from the noun that takes it up: a few paragraphs. */
const BODY_WITHIN = 400;

/**
 * The full name of the body that a definite body noun alone takes up: "the bank" after "The Bank
 * of Japan", "the ministry" after "The Finance Ministry", "der Städtetag" after "der Deutsche
 * Städtetag" — the last name before it of capitals that holds the noun. Null when none does.
 */
export function namedBody(text: string, tokens: readonly Token[], m: Mention, lex: Lexicon): string | null {
  if (m.kind !== "group" || !m.head || !lex.bodies.has(m.head)) return null;
  const i = lastBelow(tokens, m.start, byStart) + 1;
  if (m.next !== i + 2 || !lex.definite.has(tokens[i]?.lower ?? "")) return null;
  for (let j = i - 1; j >= 0 && j >= i - BODY_WITHIN; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word" || !t.cap || t.lower !== m.head) continue;
    let s = j;
    while (s > 0 && isCapWord(tokens[s - 1], lex)) s--;
    let e = j + 1;
    while (lex.nameLinks.has(tokens[e]?.lower ?? "") && isCapWord(tokens[e + 1], lex)) {
      e += 2;
      while (isCapWord(tokens[e], lex)) e++;
    }
    if (e - s >= 2) return text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  }
  return null;
}
