import type { Span } from "../types";
import type { Token } from "./tokens";
import { isDeterminer, type BareClause, type Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";
import { plainSubject } from "./plain-subject";
import { isUnrealised } from "./verbs";
import { sourcePhrase } from "./attribute";

/** Words between the verb and its clause: "on Wednesday", "in a statement", "told the agency's board in Geneva". */
const MAX_LEAD = 6;
/** Words a clause's subject may span before its verb: "the number of measles cases in the state's South Plains region has". */
const MAX_SUBJECT = 12;
/** Letters a past form holds before its ending: "killed", not "red". */
const PAST_STEM = 3;

/**
 * The first token of a reported clause that no complementizer opens after the verb of saying at
 * `k` of a sentence from `from` ("Powell said the economy was slowing", "told reporters at the White House the
 * administration had …"), else null: a subject and then, within a few words, a finite verb.
 * Only a time, place or adverb ("said on Wednesday") may come between, or for a verb of telling the person told.
 */
export function bareClause(tokens: readonly Token[], from: number, k: number, to: number, lex: Lexicon): number | null {
  const bare = lex.bareClause;
  const verb = tokens[k]!;
  if (!bare || !bare.verbs.has(verb.lower) || bare.notAfter.has(tokens[k - 1]?.lower ?? "") || isUnrealised(tokens, k, lex)) return null;
  if (bare.subordinateOpeners.has(tokens[from]!.lower)) return null;
  const told = bare.objectVerbs.has(verb.lower);
  for (let j = k + 1; j < to && j <= k + 1 + MAX_LEAD; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") return null;
    // "told reporters members had won …": a bare noun the verb tells leaves the clause to the next word.
    const told1 = told && j === k + 1 && !isDeterminer(t.lower, lex) && !bare.subjects.has(t.lower);
    if (told1 && tokens[j + 1]?.kind === "word" && opensClause(tokens, j + 1, to, lex, bare)) return atLeast(tokens, j + 1, k, lex, bare);
    if (opensClause(tokens, j, to, lex, bare)) return atLeast(tokens, j, k, lex, bare);
    if (j === k + 1 && !told && !leadsIn(t, lex, bare)) return null;
  }
  return null;
}

/** The clause's start `j`, or the preposition before it that opens its number there: "at least six people had died". */
const atLeast = (tokens: readonly Token[], j: number, k: number, lex: Lexicon, bare: BareClause) =>
  j - 1 > k && bare.numberLeads.has(tokens[j]!.lower) && lex.prepositions.has(tokens[j - 1]!.lower) ? j - 1 : j;

/** Whether a word after "said" may open a time or place before the clause: "on", "Wednesday", "earlier", "previously". */
const leadsIn = (t: Token, lex: Lexicon, bare: BareClause) =>
  lex.prepositions.has(t.lower) || bare.leads.has(t.lower) || t.lower.endsWith("ly");

/** Whether a subject and its finite verb open the words at `j`: "it would", "the strike killed", "Washington was". */
function opensClause(tokens: readonly Token[], j: number, to: number, lex: Lexicon, bare: BareClause): boolean {
  const t = tokens[j]!;
  if (bare.subjects.has(t.lower)) {
    // After a subject pronoun comes its verb, whatever its form: "they face", "she worried".
    const v = tokens[j + 1];
    return (
      v?.kind === "word" &&
      !v.cap &&
      j + 2 < to &&
      !lex.prepositions.has(v.lower) &&
      !lex.conjunctions.has(v.lower) &&
      !lex.complementizers.has(v.lower)
    );
  }
  // "the people he said were killed": a verb there has its subject before.
  if (!opensSubject(t, lex) || bare.finite.has(t.lower)) return false;
  for (let v = j + 1; v < to && v <= j + MAX_SUBJECT; v++) {
    const w = tokens[v]!;
    const prev = tokens[v - 1]!.lower;
    // The period of an abbreviation goes on: "the U.S. economy"; so does a percentage: "64% of members".
    if ((w.text === "." && (prev.includes(".") || lex.abbreviations.has(prev))) || (w.text === "%" && /\d$/.test(prev))) continue;
    // "warmer, drier winters are", "the timing, in the middle of winter, could": a comma between
    // lower-case words inside the subject goes on.
    if (w.text === "," && !tokens[v - 1]!.cap && tokens[v + 1]?.kind === "word" && !tokens[v + 1]!.cap) continue;
    if (w.kind !== "word") return false;
    if (isFinite(w, prev, lex, bare)) return true;
    if (bare.subjects.has(w.lower) || lex.complementizers.has(w.lower) || lex.subordinators.has(w.lower)) return false;
    // A second noun phrase starts after a preposition or "and" only: "the agency's board in Geneva the situation" is two.
    if (isDeterminer(w.lower, lex) && !lex.prepositions.has(prev) && !lex.conjunctions.has(prev)) return false;
  }
  return false;
}

/** Whether a word may open a clause's subject: a determiner, a name or a noun; no preposition, adverb or pronoun object. */
function opensSubject(t: Token, lex: Lexicon): boolean {
  if (isDeterminer(t.lower, lex)) return true;
  const w = t.lower;
  return !(
    lex.notNames.has(w) ||
    lex.prepositions.has(w) ||
    lex.conjunctions.has(w) ||
    lex.complementizers.has(w) ||
    lex.subordinators.has(w) ||
    lex.objectPronouns.has(w) ||
    w.endsWith("ly")
  );
}

/**
 * Whether a lower-case word may be a clause's finite verb: a listed form or a past ending where a
 * language lists them ("welcomed"), any lower-case word where nouns are capitalised ("begrüßte").
 */
export function mayBeFinite(t: Token, lex: Lexicon): boolean {
  if (t.kind !== "word" || t.cap || isDeterminer(t.lower, lex) || lex.prepositions.has(t.lower) || lex.conjunctions.has(t.lower))
    return false;
  const bare = lex.bareClause;
  return bare ? lex.verbs.has(t.lower) || isFinite(t, "", lex, bare) : lex.capitalisedNouns;
}

/** Whether a word is a finite verb after the word `prev`: listed ("was"), or a past form after a noun ("the strike killed"). */
function isFinite(w: Token, prev: string, lex: Lexicon, bare: BareClause): boolean {
  if (bare.finite.has(w.lower)) return true;
  if (w.cap || isDeterminer(prev, lex) || lex.prepositions.has(prev)) return false;
  return bare.finiteEndings.some((e) => w.lower.endsWith(e) && w.lower.length >= e.length + PAST_STEM);
}

/**
 * Where the words reported from `clause` end before the sentence's end `to`: at a comma before a
 * source ("…, according to health officials") or before a verb the sentence's subject shares
 * ("…, but stopped short of …", "… but warned that …"), all the writer's words.
 */
export function reportEnd(tokens: readonly Token[], clause: number, to: number, lex: Lexicon): number {
  for (let j = clause + 1; j < to - 1; j++) {
    // "…would ease overnight but warned that …": a second saying of the sentence's subject.
    const next = tokens[j + 1]!;
    if (lex.coordinators.has(tokens[j]!.lower) && next.kind === "word" && !next.cap && lex.verbs.has(next.lower)) return j;
    if (tokens[j]!.text !== ",") continue;
    if (sourcePhrase(tokens, j + 1, lex) > 0) return j;
    const verb = tokens[j + 2];
    if (lex.bareClause && lex.coordinators.has(tokens[j + 1]!.lower) && verb?.kind === "word" && isFinite(verb, "", lex, lex.bareClause))
      return j;
  }
  return to;
}

/** Words a speaker set off by a comma before its verb may span: "…, a spokesperson for the agency told CNN". */
const MAX_SPEAKER = 8;
/** Words after the verb that may end such a sentence: "…, the airport said on Friday". */
const MAX_TAIL = 4;

/**
 * Reported speech before its speaker, where mood does not mark it: "Flights were operating
 * normally, the airport said.", "…, said a spokesperson." The words before the comma are a clause
 * of their own (a subject and its verb), and the sentence ends soon after the verb of saying at `k`.
 */
export function frontedClause(
  text: string,
  tokens: readonly Token[],
  from: number,
  k: number,
  to: number,
  lex: Lexicon,
): { words: Span; mention: Mention } | null {
  const bare = lex.bareClause;
  const verb = tokens[k]!;
  if (!bare || !bare.verbs.has(verb.lower) || bare.notAfter.has(tokens[k - 1]?.lower ?? "") || isUnrealised(tokens, k, lex)) return null;
  let comma = k - 1;
  while (comma > from && comma >= k - MAX_SPEAKER && tokens[comma]!.kind === "word") comma--;
  if (tokens[comma]?.text !== "," || comma <= from) return null;
  const after = comma === k - 1;
  const before = after ? null : (parseMention(text, tokens, comma + 1, k, lex) ?? plainSubject(text, tokens, comma + 1, k, lex));
  const mention = after ? parseMention(text, tokens, k + 1, to, lex) : before?.next === k ? before : null;
  if (!mention) return null;
  // "…, the minister told reporters on Friday": the person told and a time may follow, no clause.
  let tail = after ? mention.next : k + 1;
  const rest = tail;
  while (tail < to && tokens[tail]!.kind === "word") tail++;
  if (tail - rest > MAX_TAIL && !lex.prepositions.has(tokens[rest]?.lower ?? "")) return null;
  if (tail < to - 1 || (tail < to && tokens[tail]!.text === ",")) return null;
  // The writer's words before a colon are no part of it.
  let start = comma - 1;
  while (start > from && tokens[start - 1]!.text !== ":") start--;
  if (!opensClause(tokens, start, comma, lex, bare)) return null;
  return { words: { start: tokens[start]!.start, end: tokens[comma - 1]!.end }, mention };
}
