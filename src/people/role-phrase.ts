import { UPPER, runEnd, startsUpper } from "../text/char-class";
import type { Lexicon } from "./lexicon";
import { apostropheOwner, type Token } from "./tokens";
import { roleWord, type RoleWord } from "./role-word";
import { GIVEN_NAMES } from "./data/given-names";
import { AGE } from "../text/age";

/** A role as written around a name: token range [from, to] and its head noun. */
export interface RolePhrase {
  from: number;
  to: number;
  head: RoleWord;
  /** Index of the head noun's last token. */
  headAt: number;
  /** A party after the name that belongs to a role before it: "… von der CDU", "… (SPD)". */
  tail?: [number, number];
}

/** Gaps between tokens, compared as strings: these tests run for most words of the text. */
const isSpace = (gap: string) => gap === " ";
/** All upper case: "NATO" (/^\p{Lu}+$/u by table). */
const allUpper = (word: string) => word.length > 0 && runEnd(word, 0, UPPER) === word.length;
const isComma = (gap: string) => gap === ", ";
const isPeriodSpace = (gap: string) => gap === ". ";
// A German adjective before a noun ends in one of these ("saarländische", "deutschen").
const ADJECTIVE = /(?:e|er|en|es|em)$/u;
// English past tenses and participles are verbs, not nouns of a role: "…, called him the author".
const VERB_FORM = /(?:ed|ing)$/u;
// Inside a noun phrase only a past form is a verb; "-ing" words there are nouns: "the | housing | minister".
const PAST_FORM = /ed$/u;
/** Words of a role inside one phrase: at most this many before the head noun. */
const MAX_BEFORE_HEAD = 5;

const OFFICE_PHRASE: RoleWord = { kind: "office", prefix: "", plural: false, ending: "" };

/** The role noun ending at token i: a single word, or the last word of an office phrase. */
export function headAt(tokens: readonly Token[], i: number, lex: Lexicon): { head: RoleWord; from: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const phrases = lex.officePhrases.get(t.key);
  for (const phrase of phrases ?? []) {
    const from = phraseStart(tokens, i, phrase);
    if (from >= 0) return { head: OFFICE_PHRASE, from };
  }
  const head = roleWord(t.key, lex);
  return head ? { head, from: i } : null;
}

/**
 * The first token of a phrase whose last word is token i, else -1. A word may be written as dotted
 * capitals: "U.S. attorney" is the phrase "us attorney".
 */
function phraseStart(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  let j = i;
  for (let k = phrase.length - 2; k >= 0; k--) {
    const after = tokens[j]!;
    const w = phrase[k]!;
    const t = tokens[j - 1];
    if (t?.key === w && isSpace(after.gap)) j--;
    else if (isPeriodSpace(after.gap) && j - w.length >= 0 && dottedWord(tokens, j - w.length) === w) j -= w.length;
    else return -1;
  }
  return j;
}

/**
 * A place's listed word inside its name: first before the rest ("North | Carolina Gov.", "the |
 * North | Korean leader") or last after it ("a Middle | East | analyst").
 */
function placeWord(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (!t.cap || !lex.placeStarts.has(t.key)) return false;
  const next = tokens[k + 1];
  return (!!next && isSpace(next.gap) && next.cap) || (k > 0 && isSpace(t.gap) && tokens[k - 1]!.cap);
}

/** Whether token k may stand in a role before its head noun ("stellvertretende", "Russlands", "US"). */
function roleFiller(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (lex.determiners.has(t.key) || lex.prepositions.has(t.key) || lex.speechVerbs.has(t.key)) return false;
  const place = placeWord(tokens, k, lex);
  if (lex.notNames.has(t.key) && !lex.modifiers.has(t.key) && !place) return false;
  if (lex.modifiers.has(t.key)) return true;
  // Where nouns are capitalised, a role noun before another one heads its own phrase ("empfing der
  // Papst | Kommissionspräsidentin …"), unless it is an adjective made a noun: "Vorsitzende Richter".
  if (roleWord(t.key, lex)) return !lex.lang.capitalisedNouns || ADJECTIVE.test(t.key);
  if (t.possessive) return true;
  if (t.cap || allUpper(t.text)) return !lex.notNames.has(t.key) || place;
  if (lex.publicBodyWords.has(t.key)) return true;
  // A lower-case adjective (in English also a noun: "the sports minister") counts only inside a noun
  // phrase: after a determiner, modifier or owner, maybe past other adjectives ("des bekannten
  // österreichischen Immobilieninvestors"); in English after an owner any lower-case word ("the club's sporting director").
  if (!adjective(t, lex) && !(lex.lang.nounModifiers && tokens[k - 1]?.possessive)) return false;
  let j = k - 1;
  // In English a public body's name opens one too: "UN | human rights | chief", "Sinn Féin | housing | spokesman".
  const body = (w: Token) => lex.lang.nounModifiers === true && (w.cap || allUpper(w.text)) && lex.publicBodySet.has(w.key);
  const opens = (w: Token) => lex.determiners.has(w.key) || lex.modifiers.has(w.key) || w.possessive || body(w);
  while (j > 0 && k - j < MAX_BEFORE_HEAD && !opens(tokens[j]!) && adjective(tokens[j]!, lex) && isSpace(tokens[j + 1]!.gap)) j--;
  const prev = tokens[j];
  // "the Conservatives' | transport spokesman": a plural's bare apostrophe owns it.
  return !!prev && ((isSpace(tokens[j + 1]!.gap) && opens(prev)) || apostropheOwner(tokens, j));
}

