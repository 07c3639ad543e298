import type { Token } from "./tokens";
import { isDeterminer, isRoleWord, type Lexicon } from "./lexicon";
import { endsPossessive } from "../text/char-class";

export interface FoundName {
  name: string;
  role: string | null;
}

const MAX_NAME = 4;

/** A capitalised word that is no function word, verb or pronoun: it may be part of a name or role. */
export function isCapWord(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || t.kind !== "word" || !(t.cap || particleJoined(t, lex))) return false;
  const l = t.lower;
  if (lex.notNames.has(l) || lex.verbs.has(l) || lex.pronouns.has(l) || lex.objectPronouns.has(l)) return false;
  if (lex.prepositions.has(l)) return false;
  if (isDeterminer(l, lex)) return false;
  // A possessive ("Yoon’s") mentions a name but never stands inside one.
  return !endsPossessive(l);
}

/** A name joined to its particle by a hyphen: "al-Burhan", "el-Sisi". */
function particleJoined(t: Token, lex: Lexicon): boolean {
  const dash = t.text.indexOf("-");
  return dash > 0 && lex.nameParticles.has(t.lower.slice(0, dash)) && /^\p{Lu}/u.test(t.text.slice(dash + 1));
}

/** A capitalised word that can be part of a person's name: no role or body noun either. */
export function isNameWord(t: Token | undefined, lex: Lexicon): boolean {
  return isCapWord(t, lex) && !lex.roles.has(t!.lower) && !lex.bodies.has(t!.lower);
}

/**
 * A lower-case name particle before a capitalised name word ("von", "de"); one that is also an article
 * ("der", "la") only after another particle ("von der Leyen"), so "Allendorf der Zeitung" is no name.
 */
export function isParticle(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j];
  if (!t || !lex.nameParticles.has(t.lower)) return false;
  const next = tokens[j + 1];
  // The word after the particles is a name, not a body: "Claudia Major von der Stiftung …".
  const name = isNameWord(next, lex) ? j + 1 : !!next && lex.nameParticles.has(next.lower) && isNameWord(tokens[j + 2], lex) ? j + 2 : -1;
  const article = lex.definite.has(t.lower) || lex.indefinite.has(t.lower);
  return name > 0 && (!article || lex.nameParticles.has(tokens[j - 1]?.lower ?? "")) && !bodyAhead(tokens, name, lex);
}

/** Whether a body noun ends the capitals at `j`: "von der Deutschen Bank" is an affiliation, "von der Leyen" a name. */
function bodyAhead(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  for (let k = j; k < j + MAX_NAME && isCapWord(tokens[k], lex); k++) if (lex.bodies.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * People the text names on its own, without the people engine: a capitalised word right after a
 * role noun ("Außenminister Rubio"), two to four name words after an owner ("CNN’s Jake Tapper"),
 * or, with `runs`, such words anywhere ("Lee Jae-myung", "Marco Rubio") — never with a role or
 * body noun among them ("Weißen Haus").
 */
export function findNames(tokens: readonly Token[], lex: Lexicon, runs: boolean): FoundName[] {
  const out: FoundName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i], lex) || isNameWord(tokens[i - 1], lex)) continue;
    let j = i;
    while (j < tokens.length && j - i < MAX_NAME && (isNameWord(tokens[j], lex) || isParticle(tokens, j, lex))) j++;
    const prev = tokens[i - 1];
    const afterRole = prev?.kind === "word" && isRoleWord(lex, prev.text, prev.lower);
    const several = j - i >= 2;
    // "Al Jazeera’s Zeina Khodr", "Sky News’ Sam Coates": who a person works for stands before the name.
    const owned = prev?.kind === "word" ? prev.cap && endsPossessive(prev.lower) : pluralOwner(tokens, i);
    // "das System Smart Parking Pro", "die Software Parkwise": where nouns are capitalised, capitals
    // after an article are a thing's noun and name.
    const thing = lex.capitalisedNouns && prev?.kind === "word" && isDeterminer(prev.lower, lex);
    if (afterRole || (several && ((runs && !thing) || owned))) {
      out.push({ name: words(tokens, i, j), role: afterRole ? prev.text : null });
    }
    i = j - 1;
  }
  return out;
}

/** An owner ending in "s" whose possessive is a bare apostrophe before token `i`: "Sky News’". */
function pluralOwner(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i - 1];
  const owner = tokens[i - 2];
  const apostrophe = mark?.text === "’" || mark?.text === "'";
  return apostrophe && owner?.kind === "word" && owner.cap && owner.end === mark.start && owner.lower.endsWith("s");
}

const words = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(" ");
