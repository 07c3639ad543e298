import type { Span } from "../types";
import type { Token } from "./tokens";
import { isDeterminer, type Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";
import { mayBeFinite, reportLast } from "./bare-clause";
import { isClosedClass } from "./subjunctive";

/** Words the subject before a speaker set off by commas may span: "The Senate", "The numbers". */
const MAX_OPENING = 6;
/** Words after the speaker before the second comma: "he said on Friday". */
const MAX_AFTER = 3;

/**
 * Reported speech around its speaker set off by commas, the verb of saying at `k` of a sentence
 * [from, to): "The board, he said, had given up on …", "Die Reform, sagte er, sei überfällig". The
 * words before the first comma are a noun phrase that a determiner or a capital opens, with no
 * verb; a finite verb follows the second comma.
 */
export function parenthetical(
  text: string,
  tokens: readonly Token[],
  from: number,
  k: number,
  to: number,
  lex: Lexicon,
): { words: Span; mention: Mention } | null {
  let c = k - 1;
  while (c > from && tokens[c]!.kind === "word") c--;
  if (c === from || c - from > MAX_OPENING || tokens[c]!.text !== ",") return null;
  const first = tokens[from]!;
  if (!(isDeterminer(first.lower, lex) || first.cap) || lex.prepositions.has(first.lower) || lex.subordinators.has(first.lower))
    return null;
  for (let j = from + 1; j < c; j++) if (tokens[j]!.kind !== "word" || mayBeFinite(tokens[j]!, lex)) return null;
  // "That, Senator Susan Collins said, is why …": a word pointing back names no subject of its own.
  const head = tokens[c - 1]!.lower;
  if (isClosedClass(head, lex) || lex.complementizers.has(head) || lex.pronouns.has(head)) return null;
  // "he said" or, where the verb comes first, "sagte er".
  const mention = k === c + 1 ? parseMention(text, tokens, k + 1, to, lex) : parseMention(text, tokens, c + 1, k, lex);
  if (!mention || (k > c + 1 && mention.next !== k)) return null;
  let close = Math.max(mention.next, k + 1);
  const rest = close;
  while (close < to && close - rest < MAX_AFTER && tokens[close]!.kind === "word") close++;
  const verb = tokens[close + 1];
  // "…, teilten mit, dass …": a clause the verb opens is its object, no second half of the report.
  if (tokens[close]?.text !== "," || close + 2 >= to || !verb || !mayBeFinite(verb, lex) || lex.complementizers.has(verb.lower))
    return null;
  const end = reportLast(tokens, close + 1, to, lex, close);
  return end > close ? { words: { start: first.start, end: tokens[end]!.end }, mention } : null;
}