/**
 * A lower-case word that may modify a role noun: one with an adjective's ending (German inflects
 * adjectives before a noun); where nouns modify nouns apart (`nounModifiers`), any but a verb or function word.
 */
const adjective = (t: Token, lex: Lexicon) => {
  if (t.cap) return false;
  if (!lex.lang.nounModifiers) return ADJECTIVE.test(t.key);
  return !lex.notNames.has(t.key) && !lex.speechVerbs.has(t.key) && !PAST_FORM.test(t.key);
};

/**
 * Whether the name of a body or institution with a link word ends right before token k: "Department
 * of Correction spokesman", "University of Chicago economist" (where only names are capitalised).
 */
function nameAcrossLink(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const link = tokens[k - 1];
  const noun = tokens[k - 2];
  return (
    !lex.lang.capitalisedNouns &&
    !!link &&
    !!noun &&
    lex.links.has(link.key) &&
    isSpace(link.gap) &&
    tokens[k]!.cap &&
    noun.cap &&
    (lex.publicBodySet.has(noun.key) || lex.nameStops.has(noun.key))
  );
}

/** A single capital letter: one of "F.B.I.". */
const capitalLetter = (t: Token | undefined) => !!t && t.text.length === 1 && allUpper(t.text);

/**
 * Whether token k is joined to the one before inside dotted capitals or right after them: "F.|B.|I.
 * | director", "the U.|S. | envoy" (where papers write a body's initials with periods).
 */
export function dottedJoin(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !capitalLetter(prev)) return false;
  return (t.gap === "." && capitalLetter(t)) || (isPeriodSpace(t.gap) && prev!.gap === ".");
}

/** The lower-case letters of dotted capitals starting at token k ("fbi" of "F.B.I."), else null. */
export function dottedWord(tokens: readonly Token[], k: number): string | null {
  if (!capitalLetter(tokens[k]) || tokens[k + 1]?.gap !== "." || !capitalLetter(tokens[k + 1])) return null;
  let word = tokens[k]!.key;
  for (let j = k + 1; tokens[j]?.gap === "." && capitalLetter(tokens[j]); j++) word += tokens[j]!.key;
  return word;
}

/** An abbreviated role word right before token k, which it ranks: "Lt. | Gov.", "Lt. | Col.". */
const abbreviatedRank = (tokens: readonly Token[], k: number, lex: Lexicon) =>
  isPeriodSpace(tokens[k]!.gap) && lex.abbreviations.has(tokens[k - 1]!.key) && roleWord(tokens[k - 1]!.key, lex) !== null;

/** Lower-case nouns a role's portfolio may join by commas and a conjunction: "culture, media and sport". */
const MAX_PORTFOLIO = 4;

/**
 * The first of lower-case nouns joined by a conjunction right before token k, after a determiner,
 * where nouns modify a role apart: "the | work and pensions | secretary"; else -1.
 */
function coordinatedNouns(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const noun = (t: Token | undefined) => !!t && !t.cap && !lex.notNames.has(t.key) && !lex.speechVerbs.has(t.key) && !VERB_FORM.test(t.key);
  let j = k - 1;
  if (!lex.lang.nounModifiers || !noun(tokens[j])) return -1;
  let joined = false;
  for (let n = 0; n < MAX_PORTFOLIO; n++) {
    const gap = tokens[j]!.gap;
    const link = tokens[j - 1];
    const and = !!link && isSpace(gap) && isSpace(link.gap) && lex.conjunctions.has(link.key) && !lex.alternatives.has(link.key);
    if (and && !joined && noun(tokens[j - 2])) {
      joined = true;
      j -= 2;
    } else if (isComma(gap) && joined && noun(link)) j--;
    else break;
  }
  return joined && isSpace(tokens[j]!.gap) && lex.determiners.has(tokens[j - 1]?.key ?? "") ? j : -1;
}

/**
 * Extends a role leftwards from `from` over its modifiers; returns the first token index. After a
 * possessive only the owner's capitalised name goes on: "the Prime Minister's national security adviser".
 * A body's name across a link stands between words of the role, not right before its head: "toured
 * Buncombe County with | Sen. Thom Tillis".
 */
export function extendLeft(tokens: readonly Token[], from: number, lex: Lexicon): number {
  let k = from;
  let owned = false;
  const step = (k: number) =>
    isSpace(tokens[k]!.gap) || dottedJoin(tokens, k) || (!owned && (apostropheOwner(tokens, k - 1) || abbreviatedRank(tokens, k, lex)));
  while (k > 0 && from - k < MAX_BEFORE_HEAD && step(k)) {
    const prev = tokens[k - 1]!;
    if (abbreviatedRank(tokens, k, lex) || dottedJoin(tokens, k)) k--;
    // "Merz' Sprecher": a name owns the role with a bare apostrophe.
    else if (!isSpace(tokens[k]!.gap)) {
      k--;
      owned = true;
    } else if (owned ? prev.cap && !prev.possessive && roleFiller(tokens, k - 1, lex) : roleFiller(tokens, k - 1, lex)) {
      k--;
      owned ||= prev.possessive;
    } else if (!owned && k < from && from - k < MAX_BEFORE_HEAD - 1 && nameAcrossLink(tokens, k, lex)) k -= 2;
    else {
      const portfolio = owned ? -1 : coordinatedNouns(tokens, k, lex);
      if (portfolio < 0) break;
      k = portfolio;
    }
  }
  return k;
}

