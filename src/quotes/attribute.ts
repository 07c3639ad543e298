import type { Token } from "./tokens";
import { isPersonNoun, takesUpGroup, type Lexicon } from "./lexicon";
import { isBareNoun, parseMention, parseMentionBefore, type Mention } from "./mention";
import { byStart, lastBelow } from "./search";
import { endsPossessive } from "../text/char-class";
import { auxiliaryBefore, auxiliarySubject, isSayingVerb, isUnrealised, subjectAfter } from "./verbs";

/** A place in a sentence that can name a speaker: a verb of saying, "laut", "zufolge", a colon. */
interface Cue {
  at: number;
  /** Cues of a lower rank are tried first, then the nearest to the quote. */
  rank: number;
  /** "nobody" when the words there can name no speaker. */
  find: () => Mention | "nobody" | null;
}

/**
 * The mention that a quote at token `q` is attributed to within its sentence [from, to): the
 * cue nearest to the quote that yields a mention wins, after-quote cues first on a tie.
 * Returns "nobody" when an impersonal verb ("hieß es") governs the quote, and the writer's
 * pronoun when the writer says it ("Ich sage meinen Studierenden immer: „…“").
 */
export function attribute(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  q: number,
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
): Mention | "nobody" | null {
  from = afterDateline(tokens, from, Math.min(q, to));
  const cues = findCues(text, tokens, from, to, q, lex, known, speaks);
  cues.sort((a, b) => a.rank - b.rank || Math.abs(a.at - q) - Math.abs(b.at - q) || b.at - a.at);
  let mute = false;
  for (const cue of cues) {
    const m = cue.find();
    if (!m) continue;
    // Words that name no speaker ("Example: „…“"): the next cue may name one.
    if (m === "nobody" || !speaks(m)) {
      mute = true;
      continue;
    }
    if (m.kind === "impersonal" && !isWriter(m, lex) && !isGroupPronoun(m, lex)) return "nobody";
    return m;
  }
  // "Yoon apologized …, saying they “…”": a participle's subject is the clause's subject — unless
  // a cue already named nobody ("drawing my chair …, I sat down and said:").
  const subject =
    cues.length && !mute ? clauseSubject(text, tokens, from, Math.min(q, ...cues.map((c) => c.at)), lex, known, speaks) : null;
  // Where the sentence names no speaker, nor does the conversation around it ("Imagine my surprise … replied").
  return subject ?? (mute ? "nobody" : null);
}

/** Tokens a dateline may run to its dash: "FRANKFURT , Oct 29 ( Reuters ) -". */
const MAX_DATELINE = 10;
const DASH = /^[-–—]$/;

/**
 * The first token after an agency's dateline that opens the sentence at `from` ("FRANKFURT, Oct 29
 * (Reuters) - The European Central Bank …", "TOKYO (AP) — A powerful …", "WASHINGTON — The
 * Senate …"): a place in capitals, then a comma or the agency in brackets, and a dash soon after;
 * or the dash at once. The place names no subject.
 */
export function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    tokens[k]!.kind === "word" &&
    tokens[k]!.text.length > 1 &&
    tokens[k]!.text === tokens[k]!.text.toUpperCase() &&
    /\p{Lu}/u.test(tokens[k]!.text)
  )
    k++;
  const next = tokens[k]?.text ?? "";
  if (k === from || !(next === "," || next === "(" || DASH.test(next))) return from;
  for (let j = k; j < to && j <= k + MAX_DATELINE; j++) if (DASH.test(tokens[j]!.text)) return j + 1;
  return from;
}

/**
 * The first mention in [from, to) that is no object and can speak, else "nobody"
 * when mentions there cannot ("Otherwise, you …"), else null. A German clause may open with its
 * object ("Diese Vision modellierte Foucault"). Where nouns are capitalised, a bare capitalised
 * word counts only as a known name ("vergangener Woche" is none).
 */
export function clauseSubject(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
): Mention | "nobody" | null {
  let mute = false;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.kind !== "word") continue;
    const m = parseMention(text, tokens, k, to, lex);
    if (!m || isBareNoun(m, lex, known)) continue;
    // A prepositional object, or one whose determiner shows its case ("Einen Zeitplan wollte er …").
    const object = lex.prepositions.has(tokens[k - 1]?.lower ?? "") || lex.objectDeterminers.has(tokens[k]!.lower);
    if (object || !speaks(m)) {
      mute ||= !object;
      k = m.next - 1;
      continue;
    }
    if (m.kind !== "impersonal" && m.kind !== "place") return m;
    // The writer is the subject: nobody the text names ("I sat down and said:").
    return mute || lex.writer.has(m.text.toLowerCase()) ? "nobody" : null;
  }
  return mute ? "nobody" : null;
}

