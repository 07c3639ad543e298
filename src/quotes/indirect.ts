import type { Span } from "../types";
import type { Token } from "./tokens";
import { hasRole, isDeterminer, type Lexicon } from "./lexicon";
import { parseMention, parseMentionBefore, type Mention } from "./mention";
import { auxiliaryBefore, auxiliarySubject, isSayingVerb, subjectAfter } from "./verbs";
import { isSubjunctive } from "./subjunctive";
import { isReportedMainClause } from "./main-clause";
import { afterDateline, bodyNamed, clauseSubject, isGroupPronoun, nameAfterRole } from "./attribute";
import { bareClause, frontedClause, leadsIn, mayBeFinite, reportLast } from "./bare-clause";
import { plainSubject } from "./plain-subject";
import { parenthetical } from "./parenthetical";
import { sourcedReport } from "./sourced";
import { byStart, lastBelow } from "./search";

export interface Reported {
  words: Span;
  mention: Mention;
}

/** Words allowed between a verb of saying and "that": "said on Tuesday that". */
const MAX_GAP = 3;
/** Words after the speaker that may end a sentence of fronted reported speech: "sagte Wilke im Landtag". */
const MAX_TAIL = 3;
/** A reported clause shows its subjunctive within its first words: "es wäre …", "sie könne …". */
const SUBJUNCTIVE_WITHIN = 3;
/** Words of a clause without a verb of its own that a coordinator may follow: "das Tempo aber nicht". */
const MAX_ELLIPTIC = 4;

/**
 * Reported speech in one sentence [from, to) without quotes, precision first: a verb of saying
 * with a named subject, then either a complementizer ("said that …", "sagte, dass …") or, where
 * the language marks reported speech by mood, a comma and a clause whose verb is subjunctive
 * ("teilte mit, es wäre völlig unrealistisch, …").
 */
export function findReported(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
  bodyForIt: () => Mention | null,
): Reported | null {
  // A quotation's own sentence reports no more than a clause before it opens: "said the plan was “a disgrace”".
  const quote = firstQuote(tokens, from, to);
  // "SEATTLE, Nov 27 (Reuters) - Boeing's workers voted …, their union said": the dateline is no part of it.
  from = afterDateline(tokens, from, to);
  // Its verbs of saying, read once for both readings below.
  const verbs: number[] = [];
  for (let k = from; k < to; k++) if (isSayingVerb(tokens, k, from, lex)) verbs.push(k);
  // A report whose speaker, "it" taken up, is someone named who can speak; else null.
  const spoken = (r: Reported | null): Reported | null => {
    const mention = r && resolveIt(r.mention, lex, bodyForIt);
    return r && mention && !unnamed(mention, lex) && speaks(mention) ? { ...r, mention } : null;
  };
  if (verbs.length === 0 && quote === to) return spoken(sourcedReport(text, tokens, from, to, lex));
  for (const k of verbs) {
    if (k < from + 2) continue;
    // A quotation may stand inside words fronted before their speaker ("…a “cliff edge” in care
    // funding, leaders warned"), or after a speaker set off ("The bill, he said, would “rip …”").
    if (quote < to) {
      const found =
        (quote > k ? spoken(parenthetical(text, tokens, from, k, to, lex)) : null) ?? spoken(frontedClause(text, tokens, from, k, to, lex));
      if (found) return found;
      // "Es solle „so bald wie möglich“ ausgezahlt werden, teilte eine Sprecherin mit": words the
      // mood shows as reported hold the quotation, which neither opens nor closes them (then it
      // is the quotation's own attribution: "Der Entwurf sei „zu unverbindlich“, kritisierte Spahn").
      const inside = quote > from && lastQuote(tokens, from, to) < k - 2;
      if (inside && isFronted(tokens, from, k, lex)) return frontedReport(text, tokens, from, k, to, lex, speaks);
      continue;
    }
    if (isFronted(tokens, from, k, lex)) return frontedReport(text, tokens, from, k, to, lex, speaks);
    const found = spoken(parenthetical(text, tokens, from, k, to, lex)) ?? spoken(frontedClause(text, tokens, from, k, to, lex));
    if (found) return found;
  }
  const last = lastQuote(tokens, from, to);
  for (const k of verbs) {
    // "accused ministers of “…” and said the Conservatives would …": a verb after the last quotation
    // may report, where a coordinator or a comma opens a saying of its own ("“…,” he said" reports nothing more).
    if (k >= quote && (k < last || !joinsAnew(tokens, k, lex))) continue;
    const impersonal = lex.impersonal.has(tokens[k]!.lower);
    const marked = thatClause(tokens, k, to, lex) ?? subjunctiveClause(tokens, k, to, lex);
    const clause = marked ?? bareClause(tokens, from, k, to, lex);
    // "Aus dem Ministerium hieß es, der Bund unterstütze …": the body named beside "es" speaks.
    const body = impersonal && clause !== null ? bodyNamed(text, tokens, from, clause, lex) : null;
    if (impersonal && !body) continue;
    // "declared a state of emergency and said the state would …", "Officials, who had warned for
    // days …, said the cause …": a later verb of saying may report where this one does not.
    if (clause === null) continue;
    if (k < quote && clause >= quote) return null;
    // Before a clause that no word opens, the words after the verb are the person told ("told NPR they …").
    const subject =
      body ??
      (participle(tokens, k, lex)
        ? ownSubject(clauseSubject(text, tokens, from, k, lex, known, speaks))
        : subjectOf(text, tokens, k, from, marked === null ? k + 1 : to, lex, known));
    const mention = subject && resolveIt(subject, lex, bodyForIt);
    // "Fire officials, who had warned for days that …, said": a verb whose subject is a relative
    // pronoun leaves the report to the next.
    if (!mention && afterRelative(tokens, k, from, lex)) continue;
    if (!mention || unnamed(mention, lex) || !(speaks(mention) || opensWithName(mention, tokens, from, k, lex))) return null;
    let end = reportLast(tokens, clause, to, lex);
    // The closing mark of a quoted phrase too short to be a quote stays: 'was "a disgrace".'
    if (lex.marks.has(tokens[end + 1]?.text ?? "") && tokens[end + 1]!.start === tokens[end]!.end) end++;
    // A clause that is one such phrase ("showed that “Europe delivers”") is no report.
    if (end <= clause || (lex.marks.has(tokens[clause]!.text) && lex.marks.has(tokens[end]!.text))) return null;
    return { words: { start: tokens[clause]!.start, end: tokens[end]!.end }, mention };
  }
  return null;
}

