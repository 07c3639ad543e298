import type { Lexicon } from "./lexicon";
import type { MarkedSpan } from "./scan-marks";
import { endsSentence } from "./sentences";
import { LETTER, NUMBER, runEnd, startsUpper, unitsOf } from "../text/char-class";

const ALNUM = LETTER | NUMBER;
const isWordMark = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46;

/**
 * The words of `s`: a letter or digit, then letters, digits, apostrophes, hyphens and periods (the
 * pattern [\p{L}\p{N}][\p{L}\p{N}'’\-.]* in unicode mode), scanned by table (see char-class).
 */
function wordsIn(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    if (unitsOf(s, i, ALNUM) === 0) {
      i++;
      continue;
    }
    const end = runEnd(s, i, ALNUM, isWordMark);
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

const HYPHEN = /[-‐‑]/;
const SPACE = /\s/;

/**
 * Whether marked words are a quotation rather than a scare quote, a term, a name or a title:
 * one or two words only as a whole utterance (see shortUtterance); never glued to a word by a
 * hyphen (US-"Friedensplan"); never a run of capitalised words without a sentence's punctuation
 * ("New York Times", „La République en Marche“) unless a comma and a verb of saying follow; never
 * right after a word that names a work, a term or a headline ("im Film „…“", "so-called", "unter
 * der Überschrift „…“").
 */
export function isQuotation(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  const inner = text.slice(span.start, span.end).trim();
  const words = wordsIn(inner);
  if (words.length === 0) return false;
  if (HYPHEN.test(text[span.open - 1] ?? "") || HYPHEN.test(text[span.close] ?? "")) return false;
  if (imagined(text, span, lex)) return false;
  if (words.length <= 2) return !span.continues && shortUtterance(text, span, inner, lex);
  if (endsSentence(inner) || /[;:]$/.test(inner)) return true;
  // A comma inside the marks may be the writer's, after a title: "in “Once Upon A Time in
  // Hollywood,” while …"; said words go on to a verb of saying ("“Thank You Very Much,” she said").
  const name = isNameLike(words, lex) && !characterised(text, span, lex);
  if (inner.endsWith(",")) return !name || lex.verbs.has(after(text, span).words[0] ?? "");
  // Where nouns are capitalised, said words look like a name too: „Politik nach Kassenlage“, sagte er.
  if (name) return saidAfterComma(text, span, lex);
  if (modifier(text, span, lex)) return false;
  const cue = wordBefore(text, span.open, lex);
  return !(cue && lex.titleCues.has(cue));
}

/**
 * Marked words between an article and a lower-case noun name the noun: the “show me your papers”
 * law, der „Wumms“-Effekt aside (a hyphen glues that one). A verb there says the words.
 */
function modifier(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  // Where nouns are capitalised a lower-case word after the marks is a verb ("einen „…“ gegeben").
  if (lex.capitalisedNouns) return false;
  const before = wordEndingBefore(text, span.open)?.word.toLowerCase() ?? "";
  if (!lex.definite.has(before) && !lex.indefinite.has(before)) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(span.close, span.close + AFTER_CHARS))?.[1];
  return !!next && !lex.verbs.has(next) && !lex.prepositions.has(next) && !lex.conjunctions.has(next) && !lex.notNames.has(next);
}

/** Words before an opening mark, in its sentence, that may introduce it as imagined. */
const IMAGINED_WITHIN = 6;
/** Characters looked back for words before a mark (about twice six words): see sentenceWordsBefore. */
const IMAGINED_CHARS = 80;
const SENTENCE_END = new Set([".", "!", "?", ";"]);

/** "as if to say “You think you got me?”": words put in someone's mouth, not said. */
function imagined(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  if (!lex.imagined.length) return false;
  const near = ` ${sentenceWordsBefore(text, span.open).slice(-IMAGINED_WITHIN).join(" ")} `;
  return lex.imagined.some((phrase) => near.includes(` ${phrase} `));
}

/** Words looked back from an indefinite article for a verb that says the marked words. */
const SAID_WITHIN = 6;

/**
 * "sprach von einem „Wehrdienst mit Verfallsdatum“", "bezeichnete den Plan als „Reform im
 * Blindflug“": a name takes no indefinite article, words a verb of saying characterises something
 * with do — capitalised nouns or not; so do the words a verb that calls something by them links
 * with "als", the verb before or right after ("als „…“ bezeichnet").
 */
function characterised(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  const det = wordEndingBefore(text, span.open);
  const link = det?.word.toLowerCase() ?? "";
  const said = (w: string) => lex.verbs.has(w) || lex.callVerbs.has(w);
  if (lex.callLinks.has(link) && said(after(text, span).words[0] ?? "")) return true;
  if (!det || (!lex.indefinite.has(link) && !lex.callLinks.has(link))) return false;
  return sentenceWordsBefore(text, det.start).slice(-SAID_WITHIN).some(said);
}

