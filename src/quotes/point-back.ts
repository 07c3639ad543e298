import type { Block } from "../types";
import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import { parseMention, parseMentionBefore, type Mention } from "./mention";
import { isSayingVerb, subjectAfter } from "./verbs";
import { byStart, lastBelow } from "./search";

/** Tokens from the pointing word to its verb of saying: "That , Senator Susan Collins of Maine said". */
const MAX_TO_VERB = 8;

/**
 * The speaker of a block quote named by the paragraph after it, whose first sentence points back at
 * it: "Das sagte die Vorsitzende Beate Schücking am Dienstag", "That, said Feargal Sharkey, …",
 * "That, Smith said, is why …". Null when the paragraph does not open so.
 */
export function speakerAfter(
  text: string,
  tokens: readonly Token[],
  next: Block | undefined,
  lex: Lexicon,
  speaks: (m: Mention) => boolean,
): Mention | null {
  if (next?.kind !== "paragraph") return null;
  const from = lastBelow(tokens, next.start, byStart) + 1;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < next.end && !/^[.!?:]$/.test(tokens[to]!.text)) to++;
  if (!lex.pointBack.has(tokens[from]?.lower ?? "")) return null;
  const comma = tokens[from + 1]?.text === ",";
  const first = from + (comma ? 2 : 1);
  // "Das sagte Müller", "That, said Sharkey", "So formulierte es Müller", "So äußerte sich
  // Müller": the speaker follows the verb.
  if (isSayingVerb(tokens, first, first, lex)) {
    const after = lex.expletives.has(tokens[first + 1]?.lower ?? "") ? first + 2 : subjectAfter(tokens, first, lex);
    return checked(parseMention(text, tokens, after, to, lex), speaks);
  }
  // "That, Smith said, …": a speaker set off by commas before the verb.
  if (!comma) return null;
  for (let k = first + 1; k < to && k <= from + MAX_TO_VERB; k++) {
    if (tokens[k]!.kind !== "word") return null;
    if (isSayingVerb(tokens, k, first, lex)) return checked(parseMentionBefore(text, tokens, k, first, lex), speaks);
  }
  return null;
}

function checked(m: Mention | null, speaks: (m: Mention) => boolean): Mention | null {
  return m && m.kind !== "impersonal" && m.kind !== "place" && speaks(m) ? m : null;
}
