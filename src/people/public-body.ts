import type { Lexicon } from "./lexicon";

/**
 * How many words of a public body's name start at word k (0 for none), given the words in lower
 * case (`keyAt` answers undefined past the last). A body of one word matches as a whole word or,
 * from three letters, as a stem ("parliamentary"); one of several words only as the whole phrase:
 * "United Nations", "des Weißen Hauses", but not the "United" of "United Airlines".
 */
export function publicBodyAt(keyAt: (k: number) => string | undefined, k: number, lex: Lexicon): number {
  const key = keyAt(k);
  if (key === undefined) return 0;
  for (const phrase of lex.publicBodyPhrases) {
    if (phrase.every((stem, j) => keyAt(k + j)?.startsWith(stem) === true)) return phrase.length;
  }
  return lex.publicBodyWords.has(key) || lex.publicBodies.some((b) => key.startsWith(b)) ? 1 : 0;
}