/**
 * Unknown capitalised words where nouns are capitalised, alone or joined by "und": nouns, no
 * names ("profitiert von der starken Luftfahrt:", "in Häusern und Altbauwohnungen:").
 */
function bareNouns(m: Mention, lex: Lexicon, known: (name: string) => boolean): boolean {
  const words = m.text.split(" ");
  if (words.length > 1 && !words.some((w) => lex.conjunctions.has(w))) return false;
  return lex.capitalisedNouns && words.every((w) => lex.conjunctions.has(w) || !known(w));
}

/** Whether a mention is the writer's own pronoun ("ich", "I"). */
export const isWriter = (m: Mention | "nobody" | null, lex: Lexicon) =>
  m !== null && m !== "nobody" && m.kind === "impersonal" && lex.writer.has(m.text.toLowerCase());

/** Whether a mention is a plural pronoun that a group named before may stand for ("sie", "they"). */
export const isGroupPronoun = (m: Mention, lex: Lexicon) => m.kind === "impersonal" && takesUpGroup(m.text, lex);

/** Whether a word opens a subordinate clause: "dass", "wo". */
const subordinate = (t: Token, lex: Lexicon) => lex.subordinators.has(t.lower) || lex.complementizers.has(t.lower);

/** The first token after the last comma before `at`, or `floor`. */
function clauseStart(tokens: readonly Token[], at: number, floor: number): number {
  for (let k = at - 1; k > floor; k--) if (tokens[k]!.text === ",") return k + 1;
  return floor;
}

function findCues(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  q: number,
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
): Cue[] {
  const cues: Cue[] = [];
  /** The nearest quote token before `k` in the sentence, or the sentence start. */
  const floor = (k: number) => {
    for (let j = k - 1; j >= from; j--) if (tokens[j]!.kind === "quote") return j + 1;
    return from;
  };
  const ceiling = (k: number) => {
    for (let j = k + 1; j < to; j++) if (tokens[j]!.kind === "quote") return j;
    return to;
  };
  if (tokens[q - 1]?.text === ":") {
    // "Rubio: „…“", else the subject of the clause before the colon ("Dann schickt Gezer …:").
    const colon = q - 1;
    let start = clauseStart(tokens, colon, floor(colon));
    // "Der Kanzler machte deutlich, dass er keine Zeit verlieren wolle:": a subordinate clause
    // that says nothing itself and names its subject by a pronoun leaves the speaker to the
    // clause it hangs on.
    if (start > floor(colon) && subordinate(tokens[start]!, lex) && !hasSayingVerb(tokens, start, colon, lex)) {
      const sub = clauseSubject(text, tokens, start, colon, lex, known, speaks);
      if (sub !== "nobody" && sub?.kind === "pronoun") start = clauseStart(tokens, start - 1, floor(colon));
    }
    const m = parseMentionBefore(text, tokens, colon, floor(colon), lex);
    // The words before the colon name the speaker ("Rubio:"), unless they are an object
    // ("schickt sie Relotius eine WhatsApp-Nachricht:").
    const named = m?.kind === "name" && !bareNouns(m, lex, known);
    const whole = m && (named || m.kind === "pronoun" || tokens[start]!.start === m.start);
    // A colon after no speaker and no verb of saying ("FACC profitiert von der Luftfahrt: „…“,
    // sagte Konzernchef Robert Machtlinger") yields to the verb right after the quote.
    const says = named || m?.kind === "pronoun" || hasSayingVerb(tokens, floor(colon), colon, lex);
    // "Paul Gundersen said:", "Jeremy Parr told BBC Radio Wales:": a verb of saying with its
    // subject before it ends the words before the colon, which are none or its object.
    if (!subjectSaid(text, tokens, m?.start ?? tokens[colon]!.start, floor(colon), from, lex, known, speaks))
      cues.push({
        at: colon,
        rank: says || !saidRightAfter(tokens, q, to, lex) ? 0 : 1,
        find: () => (whole ? m : clauseSubject(text, tokens, start, colon, lex, known, speaks)),
      });
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    const quoted = lex.quotingVerbs.has(t.lower) ? quotedObject(text, tokens, k, ceiling(k), lex) : null;
    if (quoted) cues.push({ at: k, rank: 0, find: () => quoted });
    else if (isSayingVerb(tokens, k, from, lex) || calls(text, tokens, k, q, lex)) {
      // "said the president would announce “…”": a saying to come yields to one done.
      const rank = isUnrealised(tokens, k, lex) ? 1 : 0;
      cues.push({
        at: k,
        rank,
        find: () => relativeSubject(text, tokens, k, floor(k), lex) ?? verbSubject(text, tokens, k, floor(k), ceiling(k), lex, known),
      });
    } else if (lex.sourceAfter.has(t.lower)) {
      cues.push({
        at: k,
        rank: 0,
        find: () => sourcePronoun(tokens, k - 1, false, lex) ?? parseMentionBefore(text, tokens, k, floor(k), lex),
      });
    } else {
      const len = sourcePhrase(tokens, k, lex);
      if (len > 0 && !lex.verbs.has(tokens[k + len]?.lower ?? "")) {
        // "Several policymakers said …, according to the minutes": a source phrase further on
        // than right after the quote ("„…“, so Palla") names where the report is from; a verb of
        // saying in the sentence names who spoke.
        const further = k > q && !(k === q + 2 && tokens[q + 1]?.text === ",");
        cues.push({
          at: k,
          rank: further ? 1 : 0,
          find: () => sourcePronoun(tokens, k + len, true, lex) ?? parseMention(text, tokens, k + len, ceiling(k), lex),
        });
      }
    }
  }
  return cues;
}

