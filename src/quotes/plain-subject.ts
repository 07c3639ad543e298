import type { Token } from "./tokens";
import { isBodyNoun, isPersonNoun, type Lexicon } from "./lexicon";
import type { Mention } from "./mention";

/** Words a plain subject may span: "Analysts at the Institute for Fiscal Studies". */
const MAX_PLAIN = 8;

/**
 * The words [from, k) that open a sentence before its verb of saying, as the speaker said as
 * written, where they are one noun phrase whose noun names people or a body: "Texas health
 * officials", "Patient groups", "Analysts at the Institute for Fiscal Studies". For subjects no
 * mention parses, plural ones above all; a complement after a preposition is no head.
 */
export function plainSubject(text: string, tokens: readonly Token[], from: number, k: number, lex: Lexicon): Mention | null {
  // "But indigenous elders say": a sentence may open with a coordinator.
  if (lex.coordinators.has(tokens[from]!.lower)) from++;
  if (k <= from || k - from > MAX_PLAIN) return null;
  // The last word before each preposition: "analysts" of "Analysts at the Institute …".
  const heads: number[] = [];
  for (let j = from; j < k; j++) {
    const t = tokens[j]!;
    // "UN welcomes the pause but aid groups say": two clauses.
    if (t.kind !== "word" || lex.verbs.has(t.lower) || (lex.coordinators.has(t.lower) && !lex.conjunctions.has(t.lower))) return null;
    if (!lex.prepositions.has(t.lower)) continue;
    if (j === from || lex.prepositions.has(tokens[j - 1]!.lower)) return null;
    heads.push(j - 1);
  }
  heads.push(k - 1);
  // "Dozens of councils in England": after a quantifier alone the complement names them.
  const head = heads[0] === from && heads.length > 1 && !namesPeople(tokens[from]!.lower, lex) ? heads[1]! : heads[0]!;
  const h = tokens[head]!.lower;
  if (!namesPeople(h, lex)) return null;
  const first = tokens[from]!;
  const written = text.slice(first.start, tokens[k - 1]!.end);
  return { kind: "group", text: written, start: first.start, end: tokens[k - 1]!.end, role: null, head: h, next: k };
}

/** Whether a noun names people, a body or a company, in the singular or plural: "officials", "groups", "parents", "automaker". */
const namesPeople = (w: string, lex: Lexicon) =>
  isPersonNoun(lex, w) ||
  isBodyNoun(lex, w) ||
  lex.companyIntros.some((e) => w.endsWith(e)) ||
  lex.pluralEndings.some((e) => w.endsWith(e) && isPersonNoun(lex, w.slice(0, -e.length)));
