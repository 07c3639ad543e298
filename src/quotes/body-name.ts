import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { isCapWord } from "./names";
import { byStart, lastBelow } from "./search";

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
    if (t.kind !== "word" || !isCapWord(tokens[j + 1], lex) || !lex.companyIntros.some((e) => t.lower.endsWith(e))) continue;
    if (!opensSentence(tokens, j, lex)) continue;
    let e = j + 2;
    while (e < j + 1 + MAX_COMPANY && isCapWord(tokens[e], lex)) e++;
    return text.slice(tokens[j + 1]!.start, tokens[e - 1]!.end);
  }
  return null;
}

/** Whether token `j` opens its sentence, alone or after a determiner and a few words ("The software company"). */
function opensSentence(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const starts = (k: number) => k === 0 || tokens[k - 1]!.kind !== "word";
  if (starts(j)) return true;
  for (let k = j - 1; k >= 0 && k >= j - INTRO_WITHIN; k--) {
    if (tokens[k]!.kind !== "word") return false;
    if (lex.definite.has(tokens[k]!.lower) && starts(k)) return true;
  }
  return false;
}