/**
 * The one a quoting verb at `k` names as its object, who said what it quotes: "zitiert einen
 * westlichen Diplomaten mit den Worten", "quoted a senior official as saying". Null where no object
 * follows ("wird mit den Worten zitiert:", "quoted by Reuters"); where nouns are capitalised, a
 * subject may follow the verb first ("zitiert die Zeitung …"), so the object must show its case or be a name.
 */
function quotedObject(text: string, tokens: readonly Token[], k: number, ceiling: number, lex: Lexicon): Mention | null {
  const t = tokens[k]!;
  if (t.cap || lex.prepositions.has(tokens[k + 1]?.lower ?? "")) return null;
  const m = parseMention(text, tokens, k + 1, ceiling, lex);
  if (!m || m.kind === "impersonal" || m.kind === "place" || m.kind === "pronoun") return null;
  return !lex.capitalisedNouns || m.kind === "name" || lex.objectDeterminers.has(tokens[k + 1]!.lower) ? m : null;
}

/**
 * The subject of a verb of saying right after a relative pronoun: what the pronoun stands for
 * ("conservatives who call the credits a “slush fund”", "Merz, der sagte"), else "nobody" where
 * no mention ends there — never the sentence's subject. Null where no relative pronoun stands there.
 */
function relativeSubject(text: string, tokens: readonly Token[], k: number, floor: number, lex: Lexicon): Mention | "nobody" | null {
  const r = k - 1;
  if (r <= floor || tokens[r]!.kind !== "word" || !lex.relativePronouns.has(tokens[r]!.lower)) return null;
  // German sets the relative clause off by a comma; where an article stands before a verb it is none.
  if (lex.capitalisedNouns && tokens[r - 1]?.text !== ",") return null;
  const end = tokens[r - 1]?.text === "," ? r - 1 : r;
  return parseMentionBefore(text, tokens, end, floor, lex) ?? "nobody";
}