/**
 * The report of a second verb of saying that a coordinator joins right after the report `r` of a
 * sentence [from, to), by the same speaker: "said the winds would ease overnight but warned that
 * the dry conditions would persist". Null where none follows.
 */
export function alsoReported(r: Reported, tokens: readonly Token[], from: number, to: number, lex: Lexicon): Reported | null {
  const k = r.words.end <= r.mention.start ? addedAfter(r, tokens, to) : joinedAfter(r, tokens, lex);
  if (k < 0 || k >= to || !isSayingVerb(tokens, k, from, lex)) return null;
  if (r.words.end <= r.mention.start && !participle(tokens, k, lex)) return null;
  const clause = thatClause(tokens, k, to, lex) ?? subjunctiveClause(tokens, k, to, lex) ?? bareClause(tokens, from, k, to, lex);
  if (clause === null || firstQuote(tokens, k, to) < to) return null;
  const end = reportLast(tokens, clause, to, lex);
  return end > clause ? { words: { start: tokens[clause]!.start, end: tokens[end]!.end }, mention: r.mention } : null;
}

/** The verb a coordinator or a comma joins right after the report `r`: "…would ease overnight but warned that …"; else -1. */
function joinedAfter(r: Reported, tokens: readonly Token[], lex: Lexicon): number {
  let e = lastBelow(tokens, r.words.end, byStart) + 1;
  if (tokens[e]?.text === ",") e++;
  // "…that he would vote no, arguing the bill spent too much": a participle of saying goes on too.
  if (tokens[e]?.kind === "word" && participle(tokens, e, lex)) return e;
  return lex.coordinators.has(tokens[e]?.lower ?? "") ? e + 1 : -1;
}

/** The word after the first comma that follows the speaker of words fronted: "…, one of the sources said, adding that …". */
function addedAfter(r: Reported, tokens: readonly Token[], to: number): number {
  let c = lastBelow(tokens, r.mention.end, byStart) + 1;
  while (c < to && tokens[c]!.text !== ",") c++;
  return c + 1;
}

/**
 * Whether the verb at `k` is a participle after a comma, whose subject is its sentence's: "blocked
 * a Texas law, saying it likely violates …".
 */