/**
 * Extends a role leftwards over an office joined to it by a conjunction: "Vizekanzler und |
 * Finanzminister", "Deputy Prime Minister and | Foreign Secretary" (not a plural: "Ärzte und Pfleger",
 * nor an alternative, whose offices are two people's: "the Queen or | Prince Philip").
 */
function joinedOffice(tokens: readonly Token[], from: number, lex: Lexicon): number {
  const and = tokens[from - 1];
  // "Staats- und | Parteichef": a compound cut short before the conjunction shares the head.
  const cut = tokens[from - 2];
  if (and && cut?.cap && and.gap === "- " && isSpace(tokens[from]!.gap) && lex.conjunctions.has(and.key) && !lex.alternatives.has(and.key))
    return extendLeft(tokens, from - 2, lex);
  if (!and || !isSpace(tokens[from]!.gap) || !isSpace(and.gap) || !lex.conjunctions.has(and.key) || lex.alternatives.has(and.key))
    return from;
  const other = headAt(tokens, from - 2, lex);
  return other && !other.head.plural && !tokens[from - 2]!.possessive ? extendLeft(tokens, other.from, lex) : from;
}

/**
 * Whether the capitalised words [from, to] after a private role's link name a place or see, not a
 * person: "Archbishop of | Canterbury |", "Erzbischof von | Köln |" (but "son of | Senator |").
 * None of the words may be a title or given name, nor, where nouns are capitalised too, a common
 * noun: "Sohn von | Box-Legende |".
 */
function placeAfterLink(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k <= to; k++) {
    const key = tokens[k]!.key;
    if (roleWord(key, lex) || GIVEN_NAMES.has(key)) return false;
    if (lex.lang.capitalisedNouns && (key.includes("-") || lex.commonNouns.has(key) || nounEnding(key, lex))) return false;
  }
  return true;
}

/** Whether a word ends in a noun's suffix: "Regierung", "Gemeinschaft". */
const nounEnding = (key: string, lex: Lexicon) => lex.nounSuffixes.some((s) => key.length > s.length + 2 && key.endsWith(s));

/** Capitalised words of a body's name between a role's link and the name after it: "Minister of | Education |". */
const MAX_BODY_WORDS = 3;

/**
 * A role with its body right before a name starting at token `at`: "Minister of Education Kay
 * McConney", "Mayor of London Sadiq Khan", "Sprecher der Grünen Anna Berg". Only before a given
 * name, or an office's before a name of two words ("Minister for Children Norma Foley"): the words
 * before any other may be the rest of the body's name ("des Deutschen Lehrerverbands").
 */
export function roleWithBodyBefore(tokens: readonly Token[], at: number, lex: Lexicon): RolePhrase | null {
  const end = at - 1;
  const given = GIVEN_NAMES.has(tokens[at]!.key);
  // Where nouns are capitalised two such words may be the body's too: "der Bundesvereinigung | Deutscher Apothekerverbände".
  const two = !lex.lang.capitalisedNouns && !!tokens[at + 1]?.cap && tokens[at + 1]!.gap === " ";
  if (!tokens[end]?.cap || !isSpace(tokens[at]!.gap) || !(given || two)) return null;
  let b = end;
  while (b > end - MAX_BODY_WORDS && b > 0 && tokens[b]!.cap && isSpace(tokens[b]!.gap)) b--;
  const link = tokens[b];
  if (b === end || !link || !lex.links.has(link.key) || !isSpace(link.gap)) return null;
  const head = headAt(tokens, b - 1, lex);
  if (!head || tokens[b - 1]!.possessive || (!given && head.head.kind !== "office")) return null;
  if (head.head.kind === "private" && !placeAfterLink(tokens, b + 1, end, lex)) return null;
  // "a spokesman for | President | Joe Biden", "ein Sprecher von | Bundeskanzler | Friedrich Merz": a
  // title after the link of a role that is no office is the name's own (an office's is its
  // portfolio: "Minister for Justice Jim O’Callaghan").
  if (head.head.kind !== "office" && headAt(tokens, end, lex)) return null;
  return { from: extendLeft(tokens, head.from, lex), to: end, head: head.head, headAt: b - 1 };
}

/**
 * A modifier that is also a role noun, uninflected, standing as the noun before a comma and a name:
 * "Pam Bondi's deputy, Todd Blanche" (elsewhere it modifies the noun after it: "deputy minister").
 */
function modifierAsNoun(tokens: readonly Token[], i: number, lex: Lexicon): { head: RoleWord; from: number } | null {
  const key = tokens[i]?.key ?? "";
  const found = lex.modifiers.has(key) ? lex.roleNouns.whole(key) : null;
  return found?.ending === "" ? { head: { kind: found.kind, prefix: "", plural: false, ending: "" }, from: i } : null;
}

/**
 * A modifier that is also a role noun, ending an apposition's phrase, as its noun: "…, the EU's
 * foreign policy chief, …", "…, the chief of …" (but not before another word: "the chief economist").
 */
