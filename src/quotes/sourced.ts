import type { Token } from "./tokens";
import { isBodyNoun, isPersonNoun, isPluralRole, type Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";
import { sourcePhrase } from "./attribute";
import { nameAfterLower, opensClause, pastLeadIn } from "./bare-clause";
import type { Span } from "../types";

/**
 * Reported speech that a source phrase closes after a comma at its sentence's end, with no verb
 * of saying: "Einsparungen seien ebenfalls kein Tabu, so Haase.", "White House officials have
 * grown frustrated, according to two people familiar with the discussions." The words before
 * the comma are a clause of their own, a subject and its verb, where mood does not mark reported
 * speech; where it does, the source says as much as the mood ("…, so Stürzer").
 */
export function sourcedReport(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
): { words: Span; mention: Mention } | null {
  let c = to - 1;
  while (c > from && tokens[c]!.text !== ",") c--;
  const n = c > from ? sourcePhrase(tokens, c + 1, lex) : 0;
  return n > 0 ? sourcedAt(text, tokens, from, c, c + 1 + n, to, lex) : null;
}

function sourcedAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  c: number,
  at: number,
  to: number,
  lex: Lexicon,
): { words: Span; mention: Mention } | null {
  let last = to;
  while (last > at && tokens[last - 1]!.kind === "punct") last--;
  // "according to flight-tracking site FlightAware": lower-case words may name its role.
  const mention = parseMention(text, tokens, at, to, lex) ?? nameAfterLower(text, tokens, at, last, lex);
  if (!mention || mention.kind === "impersonal" || mention.kind === "place") return null;
  // "…, so das Ziel der Initiative": "so" compares too; a source phrase's noun names a person or a body.
  const head = mention.kind === "name" ? null : mention.head;
  if (head && !isPersonNoun(lex, head) && !isBodyNoun(lex, head) && !isPluralRole(lex, head, null)) return null;
  // Words after the source still describe it ("two people familiar with the discussions"): the sentence ends with them.
  let tail = mention.next;
  while (tail < to && tokens[tail]!.kind === "word") tail++;
  if (tail < to - 1) return null;
  // The writer's words before a colon are no part of it.
  let start = c - 1;
  while (start > from && tokens[start - 1]!.text !== ":") start--;
  const bare = lex.bareClause;
  if (bare) start = pastLeadIn(tokens, start, c, lex, bare);
  // Where mood marks reported speech, a source after the words says as much as the mood: "…, so Stürzer".
  const ok = lex.subjunctive.size > 0 || (!!bare && opensClause(tokens, start, c, lex, bare));
  return ok && c - 1 > start ? { words: { start: tokens[start]!.start, end: tokens[c - 1]!.end }, mention } : null;
}