const participle = (tokens: readonly Token[], k: number, lex: Lexicon) =>
  tokens[k - 1]?.text === "," && lex.participleEndings.some((e) => tokens[k]!.lower.endsWith(e));

const ownSubject = (m: Mention | "nobody" | null) => (m === "nobody" ? null : m);

/** Whether the verb at `k`, or its auxiliary, follows a relative pronoun: "who had warned". */
function afterRelative(tokens: readonly Token[], k: number, from: number, lex: Lexicon): boolean {
  const aux = auxiliaryBefore(tokens, k, from, lex);
  return lex.relativePronouns.has(tokens[(aux >= 0 ? aux : k) - 1]?.lower ?? "");
}

/** "It said it had targeted …": "it" takes up the body the sentence before opened with. */
const resolveIt = (m: Mention, lex: Lexicon, bodyForIt: () => Mention | null) =>
  m.kind === "impersonal" && lex.neuterPronouns.has(m.text.toLowerCase()) ? (bodyForIt() ?? m) : m;

/**
 * Whether a one-word name opens the sentence right before its verb of saying or the verb's
 * auxiliary, or an adverb set off: "Ofwat said the average bill would …". A capital there says nothing of a name elsewhere, but a report follows.
 */
function opensWithName(m: Mention, tokens: readonly Token[], from: number, k: number, lex: Lexicon): boolean {
  const t = tokens[from]!;
  // "Supporters have said the display is …": an auxiliary may stand between.
  const verb = k === from + 2 && lex.auxiliaries.has(tokens[from + 1]!.lower) ? from + 1 : k;
  // "Democrats, however, said that …": so may one adverb set off by commas.
  const setOff = verb === from + 4 && tokens[from + 1]!.text === "," && tokens[from + 3]!.text === ",";
  const adverb = setOff && !!lex.bareClause?.setOff.has(tokens[from + 2]!.lower);
  return m.kind === "name" && m.next === verb && (verb === from + 1 || adverb) && t.start === m.start && !lex.notNames.has(t.lower);
}

/**
 * The subject of the verb of saying at `k`: at its auxiliary where it has one, else before it;
 * after the verb only a name or pronoun ("sagte … ihren Mitarbeitern" is an object).
 */
function subjectOf(
  text: string,
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  lex: Lexicon,
  known: (name: string) => boolean,
): Mention | null {
  // "Polis declared a state of emergency and said …": a verb after "and" shares its clause's subject.
  if (k - 1 > from && lex.coordinators.has(tokens[k - 1]!.lower)) return sharedSubject(text, tokens, k - 1, from, lex, known);
  const aux = auxiliaryBefore(tokens, k, from, lex);
  if (aux >= 0) return auxiliarySubject(text, tokens, aux, k, from, to, lex, known) ?? plainSubject(text, tokens, from, aux, lex);
  const before = parseMentionBefore(text, tokens, k, from, lex) ?? plainSubject(text, tokens, from, k, lex);
  const after = parseMention(text, tokens, k + 1, to, lex);
  const afterNamed = after?.kind === "name" || after?.kind === "pronoun";
  // "Abschließend sagte Müller, …", "Vereinfachend sagen wir, …": where the verb comes second and
  // every noun is capitalised, one unknown word before it is an adverb and the one after it speaks.
  const adverb = before?.kind === "name" && before.start === tokens[from]!.start && before.next === k && !before.text.includes(" ");
  if (lex.capitalisedNouns && adverb && (afterNamed || after?.kind === "impersonal") && !known(before.text)) return after;
  // "Norman Baker, a former minister who now advises …, said": the name before the apposition speaks.
  const set = apposed(text, tokens, k, from, lex);
  if (set?.kind === "name" && before?.kind !== "name") return set;
  if (before ?? set) return before ?? set;
  // "…, told CNN that …": after a verb of telling stands the one told.
  return afterNamed && !lex.bareClause?.objectVerbs.has(tokens[k]!.lower) ? after : null;
}

/** Words a verb phrase before a coordinated verb of saying may span: "welcomed the investment but". */
const MAX_SHARED = 12;

/**
 * The subject of the first verb of a clause whose words run without punctuation up to the
 * coordinator at `c`: "Environment secretary Emma Reynolds welcomed the investment but said …".
 * Null where the words after the last punctuation before `c` hold no finite verb after a subject.
 */