function modifierEnding(tokens: readonly Token[], h: number, lex: Lexicon): { head: RoleWord; from: number } | null {
  const next = tokens[h + 1];
  const ends = !next || !isSpace(next.gap) || lex.links.has(next.key) || lex.conjunctions.has(next.key);
  return ends ? modifierAsNoun(tokens, h, lex) : null;
}

/**
 * Whether the role noun at token h depends on another, after its determiner and maybe a link: "die
 * Sprecherin der | Demokraten", "a spokesman for the | president".
 */
function inGenitive(tokens: readonly Token[], h: number, lex: Lexicon): boolean {
  const det = tokens[h - 1];
  if (!det || !isSpace(det.gap) || !lex.determiners.has(det.key)) return false;
  const linked = isSpace(tokens[h - 2]?.gap ?? "") && lex.links.has(tokens[h - 2]!.key);
  return headAt(tokens, linked ? h - 3 : h - 2, lex) !== null;
}

/**
 * A modifier as the role's noun right before a name: any before a comma ("his deputy, Todd
 * Blanche"), a public one before the name itself ("CIA chief John Ratcliffe", not "fellow Ennahda members").
 */
function modifierBeforeName(tokens: readonly Token[], i: number, comma: boolean, lex: Lexicon): { head: RoleWord; from: number } | null {
  const found = modifierAsNoun(tokens, i, lex);
  return found && (comma || found.head.kind !== "private") ? found : null;
}

/**
 * Words between a role's head and the comma before a name: "the governor | of the Bank of England
 * |, Andrew Bailey", "Der Präsident | des Bayerischen Landesamts für Gesundheit und Lebensmittelsicherheit |, …".
 */
const MAX_BODY_BACK = 8;

/**
 * Whether tokens [from, to] list capitalised words by commas and a conjunction before the last: the
 * fields of a body or office, "Migration, Flüchtlinge und Integration", "Culture, Media and Sport".
 */
function fieldList(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const and = tokens[to - 1];
  if (to - from < 3 || !and || !isSpace(and.gap) || !lex.conjunctions.has(and.key) || !tokens[to]!.cap || !tokens[from]!.cap) return false;
  for (let k = from + 1; k < to - 1; k++) if (!isComma(tokens[k]!.gap) || !tokens[k]!.cap) return false;
  return isSpace(tokens[to]!.gap);
}

/**
 * The first token of a dotted suffix (`roleSuffixes`) ending right before token `at`, after a word:
 * "Bundeskanzler | a. D. | Olaf Scholz", "a.D."; else -1.
 */
export function roleSuffixStart(tokens: readonly Token[], at: number, lex: Lexicon): number {
  for (const letters of lex.roleSuffixes) {
    const from = at - letters.length;
    const dotted = (w: string, j: number) => tokens[from + j]?.key === w && tokens[from + j + 1]?.gap.startsWith(".") === true;
    if (from > 0 && isSpace(tokens[from]!.gap) && letters.every(dotted)) return from;
  }
  return -1;
}

/**
 * A role written right before a name starting at token `at`: "US-Außenminister Marco Rubio",
 * "der stellvertretende Außenminister …", "Secretary of State …", "his defense minister, Kim".
 */
