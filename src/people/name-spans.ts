import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { headAt } from "./role-phrase";
import { startsLower } from "../text/char-class";
import { GIVEN_NAMES } from "./data/given-names";
import { SURNAMES_SET } from "./data/surnames";
import {
  EAST_ASIAN_FAMILY_NAMES,
  isGeneration,
  HYPHEN_PARTICLE,
  KIN_PARTICLES,
  PARTICLES,
  REGNAL,
  SECOND_PARTICLES,
} from "./data/name-parts";

/** A run of name words, token range [from, to], with a title or honorific inside its run. */
export interface NameSpan {
  from: number;
  to: number;
  /** An honorific right before: "Frau", "Mr." */
  honorific: boolean;
}

/** Whether a token can be a word of a name: "Rubio", "R.", "al-Bashir"; a word with a digit is a model or code: "Hy5". */
function nameWord(t: Token, lex: Lexicon): boolean {
  return (
    (t.cap && !lex.notNames.has(t.key) && !DIGIT.test(t.text)) ||
    t.initial ||
    (HYPHEN_PARTICLE.test(t.text) && t.cap === false && /-\p{Lu}/u.test(t.text))
  );
}

const DIGIT = /\d/;

/** A month's name after a lone given name, not before a day's number: "Theresa May", "Brian May" (not "Friday, May 5"). */
function monthSurname(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i + 1]!;
  const after = tokens[i + 2];
  return GIVEN_NAMES.has(tokens[i]!.key) && t.cap && lex.months.has(t.key) && !(after && DIGIT.test(after.text));
}

/** Whether the token after `i` continues the run: one space, or an initial's or abbreviation's period. */
function joined(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // A possessive ends a name ("Parata’s Ngātiwai"), and so does a German genitive ("Rubios Absage").
  if (!next || t.possessive || germanGenitive(t, lex)) return false;
  if (next.gap === " ") return true;
  // "H.W.": one initial glued to the next.
  if (next.gap === "." && t.initial && next.initial) return true;
  return next.gap === ". " && (t.initial || lex.honorifics.has(t.key) || lex.abbreviations.has(t.key));
}

/** "Augsteins" in "Rudolf Augsteins Motto": an -s that is not part of a known given name ("Pierre-Yves Maillard"). */
const germanGenitive = (t: Token, lex: Lexicon) => lex.lang.capitalisedNouns && t.cap && t.key.endsWith("s") && !GIVEN_NAMES.has(t.key);

/** Whether token i is a name in the genitive before its noun: "Rudolf Augsteins Motto". */
export function genitiveBeforeNoun(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  return germanGenitive(tokens[i]!, lex) && !!next && next.gap === " " && next.cap;
}

/** Tokens (from `i`) of lower-case particles followed by a name word: "von der", "bin". */
function particlesAt(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let k = i;
  if (tokens[k] && PARTICLES.has(tokens[k]!.text) && joined(tokens, k, lex)) k++;
  // "Alexander Van der Bellen": a capitalised first particle is a name word of the run already.
  const first = k > i || PARTICLES.has(tokens[i - 1]?.key ?? "");
  while (first && tokens[k] && SECOND_PARTICLES.has(tokens[k]!.text) && joined(tokens, k, lex)) k++;
  return k > i && tokens[k] && nameWord(tokens[k]!, lex) && !tokens[k]!.sentenceStart ? k - i : 0;
}

/** Whether a lower-case particle stands in tokens [from, k): "Tamim bin Hamad | Al Thani" is one name. */
function afterParticle(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (!tokens[j]!.cap && PARTICLES.has(tokens[j]!.text)) return true;
  return false;
}

/**
 * Whether a particle after token `end` of a run from `from` may continue a name. Where "von" is also
 * a preposition, only after a given name, an initial or another particle: "Ursula von der Leyen",
 * "Alexander Van der Bellen", but not "Gunnar Maaß von der Arbeitsgemeinschaft …".
 */
function particleMayFollow(tokens: readonly Token[], from: number, end: number, lex: Lexicon): boolean {
  const t = tokens[end]!;
  const particle = tokens[end + 1]!;
  if (!lex.lang.capitalisedNouns || t.initial || PARTICLES.has(t.key) || KIN_PARTICLES.has(particle.key)) return true;
  // "Luiz Inácio Lula | da Silva": after a name of several words that opens with a given name, any
  // particle that is no preposition of the language ("von" stays one: "Gunnar Maaß von der …").
  const preposition = lex.prepositions.has(particle.key) || lex.links.has(particle.key);
  if (!preposition) for (let k = from; k < end; k++) if (GIVEN_NAMES.has(tokens[k]!.key)) return true;
  return GIVEN_NAMES.has(t.key);
}