function sharedSubject(
  text: string,
  tokens: readonly Token[],
  c: number,
  from: number,
  lex: Lexicon,
  known: (name: string) => boolean,
): Mention | null {
  // The first verb stands after the subject's last punctuation: "Gov. Jared Polis declared".
  let p = c - 1;
  // "accused ministers of “…” and said": a quotation is one of its words.
  while (p > from && tokens[p]!.kind !== "punct") p--;
  if (c - p > MAX_SHARED) return null;
  for (let j = Math.max(p + 1, from + 1); j < c; j++) {
    if (!mayBeFinite(tokens[j]!, lex)) continue;
    const m = subjectOf(text, tokens, j, from, j + 1, lex, known);
    if (m && m.end <= tokens[j]!.start) return m;
  }
  return null;
}

/**
 * Whether the sentence opens with reported speech that the verb of saying at `k` follows after a
 * comma: "Er habe damals nicht gewagt zu widersprechen, sagte der Mann." The clause before that
 * comma is a main clause that shows its subjunctive; "Was … geschehen sollte, beschreibt der
 * Beitrag" opens with a subordinate clause, the verb's object.
 */
function isFronted(tokens: readonly Token[], from: number, k: number, lex: Lexicon): boolean {
  if (lex.subjunctive.size === 0 || tokens[k - 1]!.text !== ",") return false;
  // The last clause before the comma that no subordinator opens: "…, als sich das Feuer ausbreitete"
  // is none; one a coordinator joins on counts if subjunctive, else the clause before it ("…, aber
  // beherrschbar", "…, das Tempo aber nicht"); so does the clause an infinitive clause hangs on.
  let end = k - 1;
  let start = end - 1;
  for (;;) {
    while (start > from && tokens[start - 1]!.text !== ",") start--;
    const first = tokens[start]!.lower;
    const joined =
      lex.coordinators.has(first) ||
      elliptic(tokens, start, end, lex) ||
      infinitive(tokens, start, end, lex) ||
      listed(tokens, start, end, lex);
    if (!lex.subordinators.has(first) && (!joined || subjunctiveIn(tokens, start, end, from, lex))) break;
    if (start <= from) return false;
    end = start - 1;
    start = end - 1;
  }
  return subjunctiveIn(tokens, start, end, from, lex);
}

/**
 * Whether a clause [start, end) ends in an infinitive, a lower-case verb after its marker, and so
 * hangs on the clause before: "…, die großen Häuser zu schonen" ("von Woche zu Woche" ends in a noun).
 */
function infinitive(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const verb = tokens[end - 1]!;
  return end - start >= 2 && !verb.cap && verb.kind === "word" && lex.infinitiveMarkers.has(tokens[end - 2]!.lower);
}

/**
 * Whether a short clause [start, end) repeats the one before but for its subject, a coordinator
 * after it in place of the verb: "Die Reise sei richtig, das Tempo aber nicht".
 */