/** The subject of a verb of saying: before it ("Rubio sagte"), else after it ("sagte Rubio"). */
function verbSubject(
  text: string,
  tokens: readonly Token[],
  k: number,
  floor: number,
  ceiling: number,
  lex: Lexicon,
  known: (name: string) => boolean,
): Mention | null {
  if (lex.impersonal.has(tokens[k]!.lower)) {
    const after = parseMention(text, tokens, k + 1, ceiling, lex);
    if (after?.kind !== "impersonal") return after;
    // "So hieß es dort": the place word points back at a document.
    for (let j = k + 2; j < Math.min(ceiling, k + 4); j++) {
      const m = parseMention(text, tokens, j, ceiling, lex);
      if (m?.kind === "place") return m;
    }
    return bodyNamed(text, tokens, floor, ceiling, lex) ?? after;
  }
  const aux = auxiliaryBefore(tokens, k, floor, lex);
  if (aux >= 0) return auxiliarySubject(text, tokens, aux, k, floor, ceiling, lex, known);
  const before = parseMentionBefore(text, tokens, k, floor, lex);
  if (before && before.kind !== "place") return before;
  // "quoted an official as saying the plan was “…”": what follows a participle is what was said.
  if (lex.participleEndings.some((e) => tokens[k]!.lower.endsWith(e))) return null;
  const s = subjectAfter(tokens, k, lex);
  let after = parseMention(text, tokens, s, ceiling, lex) ?? nameSetOff(text, tokens, s, ceiling, lex);
  // "saying they “stemmed from …”": after the verb "they" opens what was said; German "sagten sie" is its subject.
  if (after?.kind === "impersonal" && lex.groupPronouns.has(after.text.toLowerCase()) && !lex.pluralPronouns.has(after.text.toLowerCase()))
    return null;
  // "saying it was “a small but vital opening”": so does "it" — the verb's speaker is the clause's subject.
  if (after?.kind === "impersonal" && lex.expletives.has(after.text.toLowerCase())) return null;
  // "sagte dem ZDF ein Sprecher": the one told is no speaker; who speaks may follow.
  if (after && lex.objectDeterminers.has(tokens[s]!.lower)) after = parseMention(text, tokens, after.next, ceiling, lex);
  if (after) after = nameAfterRole(text, tokens, after, ceiling, lex) ?? after;
  // "said Congress would “get to work …”": the subject of what was said, not of the saying.
  const verbAfter = tokens[after?.next ?? -1]?.lower ?? "";
  if (lex.modals.has(verbAfter) || lex.auxiliaries.has(verbAfter)) return null;
  // "said the RSF’s announcement was “…”": an owner before its noun opens what was said, unless
  // a name set off ends the clause ("said the BBC’s political editor, Chris Mason.").
  if (after && endsPossessive(after.text.toLowerCase()) && tokens[after.next]?.kind === "word")
    return nameSetOff(text, tokens, s, ceiling, lex);
  return after && after.kind !== "place" ? after : null;
}

/**
 * Whether a verb of saying with a speaker before it ends right before offset `start`. "Zugleich
 * mahnte sie:" has none: its verb stands second, after an adverb, and its subject follows.
 */
function subjectSaid(
  text: string,
  tokens: readonly Token[],
  start: number,
  floor: number,
  from: number,
  lex: Lexicon,
  known: (name: string) => boolean,
  speaks: (m: Mention) => boolean,
): boolean {
  const verb = lastBelow(tokens, start, byStart);
  if (verb < floor || !isSayingVerb(tokens, verb, from, lex)) return false;
  const before = parseMentionBefore(text, tokens, verb, floor, lex);
  return !!before && !isBareNoun(before, lex, known) && speaks(before);
}

/**
 * A document or body after a preposition in [from, to), where it says: "heißt es in einem
 * Bericht der Behörde", "Im Ministerium hieß es".
 */
export function bodyNamed(text: string, tokens: readonly Token[], from: number, to: number, lex: Lexicon): Mention | null {
  for (let j = from; j < to - 1; j++) {
    if (!lex.prepositions.has(tokens[j]!.lower)) continue;
    const m = parseMention(text, tokens, j + 1, to, lex);
    if (m?.kind !== "group") continue;
    // A plural without an article has no head: "Aus Regierungskreisen hieß es".
    const head = m.head ?? (m.next === j + 2 ? m.text.toLowerCase() : null);
    if (head && lex.bodies.has(head)) return authorOf(text, tokens, j + 1, m, lex) ?? m;
  }
  return null;
}

/** The author a document phrase names after its noun: "der Bundesregierung" in "einer Stellungnahme der Bundesregierung". */
function authorOf(text: string, tokens: readonly Token[], from: number, m: Mention, lex: Lexicon): Mention | null {
  if (!m.head || !lex.documents.has(m.head)) return null;
  let h = from;
  while (h < m.next && tokens[h]!.lower !== m.head) h++;
  if (h + 1 >= m.next || !lex.definite.has(tokens[h + 1]!.lower)) return null;
  const author = parseMention(text, tokens, h + 1, m.next, lex);
  // A name, a body ("der Bundesregierung", "des DOSB") or a person's role ("des Ministers"); a
  // noun in a form no list holds ("des Bauministeriums") leaves the document as the speaker.
  const ok = author?.kind === "name" || author?.kind === "group" || (author?.kind === "role" && isPersonNoun(lex, author.head ?? ""));
  return ok ? author : null;
}

/**
 * The name set off by a comma after a role that a verb of saying is followed by, where the name
 * ends the clause: "erklärte der Bezirksleiter der IG Metall Bayern, Horst Ott." — the role alone
 * would go to whoever was named last.
 */