export function roleBefore(tokens: readonly Token[], at: number, lex: Lexicon): RolePhrase | null {
  // "Bundeskanzler a. D. Olaf Scholz": the role before the suffix, which it keeps.
  const suffix = roleSuffixStart(tokens, at, lex);
  if (suffix > 0) {
    const role = roleBefore(tokens, suffix, lex);
    return role?.to === suffix - 1 ? { ...role, to: at - 1 } : null;
  }
  // "Die Präsidentin des Verbands der Automobilindustrie (VDA), Hildegard Müller": a body's
  // abbreviation in parentheses may stand between the role and its comma.
  const label = tokens[at]?.gap === "), " ? labelStart(tokens, at - 1) : -1;
  const gap = label > 0 ? ", " : (tokens[at]?.gap ?? "");
  const prev = label > 0 ? label - 1 : at - 1;
  const abbrev = isPeriodSpace(gap) && lex.abbreviations.has(tokens[prev]?.key ?? "");
  if (!isSpace(gap) && !isComma(gap) && !abbrev) return null;
  // "the birther king’s Twitter feed": a possessive names the owner, not the role.
  // "his deputy, Todd Blanche", "CIA chief John Ratcliffe": a modifier before a name is the noun.
  const head = tokens[prev]?.possessive ? null : (headAt(tokens, prev, lex) ?? modifierBeforeName(tokens, prev, isComma(gap), lex));
  // "Die Sprecherin der | Demokraten, Anna Berg": before a comma, a role noun in another's genitive is its body.
  const found = head && isComma(gap) && inGenitive(tokens, head.from, lex) ? null : head;
  // "Claudia Major, Sicherheitsexpertin": a title after a given name is a surname (but not an
  // abbreviated one, "North Carolina Gov. Josh Stein", nor one after an owner, "Chelsea's co-owner",
  // nor one in lower case, "Chelsea owner Todd Boehly").
  const before = found ? tokens[found.from - 1] : undefined;
  const surname = found && tokens[found.from]!.cap && isSpace(tokens[found.from]!.gap);
  if (surname && before && !abbrev && !before.possessive && GIVEN_NAMES.has(before.key)) return null;
  // "Pam Bondi's deputy, Todd Blanche", "the opposition Conservatives' | transport spokesman, Richard
  // Holden": an owner's name of several words, or a plural's with a bare apostrophe, opens it too.
  const owner = (from: number, head: number) => {
    for (let k = from; k < head; k++) if (tokens[k]!.possessive || apostropheOwner(tokens, k)) return true;
    return false;
  };
  // "As chancellor, Rachel Reeves …": a sentence's opening word that says the person holds the role.
  const introduced = (from: number) => !!tokens[from - 1]?.sentenceStart && lex.roleIntros.has(tokens[from - 1]!.key);
  const opened = (from: number, head: number) =>
    !isComma(gap) || owner(from, head) || lex.determiners.has(tokens[from - 1]?.key ?? "") || introduced(from);
  if (found) {
    const from = joinedOffice(tokens, extendLeft(tokens, found.from, lex), lex);
    return opened(from, found.from) ? { from, to: prev, head: found.head, headAt: prev } : null;
  }
  if (!isComma(gap)) return null;
  // "his defense minister, Kim Yong-hyun", "Die Sprecherin der Initiative, Gaby Allendorf": a
  // role before a comma needs its determiner, or a list ("Manager, Musikverlage") would pass.
  for (let h = prev - 1; h >= Math.max(0, prev - MAX_BODY_BACK); h--) {
    // "Der Ehrenvorsitzende des Verbands, Karl-Peter Naumann, sagte, | Pendler …": a comma ends the
    // role's body, unless it lists the body's fields: "für Migration, Flüchtlinge und Integration".
    if (tokens[h + 1]!.gap.includes(",") && !fieldList(tokens, h, prev, lex)) return null;
    // "The chief executive | of the HSE, …": a modifier that is a role noun too, before the link.
    const back = headAt(tokens, h, lex) ?? modifierEnding(tokens, h, lex);
    if (!back) continue;
    // "Die Sprecherin von | Innenminister | Alexander Dobrindt, …", "A spokeswoman for | Secretary of
    // State | Marco Rubio, …": the title of the owner, before the owner's name.
    const owner = tokens[titleEnd(tokens, h, lex) + 1];
    if (owner && isSpace(owner.gap) && GIVEN_NAMES.has(owner.key)) continue;
    // "A spokeswoman for the Justice Department, …": where nouns are lower case, a capitalised one is
    // a body's name. Where they are capitalised a genitive's article links too: "Der Anwalt | eines Beschuldigten, …".
    const genitive = lex.lang.capitalisedNouns && lex.determiners.has(tokens[h + 1]!.key);
    if (!lex.links.has(tokens[h + 1]!.key) && !genitive) {
      if (!lex.lang.capitalisedNouns && tokens[h]!.cap) continue;
      return null;
    }
    // "Der Vorsitzende der | Demokraten | im Senat, …": a role noun in another's genitive is its body.
    if (inGenitive(tokens, back.from, lex)) continue;
    // "Die Kinder- und | Jugendanwältin von Wien, …": an office joined before it shares the determiner.
    const from = joinedOffice(tokens, extendLeft(tokens, back.from, lex), lex);
    // "Ann Harrison, a professor at the University of California, | Berkeley": a role in apposition
    // to a name before it is that name's; the word after it is a place (but "In London, the shadow
    // home secretary, Chris Philp": a given name shows the next person).
    const open = lex.determiners.has(tokens[from - 1]?.key ?? "") ? from - 1 : from;
    const apposition = open > 0 && isComma(tokens[open]!.gap) && tokens[open - 1]!.cap && !GIVEN_NAMES.has(tokens[at]!.key);
    return opened(from, back.from) && !apposition ? { from, to: prev, head: back.head, headAt: h } : null;
  }
  return null;
}

/**
 * Whether token k continues a body's name: after a space, after a letter's period ("D.A. Davidson",
 * "Dana F. Besecker") or after a plural's apostrophe ("National Farmers' | Union").
 */
const joinsName = (tokens: readonly Token[], k: number) => {
  const gap = tokens[k]!.gap;
  return isSpace(gap) || ((gap === "." || isPeriodSpace(gap)) && tokens[k - 1]!.text.length === 1) || apostropheOwner(tokens, k - 1);
};

/**
 * Whether a body's name goes on past the conjunction at token k, where only names are capitalised:
 * "Center for Strategic | and | International Studies" (but not into a person's name: "… and Mark Carney").
 */
function nameGoesOnAfterAnd(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const and = tokens[k];
  const next = tokens[k + 1];
  return (
    !lex.lang.capitalisedNouns &&
    !tokens[k - 1]!.possessive &&
    !!and &&
    !!next &&
    isSpace(and.gap) &&
    isSpace(next.gap) &&
    lex.conjunctions.has(and.key) &&
    next.cap &&
    !GIVEN_NAMES.has(next.key)
  );
}

/** Words after a possessive inside a role: at most this many ("coronavirus task force", "Lorenz Center"). */
const MAX_OWNED = 3;

/** A noun or adjective that may follow a possessive in a role, not a verb or function word. */
const ownedNoun = (t: Token, lex: Lexicon) =>
  !lex.notNames.has(t.key) && !lex.determiners.has(t.key) && !lex.speechVerbs.has(t.key) && !VERB_FORM.test(t.key);