function elliptic(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  if (end - start > MAX_ELLIPTIC) return false;
  for (let j = start + 1; j < end; j++) if (lex.coordinators.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * Whether a clause [start, end) closes a list with "und" and a lower-case verb, hanging on the
 * clause before: "Die Regierung könne nicht … aufrüsten, die Bahn sanieren und die Steuern senken".
 */
function listed(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const last = tokens[end - 1]!;
  if (last.kind !== "word" || last.cap) return false;
  for (let j = start + 1; j < end - 1; j++) if (lex.conjunctions.has(tokens[j]!.lower)) return true;
  return false;
}

/** Words an apposition between a subject and its verb may span: "who had warned for days that the combination of drought and wind created extreme risk". */
const MAX_APPOSED = 16;

/**
 * The subject before an apposition that a determiner, a relative pronoun or a participle opens,
 * set off by commas right before the verb at `k`: "Rand Paul, a longtime critic of tariffs, said",
 * "The Blue Lagoon, one of Iceland's most popular attractions, said", "Fire officials, who had
 * warned for days …, said", "Hiba Morgan, reporting from Khartoum, said" — where no role in it
 * tells the apposition from the subject.
 */
function apposed(text: string, tokens: readonly Token[], k: number, from: number, lex: Lexicon): Mention | null {
  if (tokens[k - 1]?.text !== ",") return null;
  let c = k - 2;
  // An abbreviation's period goes on: "a father of four in St. George".
  const inside = (t: Token, prev: Token | undefined) =>
    t.kind === "word" || (t.text === "." && !!prev && lex.abbreviations.has(prev.lower));
  while (c > from && c >= k - 2 - MAX_APPOSED && inside(tokens[c]!, tokens[c - 1])) c--;
  const det = tokens[c + 1]!.lower;
  // "Democrats, for their part, said", "Two aides, granted anonymity …, said": a prepositional phrase
  // or a past participle may stand there too.
  const participle = [...lex.participleEndings, ...(lex.bareClause?.finiteEndings ?? [])].some((e) => det.endsWith(e));
  // "Dr. Paul Offit, director of the Vaccine Education Center, told": so may a role noun; and one
  // adverb alone: "Viktor Orbán, meanwhile, repeated that …".
  const adverb = c === k - 3 && !!lex.bareClause?.setOff.has(det);
  // "Parents in Gaines County, where the outbreak began, told": so may a clause a subordinator opens.
  const clause = !!lex.bareClause?.subordinateOpeners.has(det);
  const opens =
    isDeterminer(det, lex) ||
    lex.relativePronouns.has(det) ||
    lex.prepositions.has(det) ||
    participle ||
    hasRole(lex, det) ||
    adverb ||
    clause;
  if (c <= from || tokens[c]!.text !== "," || !opens) return null;
  const m = parseMentionBefore(text, tokens, c, from, lex) ?? plainSubject(text, tokens, from, c, lex);
  return m && { ...m, next: k };
}

/** Whether a clause [start, end) shows a subjunctive verb, but for a question's first word ("Habe er …?"). */
function subjunctiveIn(tokens: readonly Token[], start: number, end: number, from: number, lex: Lexicon): boolean {
  for (let j = Math.max(start, from + 1); j < end; j++) if (isSubjunctive(tokens, j, start, lex)) return true;
  return false;
}

function frontedReport(
  text: string,
  tokens: readonly Token[],
  from: number,
  k: number,
  to: number,
  lex: Lexicon,
  speaks: (m: Mention) => boolean,
): Reported | null {
  // "…, hieß es aus dem Ministerium": the body after "es" speaks.
  const after = lex.impersonal.has(tokens[k]!.lower)
    ? bodyNamed(text, tokens, k + 1, to, lex)
    : parseMention(text, tokens, subjectAfter(tokens, k, lex), to, lex);
  const mention = after && (nameAfterRole(text, tokens, after, to, lex) ?? after);
  if (!mention || unnamed(mention, lex) || !speaks(mention)) return null;
  // "…, sagte Wilke im Landtag." ends the sentence, and so do prepositional phrases of any length
  // ("…, sagte sie in einem Interview mit Radio SRF."); "Nachdem …, äußerte er sich erneut zum Thema" goes on.
  let tail = mention.next;
  while (tail < to && tokens[tail]!.kind === "word") tail++;
  // "…, sagte Röttgen den Zeitungen der Funke-Mediengruppe": so does the one told.
  const told = isDeterminer(tokens[mention.next]?.lower ?? "", lex);
  if (tail - mention.next > MAX_TAIL && !told && !lex.prepositions.has(tokens[mention.next]?.lower ?? "")) return null;
  // The writer's words before a colon are no part of it: "…, war die Community bereit: Der Boot sei …".
  let start = k - 2;
  while (start > from && tokens[start - 1]!.text !== ":") start--;
  return { words: { start: tokens[start]!.start, end: tokens[k - 2]!.end }, mention };
}

/** Whether a mention names nobody: "es", "dort"; not "sie" of several, whom a group named before may be. */
const unnamed = (m: Mention, lex: Lexicon) => m.kind === "place" || (m.kind === "impersonal" && !isGroupPronoun(m, lex));

function thatClause(tokens: readonly Token[], k: number, to: number, lex: Lexicon): number | null {
  for (let j = k + 1; j < to && j <= k + 1 + MAX_GAP; j++) {
    const t = tokens[j]!;
    if (lex.complementizers.has(t.lower)) return j + 1 < to && !particleEnds(tokens, j, lex) ? j + 1 : null;
    if (t.kind !== "word" && t.text !== ",") return null;
    // "She said schools that saw the biggest gains had …": only a time, place or adverb ("said on
    // Tuesday that"), or the one told ("told reporters that"), stands between where a clause may go bare.
    const bare = lex.bareClause;
    if (bare && j === k + 1 && t.kind === "word" && !bare.objectVerbs.has(tokens[k]!.lower) && !leadsIn(t, lex, bare)) return null;
  }
  return null;
}

function subjunctiveClause(tokens: readonly Token[], k: number, to: number, lex: Lexicon): number | null {
  if (lex.subjunctive.size === 0) return null;
  let comma = -1;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.text === ",") {
      comma = j;
      break;
    }
    if (t.kind === "quote" || t.text === ";" || t.text === ":" || isSayingVerb(tokens, j, k, lex)) return null;
  }
  const first = tokens[comma + 1];
  if (comma < 0 || !first || first.kind !== "word" || particleEnds(tokens, comma, lex) || lex.subordinators.has(first.lower)) return null;
  // Its subject: a pronoun ("es wäre", "sie könne"), or a noun right before the verb ("der Bund
  // unterstütze"), not a relative clause's words ("…, die anonym bleiben wolle").
  const pronoun = lex.pronouns.has(first.lower) || lex.expletives.has(first.lower);
  for (let j = comma + 2; j < to && j <= comma + 1 + SUBJUNCTIVE_WITHIN; j++) {
    const noun = tokens[j - 1]!.cap && !lex.definite.has(tokens[j - 1]!.lower);
    // "notfalls werde man …": an adverb first, the verb second, as a main clause has it.
    const adverb = j === comma + 2 && !first.cap && !lex.definite.has(first.lower) && !lex.writer.has(first.lower);
    // "warnten, das sei falsch": an article right before the verb stands alone, a pronoun.
    const demonstrative = j === comma + 2 && lex.definite.has(first.lower);
    if ((pronoun || noun || adverb || demonstrative) && isSubjunctive(tokens, j, comma + 1, lex)) return comma + 1;
  }
  if (frontedPhrase(tokens, comma + 1, to, lex)) return comma + 1;
  return noAntecedent(tokens, k, comma, lex) && isReportedMainClause(tokens, comma + 1, to, lex) ? comma + 1 : null;
}