export function nameAfterRole(text: string, tokens: readonly Token[], m: Mention, to: number, lex: Lexicon): Mention | null {
  if (m.kind === "name" || m.kind === "pronoun" || tokens[m.next]?.text !== ",") return null;
  const named = parseMention(text, tokens, m.next + 1, to, lex);
  if (named?.kind !== "name" || tokens[named.next]?.kind === "word") return null;
  return { ...named, role: named.role ?? m.text };
}

/** Tokens a role phrase before a name set off by a comma may span: "Sen. John Cornyn’s Democratic challenger". */
const MAX_ROLE_BEFORE = 8;

/**
 * A name set off by a comma after a role the mention parser cannot read, ending the clause:
 * "said Sen. John Cornyn’s Democratic challenger, Colin Allred."
 */
function nameSetOff(text: string, tokens: readonly Token[], i: number, to: number, lex: Lexicon): Mention | null {
  for (let c = i + 1; c < Math.min(to, i + MAX_ROLE_BEFORE); c++) {
    const t = tokens[c]!;
    if (t.kind !== "word" && t.text !== "," && t.text !== ".") return null;
    if (t.text !== ",") continue;
    const m = parseMention(text, tokens, c + 1, to, lex);
    const ends = !tokens[m?.next ?? -1] || tokens[m!.next]!.kind !== "word";
    return m?.kind === "name" && !m.role && ends ? { ...m, role: text.slice(tokens[i]!.start, t.start) } : null;
  }
  return null;
}

/**
 * Whether the verb at `k` calls something by the quote at `q` in its clause: "nannte den Plan
 * einen „…“", "nannte die Pläne „einen überfälligen Schritt“", "hatte den Entwurf als „…“
 * bezeichnet" — not "Die Formulierungen, wonach „…“, bezeichnet Steger als realitätsfremd", nor
 * "nennen Bund und Länder „…“" (what they name).
 */
function calls(text: string, tokens: readonly Token[], k: number, q: number, lex: Lexicon): boolean {
  if (!lex.callVerbs.has(tokens[k]!.lower)) return false;
  const link = tokens[q - 1]?.lower ?? "";
  const article = (w: string) => lex.indefinite.has(w) && !lex.plural.has(w);
  // The article may open the quote itself, after an object that its determiner shows:
  // "nannte die Pläne „einen überfälligen Schritt“".
  const first = /^\P{L}*(\p{L}+)/u.exec(text.slice(tokens[q]!.start, tokens[q]!.end))?.[1]?.toLowerCase() ?? "";
  const object = k < q && (lex.definite.has(tokens[k + 1]?.lower ?? "") || lex.possessives.has(tokens[k + 1]?.lower ?? ""));
  if (!lex.callLinks.has(link) && !article(link) && !(object && article(first))) return false;
  const [a, b] = k < q ? [k, q] : [q, k];
  for (let j = a + 1; j < b; j++) if (tokens[j]!.kind !== "word") return false;
  return true;
}

/** Whether a verb of saying stands in tokens [from, to): "Er räumt jedoch ein:". */
function hasSayingVerb(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) if (isSayingVerb(tokens, k, from, lex)) return true;
  return false;
}

/** A verb of saying or a source word right after the quote's comma: "„…“, sagte Rubio", "„…“, so Major". */
function saidRightAfter(tokens: readonly Token[], q: number, to: number, lex: Lexicon): boolean {
  const k = q + 2;
  return tokens[q + 1]?.text === "," && k < to && (isSayingVerb(tokens, k, q + 1, lex) || sourcePhrase(tokens, k, lex) > 0);
}

/**
 * An object pronoun at `k` that a source word takes: "Ihm zufolge", "according to her," — where
 * a word follows the pronoun after the source word ("according to her spokesman"), it is a
 * possessive; `after` says whether the pronoun follows the source word.
 */
function sourcePronoun(tokens: readonly Token[], k: number, after: boolean, lex: Lexicon): Mention | null {
  const t = tokens[k];
  if (t?.kind !== "word" || !lex.objectPronouns.has(t.lower) || (after && tokens[k + 1]?.kind === "word")) return null;
  return { kind: "pronoun", text: t.text, start: t.start, end: t.end, role: null, head: null, next: k + 1 };
}

/** Length in tokens of a source phrase starting at `k` ("according to", "laut"), else 0. */
export function sourcePhrase(tokens: readonly Token[], k: number, lex: Lexicon): number {
  for (const phrase of lex.sourceBefore) {
    if (phrase.every((w, n) => tokens[k + n]?.lower === w)) return phrase.length;
  }
  return 0;
}
