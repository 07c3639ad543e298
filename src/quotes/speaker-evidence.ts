import { startsLower } from "../text/char-class";
import type { Token } from "./tokens";
import { isBodyNoun, isDeterminer, isPersonNoun, isPluralRole, type Lexicon } from "./lexicon";
import type { Mention } from "./mention";

/**
 * How the text writes its capitalised words. A sentence's start capitalises any word ("Imagine
 * my surprise", "Instead, …", "Cabe indicar"), and German capitalises every noun ("Belohnung:"):
 * a capital there says nothing of a name.
 */
export interface Capitals {
  /** Words written capitalised after a lower-case word of their sentence: "said Harry", "her mother, Fiona,". */
  inProse: ReadonlySet<string>;
  /** Lower-case words of the text. */
  lower: ReadonlySet<string>;
  /** Capitalised words written after an article or possessive that opens no relative clause: "die Belohnung". */
  afterDeterminer: ReadonlySet<string>;
}

/** One pass over the words of the sentences `bounds` (token ranges [from, to)). */
export function readCapitals(tokens: readonly Token[], bounds: readonly (readonly [number, number])[], lex: Lexicon): Capitals {
  const inProse = new Set<string>();
  const lower = new Set<string>();
  const afterDeterminer = new Set<string>();
  for (const [from, to] of bounds) {
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") continue;
      if (!t.cap) {
        lower.add(t.lower);
        continue;
      }
      // After a lower-case word or a quote of the same sentence: "“…,” Hauser said".
      const prev = i > from ? tokens[i - (tokens[i - 1]!.text === "," && i - 1 > from ? 2 : 1)]! : null;
      if (prev && ((prev.kind === "word" && startsLower(prev.text)) || prev.kind === "quote")) inProse.add(t.text);
      // "die Belohnung:", "der erste Wahlgang"; not "das Vreni Frost-Urteil" (a name before its noun) nor "von der Leyen".
      const d = determinerBefore(tokens, i, from, lex);
      const named = !!tokens[i + 1]?.cap || lex.nameParticles.has(tokens[d - 1]?.lower ?? "");
      if (d >= 0 && !named && !relative(tokens, d, lex)) afterDeterminer.add(t.text);
    }
  }
  return { inProse, lower, afterDeterminer };
}

/**
 * Whether the article at `k` opens a relative clause: after a comma, or after a preposition after
 * one ("Ein Fakt, den Vreni …", "der Stadt, in der Duplantis …"). A name follows there as well.
 */
function relative(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const before = tokens[k - 1];
  if (before?.text === ",") return true;
  return !!before && lex.prepositions.has(before.lower) && tokens[k - 2]?.text === ",";
}

/** Lower-case words (adjectives) a determiner may stand before its noun: "der zweite Wahlgang". */
const MAX_ADJECTIVES = 2;

/** The index of the determiner or numeral before the noun at `i` ("46 Prozent"), over a few lower-case words, else -1. */
function determinerBefore(tokens: readonly Token[], i: number, from: number, lex: Lexicon): number {
  for (let k = i - 1; k >= from && k >= i - 1 - MAX_ADJECTIVES; k--) {
    const w = tokens[k]!;
    if (w.kind === "word" && (isDeterminer(w.lower, lex) || isNumeral(w.text))) return k;
    if (w.kind !== "word" || !startsLower(w.text)) return -1;
  }
  return -1;
}

const isNumeral = (w: string) => /^\d+$/.test(w);

/** Two or more capitals and nothing else: "BMA", "FBI", "DWD". */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Whether a mention can name a speaker. A one-word name that no one by that name bears out and
 * that comes with no role must be written as a name in the text: where only names are
 * capitalised, somewhere after a lower-case word ("Imagine", "Otherwise", "Aunque" open
 * sentences only); where nouns are too, never after an article ("die Belohnung") and, when never
 * capitalised inside a sentence, never in lower case ("Wer", "wer").
 */
export function namesSpeaker(m: Mention, caps: Capitals, lex: Lexicon, known: (name: string) => boolean): boolean {
  if (m.kind === "group" && m.head) return canSpeak(m, m.head, lex);
  if (m.kind !== "name" || m.role || m.text.includes(" ") || known(m.text)) return true;
  // "BMA says", "NHS England said": an acronym names a body wherever it stands.
  if (ACRONYM.test(m.text)) return true;
  // "Maryland-based", "Mozilla-signed": a compound that ends in a lower-case word is an adjective.
  if (startsLower(m.text.slice(m.text.lastIndexOf("-") + 1))) return false;
  if (lex.capitalisedNouns && caps.afterDeterminer.has(m.text)) return false;
  if (caps.inProse.has(m.text)) return true;
  return lex.capitalisedNouns && !caps.lower.has(m.text.toLowerCase());
}

/**
 * Whether a noun phrase's head can speak: a person, body or acronym ("die NASA"), or a part of
 * people ("einer von ET-News’ Insidern", "eine meiner Leserinnen"). Where every noun is
 * capitalised any noun heads a phrase, and most name things: "das Unheil", "ihr Credo", "meine Antwort".
 */
function canSpeak(m: Mention, head: string, lex: Lexicon): boolean {
  if (!lex.capitalisedNouns || isPersonNoun(lex, head) || isPluralRole(lex, head, null) || isBodyNoun(lex, head)) return true;
  const words = m.text.split(" ");
  const second = words[1]?.toLowerCase() ?? "";
  const partitive =
    lex.indefinite.has(words[0]!.toLowerCase()) &&
    (lex.prepositions.has(second) || lex.possessives.has(second) || lex.definite.has(second));
  const written = words.find((w) => w.toLowerCase() === head);
  return partitive || (!!written && written === written.toUpperCase());
}
