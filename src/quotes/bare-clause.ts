import type { Span } from "../types";
import type { Token } from "./tokens";
import { isDeterminer, type BareClause, type Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";
import { plainSubject } from "./plain-subject";
import { isUnrealised } from "./verbs";
import { sourcePhrase } from "./attribute";
import { isClosedClass } from "./subjunctive";

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
  // "promised to reverse it if …": an infinitive follows, no clause.
  if (bare.orders.has(tokens[k + 1]?.lower ?? "")) return null;
  const told = bare.objectVerbs.has(verb.lower);
  for (let j = k + 1; j < to && j <= k + 1 + MAX_LEAD; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") return null;
    // "told reporters members had won …": a bare noun the verb tells leaves the clause to the next word.
    const told1 = told && j === k + 1 && !isDeterminer(t.lower, lex) && !bare.subjects.has(t.lower);
    // "told him to save it for …": an order, no report.
    if (told1 && bare.orders.has(tokens[j + 1]?.lower ?? "")) return null;
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
export const leadsIn = (t: Token, lex: Lexicon, bare: BareClause) =>
  lex.prepositions.has(t.lower) || bare.leads.has(t.lower) || t.lower.endsWith("ly");

/** Whether a subject and its finite verb open the words at `j`: "it would", "the strike killed", "Washington was". */
export function opensClause(tokens: readonly Token[], j: number, to: number, lex: Lexicon, bare: BareClause): boolean {
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
  for (let v = j + 1, skipped = 0; v < to && v <= j + MAX_SUBJECT + skipped; v++) {
    const w = tokens[v]!;
    const prev = tokens[v - 1]!.lower;
    // "the fire, which began on Sunday, was": a relative clause set off inside the subject goes on after it.
    const close = w.text === "," && lex.subordinators.has(tokens[v + 1]?.lower ?? "") ? setOffEnd(tokens, v + 2, to) : -1;
    if (close > 0) {
      skipped += close - v;
      v = close;
      continue;
    }
    // The period of an abbreviation goes on: "the U.S. economy"; so does a percentage: "64% of members".
    if ((w.text === "." && (prev.includes(".") || lex.abbreviations.has(prev))) || (w.text === "%" && /\d$/.test(prev))) continue;
    // "warmer, drier winters are", "the timing, in the middle of winter, could": a comma between
    // lower-case words inside the subject goes on.
    if (w.text === "," && !tokens[v - 1]!.cap && tokens[v + 1]?.kind === "word" && !tokens[v + 1]!.cap) continue;
    if (w.kind !== "word") return false;
    if (isFinite(w, prev, lex, bare)) {
      if (!coordinated(tokens, v, lex, bare)) return true;
      continue;
    }
    if (bare.subjects.has(w.lower) || lex.complementizers.has(w.lower) || lex.subordinators.has(w.lower)) return false;
    // A second noun phrase starts after a preposition or "and" only: "the agency's board in Geneva the situation" is two.
    if (isDeterminer(w.lower, lex) && !lex.prepositions.has(prev) && !lex.conjunctions.has(prev)) return false;
  }
  return false;
}

/** Words a relative clause set off inside a subject may span: "which began on Sunday near the town of Paradise". */
const MAX_RELATIVE = 12;

/** The comma that closes words set off from `from` within a few words, else -1. */
function setOffEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let c = from; c < to && c <= from + MAX_RELATIVE; c++) {
    if (tokens[c]!.text === ",") return c;
    if (tokens[c]!.kind !== "word") return -1;
  }
  return -1;
}

/**
 * Whether the verb at `v` follows "and" (maybe and an adverb): the sentence subject's, after a noun
 * phrase it announced, no clause's ("Lipinski announced a resignation in mid-August and then
 * persuaded …"), or a noun of the subject ("the foreshore and seabed have …").
 */