/**
 * Whether a capitalised honorific stands right before token i: "Dr Ramona Archer-Bradshaw", "Mr.
 * Jones" (the honorific is no name word, so no run holds it). Not right after a determiner, where
 * it is a noun: "eine Frau Namens …".
 */
function honorificBefore(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const h = tokens[i - 1];
  const gap = tokens[i]!.gap;
  if (!h || !h.cap || !lex.honorifics.has(h.key) || (gap !== " " && gap !== ". ")) return false;
  return h.gap !== " " || !lex.determiners.has(tokens[i - 2]?.key ?? "");
}

/** Capitalised words of a peer's place: "Port Ellen" of "Lord Robertson of Port Ellen". */
const MAX_PEER_PLACE = 2;

/**
 * The end of a run [i, end] of a peer's title and surname (or the surname alone after the title):
 * the place after the link joins it, "Lord Anderson of | Ipswich |", "Baroness Kennedy of | The
 * Shaws |". Else `end`.
 */
function peerPlace(tokens: readonly Token[], i: number, end: number, lex: Lexicon): number {
  const link = tokens[end + 1];
  const title = tokens[end - 1];
  if (end > i + 1 || !title?.cap || !lex.peerTitles.has(title.key) || !honorificBefore(tokens, end, lex)) return end;
  if (!link || link.gap !== " " || link.key !== lex.lang.peerage?.link) return end;
  let k = end + 1;
  while (k < end + 1 + MAX_PEER_PLACE && tokens[k + 1]?.gap === " " && tokens[k + 1]!.cap) k++;
  return k > end + 1 ? k : end;
}

/** Whether the run at token i follows a role and its link: "Minister of | Education Kay McConney" opens with a body's name. */
function afterRoleLink(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const link = tokens[i - 1];
  return !!link && lex.links.has(link.key) && link.gap === " " && headAt(tokens, i - 2, lex) !== null;
}

/**
 * Whether token k is glued to the next word by "@" or by a period before a lower-case letter: part
 * of an address ("Amazon.com", "Oliver.heald@…"), no name word. Not "Shor.3" (a footnote) nor
 * "Smith.The" (a missing space).
 */
function addressPart(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && (next.gap === "@" || (next.gap === "." && startsLower(next.text)));
}

/**
 * Two capitals written together as initials right after a title, written out or cut short, and
 * before a surname: "Vice President JD Vance", "Gov. JB Pritzker" (before a given name they are a
 * party's or land's: "la diputada PS Emilia Nuyado").
 */
function pairedInitials(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.text.length === 2 &&
    t.key !== t.text &&
    !t.cap &&
    (t.gap === " " || abbreviatedTitle(tokens, i - 1, lex)) &&
    headAt(tokens, i - 1, lex) !== null &&
    !!next &&
    next.gap === " " &&
    next.cap &&
    !lex.notNames.has(next.key) &&
    !GIVEN_NAMES.has(next.key) &&
    headAt(tokens, i + 1, lex) === null
  );
}

/**
 * A listed non-name word capitalised mid-sentence between a title and a name word is a surname:
 * "Vice Premier He Lifeng" (not a function word: "Minister For Health").
 */
function surnameAfterTitle(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.cap || t.sentenceStart || t.gap !== " " || !lex.notNames.has(t.key) || headAt(tokens, i - 1, lex) === null) return false;
  if (lex.prepositions.has(t.key) || lex.links.has(t.key) || lex.determiners.has(t.key) || lex.conjunctions.has(t.key)) return false;
  return !!next && next.gap === " " && nameWord(next, lex) && headAt(tokens, i + 1, lex) === null;
}

/** A title cut short with a period is no surname, even after a given name: "North Carolina Gov. | Josh Stein". */
const abbreviatedTitle = (tokens: readonly Token[], k: number, lex: Lexicon) =>
  tokens[k + 1]?.gap === ". " && lex.abbreviations.has(tokens[k]!.key);

/** Whether tokens [from, to] are only initials and generation suffixes: "P.S.", "Jr.". */
function noSurname(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!tokens[k]!.initial && !isGeneration(tokens[k]!)) return false;
  return true;
}

/** A word that ends a name as a place's or organisation's: "Institute", "Bahnhofstraße". */
export const isStop = (t: Token, lex: Lexicon) => lex.nameStops.has(t.key) || (lex.lang.compoundNouns && lex.stopEnding(t.key));

/**
 * Whether the stop word at k is the surname of a given name that alone opens the run: "Jonathan |
 * Hall" (but not a place's after its determiner or preposition: "the Albert Hall", "in Victoria Hall").
 */
