import type { Block } from "../types";
import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";
import { isSayingVerb } from "./verbs";

/**
 * The body that "it" stands for beside a verb of saying in sentence `s` ("“…,” it said in a
 * statement"): the subject the sentence before opens with, in the same block, where that is an
 * organisation — a body noun ("The company apologised") or capitalised words no person bears
 * ("Southern Water apologised"). Null elsewhere.
 */
export function bodyForIt(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  s: number,
  blocks: readonly Block[],
  lex: Lexicon,
  known: (name: string) => boolean,
): Mention | null {
  const [from, to] = bounds[s] ?? [0, 0];
  if (lex.neuterPronouns.size === 0 || s === 0 || !saidByIt(tokens, from, to, lex)) return null;
  const [pf, pt] = bounds[s - 1]!;
  const start = tokens[from]!.start;
  if (!blocks.some((b) => b.kind === "paragraph" && b.start <= tokens[pf]!.start && start < b.end)) return null;
  const m = parseMention(text, tokens, pf, pt, lex);
  if (!m || tokens[m.next]?.kind !== "word" || tokens[m.next]!.cap) return null;
  const body = m.kind === "group" && m.head !== null && lex.bodies.has(m.head);
  return body || (m.kind === "name" && !m.role && !known(m.text)) ? m : null;
}

/** Whether a neuter pronoun is the subject of a verb of saying in [from, to): "it said", "said it". */
function saidByIt(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    if (!isSayingVerb(tokens, k, from, lex)) continue;
    if (lex.neuterPronouns.has(tokens[k - 1]?.lower ?? "") || lex.neuterPronouns.has(tokens[k + 1]?.lower ?? "")) return true;
  }
  return false;
}