/**
 * Extends a role rightwards over "of the …", "beim German Marshall Fund", "der Grünen im Bundestag",
 * and over a lower-case field before an employer's name: "director of advocacy | at Focus Ireland".
 */
function complement(tokens: readonly Token[], to: number, lex: Lexicon): number {
  let end = to;
  // The last token of a group that named a body: a field alone stays out ("director of the company").
  let named = to;
  for (let group = 0; group < 2; group++) {
    let k = end + 1;
    const link = tokens[k];
    if (!link || !isSpace(link.gap) || !(lex.links.has(link.key) || lex.employerLinks.has(link.key))) break;
    k++;
    while (tokens[k] && isSpace(tokens[k]!.gap) && lex.determiners.has(tokens[k]!.key)) k++;
    let lowers = 0;
    const lower = (t: Token) => !startsUpper(t.text) && !lex.links.has(t.key);
    while (tokens[k] && isSpace(tokens[k]!.gap) && lower(tokens[k]!) && lowers < 3) {
      k++;
      lowers++;
    }
    let last = -1;
    for (;;) {
      while (
        tokens[k] &&
        joinsName(tokens, k) &&
        startsUpper(tokens[k]!.text) &&
        !tokens[last]?.possessive &&
        !lex.months.has(tokens[k]!.key)
      )
        last = k++;
      if (last < 0 || !nameGoesOnAfterAnd(tokens, k, lex)) break;
      k++;
    }
    if (last < 0) {
      if (group > 0 || lowers === 0 || !lex.employerLinks.has(tokens[k]?.key ?? "")) break;
      end = k - 1;
      continue;
    }
    // "of the White House's coronavirus task force": the nouns after a possessive belong to the role.
    const owner = tokens[last]!.possessive;
    for (let n = 0; owner && n < MAX_OWNED; n++) {
      const t = tokens[k];
      if (!t || !isSpace(t.gap) || lex.links.has(t.key) || !ownedNoun(t, lex)) break;
      last = k++;
    }
    end = last;
    named = last;
  }
  return named;
}

/** A title of several words that starts at token h: "chief" of "chief of staff" (its first word is no role by itself). */
function titleFrom(tokens: readonly Token[], h: number, lex: Lexicon): { head: RoleWord; from: number } | null {
  if (!lex.officePhraseStarts.has(tokens[h]!.key)) return null;
  for (let k = h + 1; k <= h + 3; k++) {
    const found = headAt(tokens, k, lex);
    // "…, the former prime minister’s political secretary": an owner's title is not the role.
    if (found && found.from === h) return tokens[k]!.possessive ? null : found;
  }
  return null;
}

/** The last token of a title of several words starting at h: "secretary" → "secretary of state". */
export function titleEnd(tokens: readonly Token[], h: number, lex: Lexicon): number {
  let end = h;
  for (let k = h + 1; k <= h + 3; k++) if ((headAt(tokens, k, lex)?.from ?? Infinity) <= h) end = k;
  // "general secretary", "country director": where nouns stand apart, a role noun after the head is the head.
  while (!lex.lang.compoundNouns && tokens[end + 1] && isSpace(tokens[end + 1]!.gap) && headAt(tokens, end + 1, lex)) end++;
  return end;
}

/** Words a relative clause may run before its role: "…, who has served since 2019 as ambassador". */
const MAX_CLAUSE = 10;

/**
 * A role inside a relative clause starting at token `from`: "…, der seit 2010 Nato-Sprecher ist",
 * "…, who is the secretary of state". The clause ends at punctuation.
 */
function roleInClause(tokens: readonly Token[], from: number, lex: Lexicon): RolePhrase | null {
  for (let h = from; h < from + MAX_CLAUSE && tokens[h] && (h === from || isSpace(tokens[h]!.gap)); h++) {
    // "…, who is the president's son": the owner's title is not the role.
    // "…, who heads the agency": a verb, though "heads" is also a role's plural.
    if (lex.leadVerbs.has(tokens[h]!.key)) return ledBody(tokens, from, h, lex);
    const found = tokens[h]!.possessive ? null : (headAt(tokens, h, lex) ?? titleFrom(tokens, h, lex));
    if (!found) continue;
    const end = titleEnd(tokens, h, lex);
    const next = tokens[end + 1];
    // "…, der mit Außenminister Wadephul sprach": that title is someone else's.
    if (next && isSpace(next.gap) && next.cap && !lex.links.has(next.key)) return null;
    const head = headAt(tokens, end, lex)!.head;
    return { from: extendLeft(tokens, found.from, lex), to: complement(tokens, end, lex), head, headAt: end };
  }
  return null;
}

/** Words of what a person leads after the verb: "chairs | the Senate Armed Services Committee". */
const MAX_LED = 8;

const DIGIT = /\d/;

/** A role as a leading verb: the verb, no person's kind of office by itself, is the role's head. */
const LEAD_VERB: RoleWord = { kind: "conditional", prefix: "", plural: false, ending: "" };

/**
 * A role given by what the person leads, in a clause from token `from` with its verb at `verb`:
 * the object after the verb ("…, who chairs the OBR") or, ending the clause, before it ("…, die
 * die Bundesagentur für Arbeit leitet"). Officialness then asks for a public body in it.
 */
