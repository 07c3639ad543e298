import type { Token } from "./tokens";
import type { Mention } from "./mention";
import { isCapWord } from "./names";
import { byStart, lastBelow } from "./search";
import { isBodyNoun, isDeterminer, isPersonNoun, isPluralVerb, type Lexicon } from "./lexicon";
import { startsLower } from "../text/char-class";

/** Tokens back that a body's full name may lie from the noun that takes it up: a few paragraphs. */
const BODY_WITHIN = 400;

/**
 * The full name of the body that a definite body noun alone takes up: "the bank" after "The Bank
 * of Japan", "the ministry" after "The Finance Ministry", "der Städtetag" after "der Deutsche
 * Städtetag" — the last name before it of capitals that holds the noun. Null when none does.
 */
export function namedBody(text: string, tokens: readonly Token[], m: Mention, lex: Lexicon): string | null {
  if (m.kind !== "group" || !m.head || !lex.bodies.has(m.head)) return null;
  const i = lastBelow(tokens, m.start, byStart) + 1;
  if (m.next !== i + 2 || !lex.definite.has(tokens[i]?.lower ?? "")) return null;
  return nameHolding(text, tokens, i, m.head, lex) ?? (lex.companies.has(m.head) ? namedCompany(text, tokens, i, lex) : null);
}

/** The last name of capitals before token `i` that holds the noun `head` ("der Deutsche Städtetag"). */
function nameHolding(text: string, tokens: readonly Token[], i: number, head: string, lex: Lexicon): string | null {
  for (let j = i - 1; j >= 0 && j >= i - BODY_WITHIN; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word" || !t.cap || t.lower !== head) continue;
    // "the government" takes up no "Local Government Association": there the noun heads no name.
    if (isCapWord(tokens[j + 1], lex)) continue;
    let s = j;
    while (s > 0 && isCapWord(tokens[s - 1], lex)) s--;
    let e = j + 1;
    while (lex.nameLinks.has(tokens[e]?.lower ?? "") && isCapWord(tokens[e + 1], lex)) {
      e += 2;
      while (isCapWord(tokens[e], lex)) e++;
    }
    if (e - s >= 2) return text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  }
  return null;
}

/** Words a company's name may span after the noun that introduces it: "ZF Friedrichshafen". */
const MAX_COMPANY = 3;
/** Words a sentence's determiner may stand before the noun that introduces a company: "The software company". */
const INTRO_WITHIN = 3;

/**
 * The company that "das Unternehmen", "the company" at token `i` takes up: the last one a sentence
 * opened with, its name right after the noun that introduces it ("Der Autozulieferer ZF
 * Friedrichshafen will …", "Chipmaker Nvidia reported …"). Mid-sentence the capitals after such a
 * noun may be a noun of the clause ("dass der Konzern Stellen abbaut").
 */
function namedCompany(text: string, tokens: readonly Token[], i: number, lex: Lexicon): string | null {
  for (let j = i - 1; j >= 0 && j >= i - BODY_WITHIN; j--) {
    const t = tokens[j]!;
    if (subjectName(tokens, j, lex) || openingName(tokens, j, lex)) return t.text;
    if (t.kind !== "word" || !isCapWord(tokens[j + 1], lex) || !lex.companyIntros.some((e) => t.lower.endsWith(e))) continue;
    if (!opensSentence(tokens, j, lex)) continue;
    let e = j + 2;
    while (e < j + 1 + MAX_COMPANY && isCapWord(tokens[e], lex)) e++;
    return text.slice(tokens[j + 1]!.start, tokens[e - 1]!.end);
  }
  return null;
}

/**
 * Whether token `j` is a name no noun introduces that a sentence opens with as its subject, after
 * its article and at most an adverb, where nouns are capitalised too: "Auch die Telekom verwies
 * auf …". A name, not a noun, where the text also writes it without an article ("rügt Telekom, …").
 */
function subjectName(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  const det = tokens[j - 1];
  if (!lex.capitalisedNouns || !t.cap || t.kind !== "word" || !det || !lex.definite.has(det.lower)) return false;
  const verb = tokens[j + 1];
  if (verb?.kind !== "word" || verb.cap || isBodyNoun(lex, t.lower) || isPersonNoun(lex, t.lower)) return false;
  // "Die Verzögerungen lägen an …": a plural verb takes no company's name.
  if (isPluralVerb(verb, lex)) return false;
  if (!startsAt(tokens, j - 1) && !(startsAt(tokens, j - 2) && lex.notNames.has(tokens[j - 2]!.lower))) return false;
  return writtenAfterLower(tokens, j, lex);
}

/**
 * Where nouns are not capitalised, whether token `j` is a name no noun introduces that opens its
 * sentence with no article, before a lower-case verb: "Shell declined to comment". A name, not a
 * sentence's first word, where the text also writes it after a lower-case word ("would leave Shell
 * with"); no surname, which the text writes after a first name ("John Thune", then "Thune said").
 */
function openingName(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  const verb = tokens[j + 1];
  if (lex.capitalisedNouns || !t.cap || t.kind !== "word" || !startsAt(tokens, j) || lex.notNames.has(t.lower)) return false;
  if (verb?.kind !== "word" || verb.cap || isBodyNoun(lex, t.lower) || isPersonNoun(lex, t.lower)) return false;
  if (tokens.some((w, k) => w.text === t.text && tokens[k - 1]?.kind === "word" && tokens[k - 1]!.cap)) return false;
  return writtenAfterLower(tokens, j, lex);
}

/** Whether the text writes the word at `j` elsewhere too, after a lower-case word that is no article or preposition: "rügt Telekom". */
function writtenAfterLower(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  return tokens.some(
    (w, k) =>
      k !== j &&
      w.text === t.text &&
      tokens[k - 1]?.kind === "word" &&
      startsLower(tokens[k - 1]!.text) &&
      !isArticleOrPreposition(tokens[k - 1]!.lower, lex),
  );
}

const isArticleOrPreposition = (w: string, lex: Lexicon) => isDeterminer(w, lex) || lex.prepositions.has(w);

/** Whether no word stands right before token `k`: it opens its sentence or clause. */
const startsAt = (tokens: readonly Token[], k: number) => k === 0 || tokens[k - 1]!.kind !== "word";

/** Whether token `j` opens its sentence, alone or after a determiner and a few words ("The software company", "Auch die Bahn-Tochter"). */
function opensSentence(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  if (startsAt(tokens, j)) return true;
  for (let k = j - 1; k >= 0 && k >= j - INTRO_WITHIN; k--) {
    if (tokens[k]!.kind !== "word") return false;
    // "Auch die Bahn-Tochter InfraGO": an adverb may stand before the article.
    if (lex.definite.has(tokens[k]!.lower) && (startsAt(tokens, k) || (startsAt(tokens, k - 1) && lex.notNames.has(tokens[k - 1]!.lower))))
      return true;
  }
  return false;
}
