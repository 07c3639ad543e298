import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import { isBareNoun, parseMention, parseMentionBefore, type Mention } from "./mention";

/** Words between a finite auxiliary and its participle: "hätten ihren französischen Mitarbeitern gesagt". */
const MAX_MIDDLE = 10;

/**
 * Whether token `k` of a sentence starting at `from` is a verb of saying. A capitalised form
 * counts only where the sentence or a colon opens it ("Sagt er: …"): elsewhere it is a name or
 * noun ("“…,” State Department …", "die Fragen").
 */
export function isSayingVerb(tokens: readonly Token[], k: number, from: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word" || !(lex.verbs.has(t.lower) || particleCloses(tokens, k, lex))) return false;
  const prev = tokens[k - 1];
  if (!lex.capitalisedNouns && nounPlace(tokens, k, lex)) return false;
  return !t.cap || k === from || (prev?.kind === "punct" && prev.text !== ",");
}

/**
 * Whether a word at `k` stands where a noun does, after a determiner or a source phrase: "in a
 * post on X", "according to state media" — where nouns are not capitalised, the verb's form is a noun's too.
 */
function nounPlace(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const prev = tokens[k - 1]?.lower ?? "";
  // "one said", "some say": a quantifier stands for people too.
  const article = lex.indefinite.has(prev) && !lex.plural.has(prev) && !lex.expletives.has(prev);
  if (lex.definite.has(prev) || article || lex.possessives.has(prev)) return true;
  return lex.sourceBefore.some((phrase) => phrase.every((w, n) => tokens[k - phrase.length + n]?.lower === w));
}

/** The token after the verb at `k` where its subject may follow, past a reflexive: "äußerte sich Merz". */
export const subjectAfter = (tokens: readonly Token[], k: number, lex: Lexicon) =>
  lex.reflexives.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;

/** Whether the stem of a separable verb at `k` has its particle last in its clause: "gab der Trainer nach dem Spiel zu". */
function particleCloses(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const particles = lex.separable.get(tokens[k]!.lower);
  if (!particles) return false;
  let j = k + 1;
  while (j <= k + MAX_MIDDLE && tokens[j]?.kind === "word") j++;
  return j > k + 1 && tokens[j]?.kind !== "word" && particles.has(tokens[j - 1]!.lower);
}

/**
 * Whether the verb at `k` is a saying not yet done: a modal before it in its clause ("would
 * announce", "werde sich „in Kürze“ äußern", quoted words included) or right after it ("sagen werde").
 */
export function isUnrealised(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return lex.modals.has(tokens[k + 1]?.lower ?? "") || inClauseBefore(tokens, k, 0, lex.modals, true, lex) >= 0;
}

/**
 * The finite auxiliary of the verb at `k` in its clause ("hat … gesagt", "has … said"), else -1.
 * The clause ends at a quote too: "Er hat Zeit und sagt …" has none.
 */
export function auxiliaryBefore(tokens: readonly Token[], k: number, floor: number, lex: Lexicon): number {
  return inClauseBefore(tokens, k, floor, lex.auxiliaries, false, lex);
}

/**
 * The last word of `set` in the clause before the verb at `k`, no further back than `floor` and
 * MAX_MIDDLE + 1 words, else -1. The clause ends at punctuation, a conjunction or a
 * complementizer, and at a quote unless `overQuotes` (then the quote counts as no word).
 */
function inClauseBefore(
  tokens: readonly Token[],
  k: number,
  floor: number,
  set: ReadonlySet<string>,
  overQuotes: boolean,
  lex: Lexicon,
): number {
  for (let j = k - 1, words = 0; j >= floor && words <= MAX_MIDDLE; j--) {
    const t = tokens[j]!;
    if (overQuotes && t.kind === "quote") continue;
    words++;
    if (t.kind !== "word" || lex.conjunctions.has(t.lower) || lex.complementizers.has(t.lower)) return -1;
    if (set.has(t.lower)) return j;
  }
  return -1;
}

/**
 * The subject of the verb at `k` with an auxiliary at `aux`: the mention before the auxiliary
 * ("Firmen … hätten"), else a name or pronoun right after it ("hatte Merz gesagt"), else one
 * that ends the clause after the verb ("a déclaré Rubio."). The other words before the participle
 * are objects ("ihren Mitarbeitern gesagt"), never the speaker.
 */
export function auxiliarySubject(
  text: string,
  tokens: readonly Token[],
  aux: number,
  k: number,
  floor: number,
  ceiling: number,
  lex: Lexicon,
  known: (name: string) => boolean,
): Mention | null {
  const before = parseMentionBefore(text, tokens, aux, floor, lex);
  // "Damit hat es …", "vor zehn Jahren hatte …": a bare noun or adverb there is no subject.
  if (before && !isBareNoun(before, lex, known)) return before.kind === "place" ? null : before;
  const inside = parseMention(text, tokens, aux + 1, k, lex);
  if (inside?.kind === "name" || inside?.kind === "pronoun") return inside;
  // "hat (mir) ein General gesagt": a name or person that fills all between auxiliary and
  // participle is the subject, after at most an object pronoun ("mir").
  const from = inside || tokens[aux + 1]?.kind !== "word" || tokens[aux + 1]!.cap ? aux + 1 : aux + 2;
  const phrase = from === aux + 1 ? inside : parseMention(text, tokens, from, k, lex);
  if (phrase?.next === k && isSubjectPhrase(phrase, tokens[from]!.lower, lex)) return phrase;
  const after = parseMention(text, tokens, k + 1, ceiling, lex);
  const ends = after && tokens[after.next]?.kind !== "word";
  return ends && after.kind !== "place" && after.kind !== "impersonal" ? after : null;
}

/**
 * A name, or a person after an article that no object takes: "ein General", not "dem Minister",
 * "ihren Mitarbeitern" (a possessive's case is unclear) or "der Zeitung" (a body, told).
 */
function isSubjectPhrase(m: Mention, det: string, lex: Lexicon): boolean {
  if (m.kind === "name") return true;
  const article = (lex.definite.has(det) || lex.indefinite.has(det)) && !lex.objectDeterminers.has(det);
  return (m.kind === "role" || m.kind === "group") && article && m.head !== null && lex.roles.has(m.head);
}