function ledBody(tokens: readonly Token[], from: number, verb: number, lex: Lexicon): RolePhrase | null {
  const next = tokens[verb + 1];
  if (!next || !isSpace(next.gap)) return verb > from ? { from, to: verb, head: LEAD_VERB, headAt: verb } : null;
  let to = verb;
  // "led Labour | between 2010 and 2015": a preposition other than a name's link ends what is led.
  const after = (t: Token) => lex.prepositions.has(t.key) && !lex.links.has(t.key);
  // "the Department of Health and Human Services", but not "the party and will …".
  const led = (k: number) => {
    const t = tokens[k]!;
    if (after(t)) return false;
    if (lex.conjunctions.has(t.key)) return tokens[k + 1]?.cap === true;
    // "F.B.I.": a letter of dotted initials, whatever word it spells alone ("I").
    if (t.text.length === 1 && dottedJoin(tokens, k)) return true;
    // A place's first word goes on with its name: "U.S. Southern Command", "the United Nations".
    const placeWord = t.cap && lex.placeStarts.has(t.key);
    return !DIGIT.test(t.text) && !(lex.notNames.has(t.key) && !lex.links.has(t.key) && !lex.determiners.has(t.key) && !placeWord);
  };
  // "leads U.|S. Southern Command": a body's dotted initials go on past their periods.
  const joins = (k: number) => !!tokens[k] && (isSpace(tokens[k]!.gap) || dottedJoin(tokens, k));
  while (to - verb < MAX_LED && joins(to + 1) && led(to + 1)) to++;
  // Up to the clause's end, a function word or a date ("… since 2019", "… in 2019"), not into more verbs.
  const end = tokens[to + 1];
  const ends =
    !end || !joins(to + 1) || (lex.notNames.has(end.key) && !lex.conjunctions.has(end.key)) || after(end) || DIGIT.test(end.text);
  return to > verb && ends ? { from: verb, to, head: LEAD_VERB, headAt: verb } : null;
}

/** A role of public service, office or conditional (not a private tie: "his son-in-law and chief of staff"). */
export const serves = (head: RoleWord) => head.kind === "office" || head.kind === "conditional";

/**
 * Extends an apposition's role ending at token `to` over a second office joined by a conjunction:
 * "…, der Bundeskanzler und | CDU-Vorsitzende", "…, the party leader and | deputy prime minister"
 * (not an alternative, "or", and not a plural: "… and other ministers").
 */
function secondOffice(tokens: readonly Token[], to: number, lex: Lexicon): number {
  const and = tokens[to + 1];
  if (!and || !isSpace(and.gap) || !lex.conjunctions.has(and.key) || lex.alternatives.has(and.key)) return to;
  // "… and chief operating | officer": two words may stand before its head.
  for (let h = to + 2; h <= to + 4 && tokens[h] && isSpace(tokens[h]!.gap); h++) {
    const found = headAt(tokens, h, lex) ?? titleFrom(tokens, h, lex);
    if (!found) continue;
    const end = titleEnd(tokens, h, lex);
    const after = tokens[end + 1];
    // "… and Foreign Minister Sergei Lavrov": that office is the next person's.
    const named = !!after && isSpace(after.gap) && (after.cap || after.initial) && !lex.links.has(after.key);
    return serves(found.head) && !found.head.plural && !named && extendLeft(tokens, found.from, lex) <= to + 2
      ? complement(tokens, end, lex)
      : to;
  }
  return to;
}

/** A participle used as an adjective, after a determiner: "a retired teacher", "the embattled chairman". */
const participleAt = (tokens: readonly Token[], h: number, lex: Lexicon) =>
  lex.determiners.has(tokens[h - 1]?.key ?? "") && isSpace(tokens[h]!.gap);

/** Words a parenthesised label after a name may hold: "(D-N.Y.)", "(R-Miss.)", "(CDU)". */
const MAX_LABEL = 3;

/** Whether a gap joins the words of a label in parentheses: "R-Miss.", "D-N.Y.". */
const labelGap = (gap: string) => gap === "" || gap === "." || gap === "-" || gap === " ";

/**
 * The token after a label in parentheses and its comma after token `at`, else -1: "Sen. Roger
 * Wicker (R-Miss.), | the chair of …" (American papers put party and state between name and role).
 */
function afterLabel(tokens: readonly Token[], at: number): number {
  if (tokens[at + 1]?.gap !== " (") return -1;
  for (let k = at + 2; k <= at + 1 + MAX_LABEL && tokens[k]; k++) {
    const gap = tokens[k]!.gap;
    if (gap === "), " || gap === ".), ") return k;
    if (!labelGap(gap)) return -1;
  }
  return -1;
}

/** The first token of a label in parentheses that ends at token `last` ("(VDA)"), else -1. */
function labelStart(tokens: readonly Token[], last: number): number {
  for (let k = last; k > last - MAX_LABEL && k > 0; k--) {
    const gap = tokens[k]!.gap;
    if (gap === " (") return k;
    if (!labelGap(gap)) return -1;
  }
  return -1;
}

/**
 * A role in apposition after a name ending at token `at`: "Oana Lungescu, ehem. Nato-Sprecherin",
 * "Marco Rubio, the secretary of state", "Claudia Major, Sicherheitsexpertin beim German Marshall Fund".
 */
