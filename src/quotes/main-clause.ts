import type { Token } from "./tokens";
import { isDeterminer, type Lexicon } from "./lexicon";
import { isClosedClass } from "./subjunctive";

/** Lower-case words a subject's determiner may stand before its noun: "die neuen Hilfen". */
const MAX_ADJECTIVES = 3;
/** Letters a finite verb holds at least: "gehen", not "den". */
const MIN_VERB = 4;

/**
 * Whether the clause at `c` after a verb of saying's comma is a main clause whose finite verb shows
 * it as said though it looks indicative: a plural or a Konjunktiv II like the preterite ("Die
 * Grünen erklärten, die Pläne reichten nicht aus", "sagten, sie liefen Gefahr …"). The verb stands
 * right after the subject and words other than "und" follow it, where a relative clause or an
 * infinitive ends with its verb; a clause with "zu senken" in it is an infinitive too.
 */
export function isReportedMainClause(tokens: readonly Token[], c: number, to: number, lex: Lexicon): boolean {
  if (lex.reportedVerbEndings.length === 0) return false;
  const v = subjectEnd(tokens, c, to, lex);
  const verb = tokens[v];
  // A listed subjunctive is short: "das Rentenniveau von 48 Prozent sei".
  if (v < 0 || verb?.kind !== "word" || !(isVerbLike(verb, lex) || lex.subjunctive.has(verb.lower))) return false;
  // "ihre Videos herunterladen und …": a verb before "und" ends its clause, an infinitive's or a relative clause's.
  if (lex.conjunctions.has(tokens[v + 1]?.lower ?? "")) return false;
  let end = v + 1;
  // Quoted words go on the clause: "sei „nicht verhandelbar“".
  const goesOn = (t: Token) => t.kind === "word" || t.kind === "quote" || lex.marks.has(t.text);
  while (end < to && goesOn(tokens[end]!)) end++;
  if (end === v + 1) return false;
  // "…, die Steuern zu senken", "vervielfältigen zu lassen und …": "zu" before a lower-case word
  // with the verb's ending marks an infinitive, but for an adjective before its noun ("mit
  // psychischen Erkrankungen", "zu höheren Kosten").
  const infinitive = (j: number) => lex.infinitiveMarkers.has(tokens[j]!.lower) && isVerbLike(tokens[j + 1]!, lex) && !tokens[j + 2]?.cap;
  for (let j = v + 1; j < end - 1; j++) if (infinitive(j)) return false;
  return true;
}

const isAdjective = (t: Token, lex: Lexicon) => t.kind === "word" && !t.cap && !isClosedClass(t.lower, lex);

const isVerbLike = (t: Token, lex: Lexicon) =>
  !t.cap && t.lower.length >= MIN_VERB && !isClosedClass(t.lower, lex) && lex.reportedVerbEndings.some((e) => t.lower.endsWith(e));

/**
 * The token after the subject that opens the clause at `c`: a pronoun ("sie"), capitalised nouns
 * ("Neuwahlen", "die Pläne der Regierung") after a determiner and adjectives; -1 where none opens it.
 */
function subjectEnd(tokens: readonly Token[], c: number, to: number, lex: Lexicon): number {
  const first = tokens[c];
  if (first?.kind !== "word") return -1;
  if (lex.pronouns.has(first.lower) || lex.pluralPronouns.has(first.lower)) return c + 1;
  const noun = nounAfterDeterminer(tokens, c, to, lex);
  if (noun < 0) return -1;
  // "die Pläne der Regierung", "die Gespräche mit der SPD": a genitive or a preposition's noun after the noun belongs to it.
  const w = tokens[noun]?.lower ?? "";
  const attribute = lex.definite.has(w)
    ? nounAfterDeterminer(tokens, noun, to, lex)
    : lex.prepositions.has(w) && noun + 1 < to
      ? nounAfterDeterminer(tokens, noun + 1, to, lex, true)
      : -1;
  return attribute >= 0 ? attribute : noun;
}

/**
 * The token after the capitalised words of a noun phrase at `i` ("die neuen Hilfen", "Neuwahlen"),
 * else -1; `governed` where a preposition stands before it.
 */
function nounAfterDeterminer(tokens: readonly Token[], i: number, to: number, lex: Lexicon, governed = false): number {
  const w = tokens[i]!.lower;
  let j = i;
  // A number counts its noun as a determiner does: "von 48 Prozent"; after a preposition a plural
  // may have none: "zwischen beiden Regierungen".
  const determined = isDeterminer(w, lex) || /^\d/.test(w);
  if (determined) j++;
  if (determined || governed) for (let n = 0; n < MAX_ADJECTIVES && j < to && isAdjective(tokens[j]!, lex); n++) j++;
  const start = j;
  while (j < to && tokens[j]!.kind === "word" && tokens[j]!.cap && !isClosedClass(tokens[j]!.lower, lex)) j++;
  return j > start ? j : -1;
}