function surnameStop(tokens: readonly Token[], i: number, k: number, end: number, lex: Lexicon): boolean {
  const before = tokens[i - 1]?.key ?? "";
  return (
    k === end &&
    k === i + 1 &&
    GIVEN_NAMES.has(tokens[i]!.key) &&
    SURNAMES_SET.has(tokens[k]!.key) &&
    // A family name written first is none after a given name: "Grace Park" is a park.
    !EAST_ASIAN_FAMILY_NAMES.has(tokens[k]!.key) &&
    !lex.determiners.has(before) &&
    !lex.prepositions.has(before)
  );
}

/**
 * Name spans in the text (`common` tells common words; `cells` marks tokens of tables, see `cellTokens`). A run of
 * capitalised words is cut at titles and honorifics ("US-Außenminister | Marco Rubio", "Mr. | Rubio") and dropped
 * where a place or organisation word ends it ("German Marshall Fund"). A title right after a given name is a surname
 * ("Claudia Major", "Gerhard Richter").
 */
export function nameSpans(tokens: readonly Token[], lex: Lexicon, common: (t: Token) => boolean, cells: Uint8Array): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if ((!nameWord(tokens[i]!, lex) && !pairedInitials(tokens, i, lex) && !surnameAfterTitle(tokens, i, lex)) || addressPart(tokens, i)) {
      i++;
      continue;
    }
    // The whole run of name words, particles and titles joined by single spaces.
    let end = i;
    for (;;) {
      if (!joined(tokens, end, lex)) break;
      const p = particlesAt(tokens, end + 1, lex);
      if (p && particleMayFollow(tokens, i, end, lex)) end += p + 1;
      else if (nameWord(tokens[end + 1]!, lex) && !addressPart(tokens, end + 1)) end++;
      else if (GIVEN_NAMES.has(tokens[end]!.key) && REGNAL.test(tokens[end + 1]!.text)) end++;
      else if (end === i && monthSurname(tokens, end, lex)) end++;
      else break;
    }
    end = peerPlace(tokens, i, end, lex);
    let start = i;
    let honorific = honorificBefore(tokens, i, lex);
    // The last common word of the run so far (where nouns are capitalised, none is looked for).
    let lastCommon = -1;
    for (let k = i; k <= end; k++) {
      const t = tokens[k]!;
      if (isStop(t, lex) && !surnameStop(tokens, i, k, end, lex)) {
        start = k + 1;
        honorific = false;
        continue;
      }
      // A table repeats a word from cell to cell: "9 Nelson | Nelson 67,500" (a city and its region).
      if (cells[k] === 1 && k > start && t.key === tokens[k - 1]!.key) {
        spans.push({ from: start, to: k - 1, honorific });
        start = k;
        honorific = false;
      }
      const afterGiven = k > start && GIVEN_NAMES.has(tokens[k - 1]!.key);
      // A given name after other words starts a new name: German word order puts names side by
      // side ("fragt Geyer Claas Relotius"), titles may be unknown ("Snopes Fact-Checker David
      // Emery"), and a table's cells stand side by side ("North East Somerset | Jacob Rees-Mogg").
      // After a particle the given name is a father's: "Mohammed bin Abdulrahman Al Thani".
      const given = k > start && !afterGiven && GIVEN_NAMES.has(t.key) && k < end && !afterParticle(tokens, start, k);
      const sideBySide = lex.lang.capitalisedNouns || cells[k] === 1;
      const nextName = given && (sideBySide || lastCommon >= start || afterRoleLink(tokens, i, lex));
      if (nextName && !tokens[k - 1]!.initial) {
        spans.push({ from: start, to: k - 1, honorific });
        start = k;
        honorific = false;
      }
      if (k < end && lex.honorifics.has(t.key)) {
        start = k + 1;
        honorific = true;
      } else if (k < end && (!afterGiven || abbreviatedTitle(tokens, k, lex)) && !isGeneration(tokens[k + 1]!) && headAt(tokens, k, lex)) {
        start = k + 1;
        honorific = false;
      }
      if (!lex.lang.capitalisedNouns && common(t)) lastCommon = k;
    }
    // Particles join name words; they do not start a name ("Bürgermeister von Saarbrücken").
    while (start < end && !tokens[start]!.cap && !tokens[start]!.initial && !pairedInitials(tokens, start, lex)) start++;
    // A lone title is no name: "…, Sicherheitsexpertin beim …"; nor are initials or a suffix alone: "P.S.", "Jr.".
    const loneTitle = start === end && !honorific && headAt(tokens, end, lex) !== null;
    if (start <= end && !loneTitle && !noSurname(tokens, start, end)) spans.push({ from: start, to: end, honorific });
    i = end + 1;
  }
  return spans;
}
