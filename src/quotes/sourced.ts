import type { Token } from "./tokens";
import { isBodyNoun, isDeterminer, isPersonNoun, isPluralRole, type Lexicon } from "./lexicon";
import { parseMention, type Mention } from "./mention";
import { sourcePhrase } from "./attribute";
import { nameAfterLower, opensClause, pastLeadIn, reportLast } from "./bare-clause";
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
  const lead = sourcePhrase(tokens, from, lex);
  if (lead > 0) return sourcedBefore(text, tokens, from + lead, to, lex);
  // The last comma before a source phrase: "…, according to Julia Fisher, an education researcher …".
  let c = to - 1;
  while (c > from && (tokens[c]!.text !== "," || sourcePhrase(tokens, c + 1, lex) === 0)) c--;
  const n = c > from ? sourcePhrase(tokens, c + 1, lex) : 0;
  return n > 0 ? sourcedAt(text, tokens, from, c, c + 1 + n, to, lex) : null;
}

/** Words a source phrase that opens a sentence may span to its comma: "According to the Office for National Statistics,". */
const MAX_SOURCE = 8;

/**
 * Reported speech after a source phrase that opens its sentence at `at`, where mood does not mark
 * it: "According to Woolnough, waiting lists have grown by a third." A clause of its own, a subject
 * and its verb, follows the comma after the source, which names a person or a body.
 */
function sourcedBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
  to: number,
  lex: Lexicon,
): { words: Span; mention: Mention } | null {
  const bare = lex.bareClause;
  if (!bare) return null;
  let c = at;
  while (c < to && c - at <= MAX_SOURCE && tokens[c]!.kind === "word") c++;
  if (tokens[c]?.text !== "," || c === at) return null;
  const mention = parseMention(text, tokens, at, c, lex) ?? nameAfterLower(text, tokens, at, c, lex);
  if (!mention || mention.next !== c || !speaking(mention, lex) || !opensClause(tokens, c + 1, to, lex, bare)) return null;
  const end = reportLast(tokens, c + 1, to, lex);
  return end > c + 1 ? { words: { start: tokens[c + 1]!.start, end: tokens[end]!.end }, mention } : null;
}

/** Whether a source names someone who speaks: a name, or a noun for a person or a body ("so das Ziel" compares). */
function speaking(m: Mention, lex: Lexicon): boolean {
  if (m.kind === "impersonal" || m.kind === "place") return false;
  const head = m.kind === "name" ? null : m.head;
  return !head || isPersonNoun(lex, head) || isBodyNoun(lex, head) || isPluralRole(lex, head, null);
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
  // "…, so das Ziel der Initiative": "so" compares too; a source phrase's noun names a person or a body.
  if (!mention || !speaking(mention, lex)) return null;
  // Words after the source still describe it ("two people familiar with the discussions"): the sentence ends with them.
  let tail = mention.next;
  while (tail < to && tokens[tail]!.kind === "word") tail++;
  // "…, according to Julia Fisher, an education researcher at …": so does an apposition.
  if (tokens[tail]?.text === "," && isDeterminer(tokens[tail + 1]?.lower ?? "", lex)) {
    tail += 2;
    while (tail < to && tokens[tail]!.kind === "word") tail++;
  }
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
