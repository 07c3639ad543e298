import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";

/** Letters a subjunctive by its ending holds at least: "gehe", not "die". */
const MIN_FORM = 4;

/**
 * Whether the word at `j` of a clause starting at `from` is a finite verb in the subjunctive: a
 * listed form ("sei", "hätte"), or one by its ending right after its subject ("Der Bund greife zu
 * kurz", "Man fordere"). Only there: elsewhere the ending is an adjective's ("die neue Regel").
 */
export function isSubjunctive(tokens: readonly Token[], j: number, from: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  // A capital inside a clause is a noun: "die Berichte", "die Plane".
  if (t.kind !== "word" || t.cap) return false;
  if (lex.subjunctive.has(t.lower)) return true;
  if (j <= from || !hasSubjunctiveEnding(t.lower, lex)) return false;
  return endsSubject(tokens, j, from, lex);
}

/** Whether a lower-case word ends like a subjunctive of any verb ("greife"), whatever stands before it. */
export function hasSubjunctiveEnding(w: string, lex: Lexicon): boolean {
  const mood = lex.subjunctiveEndings;
  if (!mood || w.length < MIN_FORM || isClosedClass(w, lex)) return false;
  return mood.endings.some((e) => w.endsWith(e)) && !mood.notEndings.some((e) => w.endsWith(e)) && !mood.notWords.has(w);
}

/** Whether a lower-case word is a determiner, preposition, conjunction or another word of a closed class. */
export function isClosedClass(w: string, lex: Lexicon): boolean {
  return (
    lex.definite.has(w) ||
    lex.indefinite.has(w) ||
    lex.possessives.has(w) ||
    lex.prepositions.has(w) ||
    lex.conjunctions.has(w) ||
    lex.subordinators.has(w) ||
    lex.notNames.has(w)
  );
}

/**
 * Whether a subject ends right before `j`: a pronoun ("man", "er"), or capitalised words ("Der
 * Bund", "Die Deutsche Bahn"), but for a measure before a noun ("Der 38 Jahre alte Bürgermeister").
 */
function endsSubject(tokens: readonly Token[], j: number, from: number, lex: Lexicon): boolean {
  const prev = tokens[j - 1]!;
  if (prev.kind !== "word") return false;
  if (lex.expletives.has(prev.lower) || lex.pronouns.has(prev.lower)) return true;
  // "Die neue Regel": a capitalised determiner opens the sentence, no subject.
  if (!prev.cap || isClosedClass(prev.lower, lex)) return false;
  let k = j - 1;
  while (k > from && tokens[k - 1]!.kind === "word" && tokens[k - 1]!.cap) k--;
  if (!tokens[j + 1]?.cap) return true;
  // Before a noun the word is an adjective, unless the clause opened with its subject: "Der Streik
  // treffe Millionen Pendler", not "im wichtigen Dienst öffentliche Unterstützung".
  const before = tokens[k - 1];
  const measure = k > from && !!before && (/^\d/.test(before.text) || lex.plural.has(before.lower));
  for (let i = from; i < k && !measure; i++) if (lex.prepositions.has(tokens[i]!.lower)) return false;
  return !measure;
}