function coordinated(tokens: readonly Token[], v: number, lex: Lexicon, bare: BareClause): boolean {
  const prev = tokens[v - 1]!;
  if (lex.coordinators.has(prev.lower)) return true;
  return (bare.leads.has(prev.lower) || prev.lower.endsWith("ly")) && lex.coordinators.has(tokens[v - 2]?.lower ?? "");
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

/** Whether a word is a finite verb after the word `prev`: listed ("was"), or a past form after a noun ("the strike killed", "the bill went"). */
function isFinite(w: Token, prev: string, lex: Lexicon, bare: BareClause): boolean {
  if (bare.finite.has(w.lower)) return true;
  if (w.cap || isDeterminer(prev, lex) || lex.prepositions.has(prev)) return false;
  return bare.pastForms.has(w.lower) || bare.finiteEndings.some((e) => w.lower.endsWith(e) && w.lower.length >= e.length + PAST_STEM);
}

/**
 * Where the words reported from `clause` end before the sentence's end `to`: at a comma before a
 * source ("…, according to health officials"), before a verb the sentence's subject shares
 * ("…, but stopped short of …", "… but warned that …") or a participle of saying ("…, adding"),
 * all the writer's words.
 */
function reportEnd(tokens: readonly Token[], clause: number, to: number, lex: Lexicon): number {
  for (let j = clause + 1; j < to - 1; j++) {
    // "…would ease overnight but warned that …": a second saying of the sentence's subject.
    const next = tokens[j + 1]!;
    if (
      lex.coordinators.has(tokens[j]!.lower) &&
      next.kind === "word" &&
      !next.cap &&
      lex.verbs.has(next.lower) &&
      !modalGoesOn(tokens, clause, j, lex)
    )
      return j;
    if (tokens[j]!.text !== ",") continue;
    if (sourcePhrase(tokens, j + 1, lex) > 0) return j;
    // "…, adding that the damage was …", "…, adding, “We’re not …”": the speaker goes on in a saying of their own.
    const w = tokens[j + 1]!.lower;
    if (lex.verbs.has(w) && lex.participleEndings.some((e) => w.endsWith(e))) return j;
    const verb = tokens[j + 2];
    if (lex.bareClause && lex.coordinators.has(tokens[j + 1]!.lower) && verb?.kind === "word" && isFinite(verb, "", lex, lex.bareClause))
      return j;
  }
  return to;
}

/** The last token of the words reported from `clause`: before `reportEnd`, trailing punctuation left out, down to `floor` at most. */
export function reportLast(tokens: readonly Token[], clause: number, to: number, lex: Lexicon, floor = clause): number {
  let end = reportEnd(tokens, clause, to, lex) - 1;
  while (end > floor && tokens[end]!.kind === "punct") end--;
  return end;
}

/**
 * Whether the infinitive after the coordinator at `j` shares a modal of the clause from `clause`:
 * "…would create 100,000 jobs and add £40bn to the economy" goes on with the words reported.
 */
function modalGoesOn(tokens: readonly Token[], clause: number, j: number, lex: Lexicon): boolean {
  if (!lex.baseVerbs.has(tokens[j + 1]!.lower)) return false;
  for (let m = clause; m < j; m++) if (lex.modals.has(tokens[m]!.lower)) return true;
  return false;
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
  // "…, officials have said": an auxiliary may stand between.
  const v = k - 1 > comma + 1 && lex.auxiliaries.has(tokens[k - 1]!.lower) ? k - 1 : k;
  const before = after
    ? null
    : (parseMention(text, tokens, comma + 1, v, lex) ??
      plainSubject(text, tokens, comma + 1, v, lex) ??
      nameAfterLower(text, tokens, comma + 1, v, lex));
  const mention = after ? parseMention(text, tokens, k + 1, to, lex) : before && described(text, tokens, before, v);
  if (!mention) return null;
  // "…, the minister told reporters on Friday": the person told and a time may follow, no clause.
  let tail = after ? mention.next : k + 1;
  const rest = tail;
  while (tail < to && tokens[tail]!.kind === "word") tail++;
  if (tail - rest > MAX_TAIL && !lex.prepositions.has(tokens[rest]?.lower ?? "")) return null;
  // "…, said several senators were still undecided": a verb after the words said is their clause's, no tail.
  for (let j = k + 1; after && j < tail; j++) if (isFinite(tokens[j]!, tokens[j - 1]!.lower, lex, bare)) return null;
  // "…, one of the sources said, adding that …", "…, told Reuters, as the company …": the writer's
  // words may go on after a comma in lower case.
  const goesOn = tokens[tail]?.text === "," && tokens[tail + 1]?.kind === "word" && !tokens[tail + 1]!.cap;
  if (!goesOn && (tail < to - 1 || (tail < to && tokens[tail]!.text === ","))) return null;
  // The writer's words before a colon are no part of it.
  let start = comma - 1;
  while (start > from && tokens[start - 1]!.text !== ":") start--;
  start = pastLeadIn(tokens, start, comma, lex, bare);
  // "…heading for a “cliff edge” in care funding, leaders warned": a quotation may stand inside the
  // words reported, not open or close them (the quotation's own attribution) nor follow the speaker.
  for (let j = comma + 1; j < tail; j++) if (tokens[j]!.kind === "quote") return null;
  if (tokens[start]!.kind === "quote" || tokens[comma - 1]!.kind === "quote") return null;
  // "At least 31 people have been hospitalized, officials said": the number's preposition leads in.
  const open = lex.prepositions.has(tokens[start]!.lower) && bare.numberLeads.has(tokens[start + 1]?.lower ?? "") ? start + 2 : start;
  if (!opensClause(tokens, open, comma, lex, bare) && !plainClause(tokens, open, comma, lex, bare)) return null;
  return { words: { start: tokens[start]!.start, end: tokens[comma - 1]!.end }, mention };
}

/**
 * A speaker before the verb at `v` that ends right there, or with the lower-case words that describe
 * a role or group up to it: "…, three sources familiar with the matter told Reuters"; else null.
 */
function described(text: string, tokens: readonly Token[], m: Mention, v: number): Mention | null {
  if (m.next === v) return m;
  if ((m.kind !== "role" && m.kind !== "group") || m.next > v) return null;
  for (let j = m.next; j < v; j++) if (tokens[j]!.kind !== "word" || tokens[j]!.cap) return null;
  const end = tokens[v - 1]!.end;
  return { ...m, text: text.slice(m.start, end), end, next: v };
}

/** Words a time, place or adverb before a clause's comma may span: "On Friday,", "Privately,". */
const MAX_LEAD_IN = 4;

/**
 * The start of the clause at `start` past a time, place or adverb set off by a comma that opens
 * it ("Privately, White House officials have …"), before the clause's own end at `end`.
 */
export function pastLeadIn(tokens: readonly Token[], start: number, end: number, lex: Lexicon, bare: BareClause): number {
  if (!leadsIn(tokens[start]!, lex, bare)) return start;
  for (let j = start + 1; j < end && j <= start + MAX_LEAD_IN; j++) {
    if (tokens[j]!.text === ",") return j + 1 < end ? j + 1 : start;
    if (tokens[j]!.kind !== "word") return start;
  }
  return start;
}

/** Lower-case words a role before a name may span where no list knows them: "state epidemiologist". */
const MAX_LOWER_ROLE = 3;

/**
 * A name right before the verb at `k` after lower-case role words from `i`: "…, state
 * epidemiologist Leisha Nolen told NPR". The words are its role.
 */
export function nameAfterLower(text: string, tokens: readonly Token[], i: number, k: number, lex: Lexicon): Mention | null {
  let j = i;
  while (j < k && j - i < MAX_LOWER_ROLE && tokens[j]!.kind === "word" && !tokens[j]!.cap && !isClosedClass(tokens[j]!.lower, lex)) j++;
  if (j === i || !tokens[j]?.cap) return null;
  const m = parseMention(text, tokens, j, k, lex);
  return m?.kind === "name" && m.next === k ? { ...m, role: m.role ?? text.slice(tokens[i]!.start, tokens[j - 1]!.end) } : null;
}

/** Words a clause before its speaker holds at least to be read as one without a verb known by its form. */
const MIN_PLAIN = 5;

/**
 * Whether the words [j, comma) before a speaker that ends its sentence are a clause whose verb no
 * form shows ("Rail services between Cardiff and Merthyr remain suspended, Transport for Wales
 * said"): a subject opens them, not a circumstance ("When asked", "Speaking to reporters").
 */
function plainClause(tokens: readonly Token[], j: number, comma: number, lex: Lexicon, bare: BareClause): boolean {
  const first = tokens[j]!;
  if (comma - j < MIN_PLAIN || !opensSubject(first, lex) || bare.subordinateOpeners.has(first.lower)) return false;
  return !lex.participleEndings.some((e) => first.lower.endsWith(e)) && !bare.finiteEndings.some((e) => first.lower.endsWith(e));
}