export function roleAfter(tokens: readonly Token[], at: number, lex: Lexicon): RolePhrase | null {
  // "Maria Gonzalez, 54, a federal worker": the role follows the age.
  const age = tokens[at + 1];
  const aged = !!age && isComma(age.gap) && AGE.test(age.text) && isComma(tokens[at + 2]?.gap ?? "");
  const labelled = aged ? -1 : afterLabel(tokens, at);
  const first = aged ? at + 2 : labelled > 0 ? labelled : at + 1;
  // "Robert F. Kennedy Jr., the health secretary": the comma may follow an abbreviation's period.
  const gap = tokens[first]?.gap ?? "";
  if (labelled < 0 && !isComma(gap) && !(gap === "., " && lex.abbreviations.has(tokens[first - 1]!.key))) return null;
  // Where the role starts: after words that say the person holds it ("…, serving as chancellor").
  let from = first;
  // Dotted capitals count as one word: "the former F.B.I. director".
  for (let h = first, words = 0; words < MAX_BEFORE_HEAD && tokens[h]; h++) {
    const t = tokens[h]!;
    const afterAbbrev = isPeriodSpace(t.gap) && lex.abbreviations.has(tokens[h - 1]!.key);
    const dotted = dottedJoin(tokens, h);
    // "…, the Liberal Democrats’ deputy leader": a bare apostrophe owns the rest.
    if (h > first && !isSpace(t.gap) && !afterAbbrev && !dotted && !apostropheOwner(tokens, h - 1)) return null;
    if (!(dotted && capitalLetter(t))) words++;
    if (capitalLetter(t) && (dotted || dottedJoin(tokens, h + 1))) continue;
    // A given name before a name word starts another person: "…, Claudia Brandes, Bürgermeisterin"
    // (but not "…, the Chelsea head coach").
    const following = tokens[h + 1];
    if (t.cap && GIVEN_NAMES.has(t.key) && following && isSpace(following.gap) && (following.cap || following.initial)) return null;
    // "…, then serving as vice president": only modifiers may stand before such words.
    if (lex.roleIntros.has(t.key) && tokens.slice(from, h).every((w) => lex.modifiers.has(w.key) || lex.roleIntros.has(w.key))) {
      from = h + 1;
      continue;
    }
    // "der" opens a relative clause when no noun follows it ("…, der lange bei der EU …").
    const relative = lex.relativePronouns.has(t.key) && !tokens[h + 1]?.cap;
    if (relative) return h === first ? roleInClause(tokens, h + 1, lex) : null;
    if (lex.speechVerbs.has(t.key) || lex.conjunctions.has(t.key)) return null;
    // "…, the congressman’s deputy chief of staff": the owner's title is not the role.
    const found = t.possessive ? null : (headAt(tokens, h, lex) ?? titleFrom(tokens, h, lex) ?? modifierEnding(tokens, h, lex));
    if (!found) {
      // Before the head: the words of a role ("ehem.", "the", "französischer"); in English also
      // lower-case nouns ("country director"), which German writes capitalised.
      const place = placeWord(tokens, h, lex);
      const filler =
        place ||
        lex.determiners.has(t.key) ||
        roleFiller(tokens, h, lex) ||
        (!t.cap && (lex.lang.capitalisedNouns ? ADJECTIVE.test(t.key) : !VERB_FORM.test(t.key) || participleAt(tokens, h, lex)));
      // "…, then the United States attorney": a listed modifier is no sentence word here.
      const listed = lex.notNames.has(t.key) && !lex.determiners.has(t.key) && !lex.modifiers.has(t.key);
      // "…, the Bank | of | England governor": a body's name goes on across its link.
      if (!filler || (listed && !place && !nameAcrossLink(tokens, h + 1, lex))) return null;
      continue;
    }
    const end = titleEnd(tokens, h, lex);
    // "…, Außenminister Johann Wadephul", "in Israel, President Obama": the role belongs to the name
    // that follows (where nouns are capitalised too, only a given name shows one).
    const next = tokens[end + 1];
    const named = next && (GIVEN_NAMES.has(next.key) || (!lex.lang.capitalisedNouns && !lex.links.has(next.key)));
    if (next && isSpace(next.gap) && next.cap && named) return null;
    const head = headAt(tokens, end, lex)?.head ?? found.head;
    const to = serves(head) ? secondOffice(tokens, complement(tokens, end, lex), lex) : complement(tokens, end, lex);
    // "Lorenz, his secretary, his programmer and …": people listed beside the name, no apposition.
    const listed = tokens[to + 1];
    if (listed && isComma(listed.gap) && lex.possessives.has(listed.key)) return null;
    // "In London, the shadow home secretary, Chris Philp, …": the role between commas is the next name's.
    if (listed && isComma(listed.gap) && listed.cap && GIVEN_NAMES.has(listed.key)) return null;
    // "Speaking to … with Trevor Phillips, the chancellor said": a role that a verb of saying follows is the clause's subject.
    if (listed && isSpace(listed.gap) && lex.speechVerbs.has(listed.key)) return null;
    // "…, as a friend to women": a role so introduced is an office held, not a description.
    if (from > first && !serves(head)) return null;
    return { from, to, head, headAt: end };
  }
  return null;
}