/** Words a fronted prepositional phrase may span: "ohne einen klaren Mechanismus zur Pflicht". */
const MAX_FRONTED = 8;

/**
 * Whether the clause at `c` opens with a prepositional phrase, its finite verb right after it in
 * the subjunctive: "…, ohne einen klaren Mechanismus zur Pflicht werde sich nichts ändern". The
 * phrase ends in a noun; in a relative clause ("…, für die er sich einsetze") a pronoun follows.
 */
function frontedPhrase(tokens: readonly Token[], c: number, to: number, lex: Lexicon): boolean {
  const first = tokens[c]!;
  if (first.cap || !lex.prepositions.has(first.lower)) return false;
  for (let j = c + 2; j < to && j <= c + MAX_FRONTED; j++) {
    if (tokens[j]!.kind !== "word") return false;
    if (isSubjunctive(tokens, j, c, lex)) return tokens[j - 1]!.cap;
  }
  return false;
}

/** Words a preposition may govern before the comma: "am frühen Montagabend". */
const MAX_GOVERNED = 3;

/**
 * Whether no noun ends the words between the verb at `k` and its comma, but for one a preposition
 * governs ("sagte am Montag,"): a noun or name there ("sagte eine Frau, die …") may take a relative clause.
 */
function noAntecedent(tokens: readonly Token[], k: number, comma: number, lex: Lexicon): boolean {
  for (let j = k + 1; j < comma; j++) {
    if (tokens[j]!.kind !== "word") return false;
    if (!tokens[j]!.cap) continue;
    let p = j - 1;
    while (p > k && j - p <= MAX_GOVERNED && !lex.prepositions.has(tokens[p]!.lower)) p--;
    if (p <= k || j - p > MAX_GOVERNED) return false;
  }
  return true;
}

/** A separable particle closing the main clause before `at` ("sagten danach zu, dass"): another verb. */
function particleEnds(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  let k = at - 1;
  if (tokens[k]?.text === ",") k--;
  return lex.falseParticles.has(tokens[k]?.lower ?? "");
}

/** Whether the verb at `k` opens a saying of its own: after a coordinator ("and said"), or a participle after a comma ("…, adding"). */
const joinsAnew = (tokens: readonly Token[], k: number, lex: Lexicon) =>
  lex.coordinators.has(tokens[k - 1]?.lower ?? "") || participle(tokens, k, lex);

/** The index of the last quotation token in [from, to), else -1. */
function lastQuote(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k]!.kind === "quote") return k;
  return -1;
}

/** The index of the first quotation token in [from, to), else `to`. */
function firstQuote(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === "quote") return k;
  return to;
}
