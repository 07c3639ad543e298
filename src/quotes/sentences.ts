import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";

const END = new Set([".", "!", "?", "…"]);
const ENDS_SENTENCE = /[.!?…]\s*$/;

/**
 * Sentence ranges as token index pairs [from, to). A period after an abbreviation, an initial or
 * (where nouns are capitalised, as in German dates "2. Dezember") a short number ends nothing.
 * A quote that ends in its own full stop ends the sentence when a capital follows.
 */
export function sentences(
  tokens: readonly Token[],
  lex: Lexicon,
  quoteEndsSentence: (q: number) => boolean,
  /** Whether a quote ends in ! or ?, marks that may stand for the comma before "Haoyu said". */
  quoteExclaims: (q: number) => boolean,
) {
  const out: [number, number][] = [];
  let from = 0;
  const cut = (to: number) => {
    if (to > from) out.push([from, to]);
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === "break") {
      cut(i);
      from = i + 1;
      continue;
    }
    // "…known as “quantitative tightening.” Markets now …": a closing mark right after a full stop
    // of words that are no quotation goes with it.
    if (t.kind === "punct" && END.has(t.text) && next?.kind === "punct" && lex.marks.has(next.text) && next.start === t.end) {
      const after = tokens[i + 2];
      const prev = tokens[i - 1];
      if ((!after || (after.start > next.end && startsSentence(after))) && !(prev?.kind === "word" && isAbbreviation(prev, lex))) {
        cut(i + 2);
        i++;
      }
      continue;
    }
    const startsNew = !next || startsSentence(next);
    if (!startsNew) continue;
    if (t.kind === "punct" && END.has(t.text)) {
      const prev = tokens[i - 1];
      if (prev?.kind === "word" && isAbbreviation(prev, lex)) continue;
      cut(i + 1);
    } else if (
      t.kind === "quote" &&
      next?.kind === "word" &&
      quoteEndsSentence(t.quote) &&
      !(quoteExclaims(t.quote) && saidByName(tokens, i + 1, lex))
    ) {
      cut(i + 1);
    }
  }
  cut(tokens.length);
  return out;
}

/** Capitalised words a name before its verb of saying may have: "Haoyu Zhang-Demir said". */
const MAX_NAME_WORDS = 3;

/**
 * A name and then a verb of saying from token `i`: "“I’m trying!” Haoyu said." goes on. Not where
 * nouns are capitalised: "„…?“ Weiter sagte er" starts anew.
 */
function saidByName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (lex.capitalisedNouns) return false;
  let j = i;
  while (j < i + MAX_NAME_WORDS && tokens[j]?.kind === "word" && tokens[j]!.cap) j++;
  const verb = tokens[j];
  return j > i && verb?.kind === "word" && !verb.cap && lex.verbs.has(verb.lower);
}

/** Whether a token may open a sentence: a break, a capital, a quotation or a digit. */
const startsSentence = (t: Token) => t.kind === "break" || t.cap || t.kind === "quote" || isDigit(t.text.charCodeAt(0));

/** "0" to "9" (char codes 48 to 57). */
const isDigit = (c: number) => c >= 48 && c <= 57;

function isAbbreviation(t: Token, lex: Lexicon): boolean {
  if (lex.abbreviations.has(t.lower)) return true;
  if (t.text.length === 1 && t.cap) return true;
  return lex.capitalisedNouns && /^\d{1,2}$/.test(t.text);
}

/** Whether quoted words end with their own sentence punctuation. */
export const endsSentence = (words: string) => ENDS_SENTENCE.test(words);