/** The lower-case words of the sentence before offset `at`, within IMAGINED_CHARS. */
function sentenceWordsBefore(text: string, at: number): string[] {
  let from = at;
  while (from > Math.max(0, at - IMAGINED_CHARS) && !SENTENCE_END.has(text[from - 1]!)) from--;
  return (
    text
      .slice(from, at)
      .toLowerCase()
      .match(/[\p{L}'’]+/gu) ?? []
  );
}

/** Share of capitalised words that makes marked words a name or title ("New York Times"). */
const NAME_CAPITALS = 0.6;

/** Capitalised words with at most short or function words between them: „La République en Marche“. */
function isNameLike(words: readonly string[], lex: Lexicon): boolean {
  const caps = words.filter((w) => startsUpper(w)).length;
  const joiners = (w: string) => w.length <= 3 || isFunctionWord(w.toLowerCase(), lex);
  return caps >= 2 && caps >= NAME_CAPITALS * words.length && words.every((w) => startsUpper(w) || joiners(w));
}

/**
 * One or two words said, not named: a whole sentence after a colon ("fügte hinzu: „Eine
 * Ungeschicklichkeit.“"), or set off by a comma or its own ! or ? before a verb of saying or a
 * source, or before a pronoun and a verb ("„Es war“, so Foucault"; "„Ruhe!“ rufen"; "“That’s it,” he
 * says"); lower-case, only by a comma before a verb. A name or term takes no such punctuation:
 * "Konkurrenz: "Ikigai"", "2007: ›Windmacher‹", "Das "Abschneiderecht" beschreibt".
 */
function shortUtterance(text: string, span: MarkedSpan, inner: string, lex: Lexicon): boolean {
  if (!startsUpper(inner)) return saidAfterComma(text, span, lex);
  if (introduced(text, span) && endsSentence(inner)) return true;
  const { comma, words } = after(text, span);
  if (!words.length || (!comma && !/[,!?…]$/.test(inner))) return false;
  const source = (phrase: readonly string[]) => phrase.every((w, k) => words[k] === w);
  // "„Ruhe!“ rufen", "“That’s it,” he says".
  const said = lex.verbs.has(words[0]!) || (lex.pronouns.has(words[0]!) && lex.verbs.has(words[1] ?? ""));
  return said || (comma && lex.sourceBefore.some(source)) || namedThenSaid(text, span, lex);
}

/** A name of up to three words (and an age), then a verb of saying: "“I laughed,” Harlow, 68, recalled". */
const NAME_THEN_VERB = /^\s*,?\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*,\s*\d{1,3}\s*,)?\s+(\p{Ll}+)/u;

function namedThenSaid(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  const verb = NAME_THEN_VERB.exec(text.slice(span.close, span.close + AFTER_CHARS))?.[1];
  return !!verb && lex.verbs.has(verb);
}

/** Words of a sentence's middle, then a comma and a verb of saying: "sei „zu unverbindlich“, kritisierte Spahn". */
function saidAfterComma(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  const { comma, words } = after(text, span);
  return comma && lex.verbs.has(words[0] ?? "");
}

/** Characters read after a closing mark for the words that attribute it (a few words). */
const AFTER_CHARS = 40;

/** The lower-case words right after a closing mark, and whether a comma comes first. */
function after(text: string, span: MarkedSpan): { comma: boolean; words: string[] } {
  const m = /^\s*(,?)\s*([\p{L}]+(?:\s+[\p{L}]+)*)/u.exec(text.slice(span.close, span.close + AFTER_CHARS));
  return m ? { comma: m[1] === ",", words: m[2]!.toLowerCase().split(/\s+/) } : { comma: false, words: [] };
}

/** A colon right before the opening mark: "fügte hinzu: „Eine Ungeschicklichkeit.“". */
const introduced = (text: string, span: MarkedSpan) => /:\s*$/.test(text.slice(Math.max(0, span.open - 3), span.open));

const isFunctionWord = (w: string, lex: Lexicon) =>
  lex.definite.has(w) || lex.indefinite.has(w) || lex.nameParticles.has(w) || lex.notNames.has(w);

/** Characters a word before a quote may hold: letters and hyphens ("so-called"). */
const WORD_PART = /[\p{L}-]/u;

/** The lower-case word right before an opening mark, looking past one determiner ("the book “…”"). */
function wordBefore(text: string, open: number, lex: Lexicon): string | null {
  const near = wordEndingBefore(text, open);
  if (!near) return null;
  const far = wordEndingBefore(text, near.start);
  const w = near.word.toLowerCase();
  return far && (lex.definite.has(w) || lex.indefinite.has(w)) ? far.word.toLowerCase() : w;
}

/** The word that whitespace separates from offset `end`, scanning back (no pattern over the text). */
function wordEndingBefore(text: string, end: number): { word: string; start: number } | null {
  let i = end;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  if (i === end) return null;
  const wordEnd = i;
  while (i > 0 && WORD_PART.test(text[i - 1]!)) i--;
  return i < wordEnd ? { word: text.slice(i, wordEnd), start: i } : null;
}
