import type { Lexicon } from "./lexicon";
import type { MarkedSpan } from "./scan-marks";
import { endsSentence } from "./sentences";

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;
const HYPHEN = /[-‐‑]/;

/**
 * Whether marked words are a quotation rather than a scare quote, a term, a name or a title:
 * one or two words only as a whole utterance after a colon ("fügte hinzu: „Eine
 * Ungeschicklichkeit.“") or before a verb of saying ("„Wir bleiben“, sagte er"); never glued to a word by a hyphen (US-"Friedensplan"); never a run of
 * capitalised words without a sentence's punctuation ("New York Times", „La République en
 * Marche“); never right after a word that names a work or term ("im Film „…“", "so-called").
 */
export function isQuotation(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  const inner = text.slice(span.start, span.end).trim();
  const words = inner.match(WORDS) ?? [];
  if (words.length === 0) return false;
  if (HYPHEN.test(text[span.open - 1] ?? "") || HYPHEN.test(text[span.close] ?? "")) return false;
  const sentence = endsSentence(inner) || /[,;:]$/.test(inner);
  if (words.length <= 2) return !span.continues && /^\p{Lu}/u.test(inner) && (introduced(text, span) || attributed(text, span, lex));
  if (!sentence && isNameLike(words, lex)) return false;
  const cue = wordBefore(text, span.open, lex);
  return !(cue && lex.titleCues.has(cue) && !sentence);
}

/** Share of capitalised words that makes marked words a name or title ("New York Times"). */
const NAME_CAPITALS = 0.6;

/** Capitalised words with at most short or function words between them: „La République en Marche“. */
function isNameLike(words: readonly string[], lex: Lexicon): boolean {
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const joiners = (w: string) => w.length <= 3 || isFunctionWord(w.toLowerCase(), lex);
  return caps >= 2 && caps >= NAME_CAPITALS * words.length && words.every((w) => /^\p{Lu}/u.test(w) || joiners(w));
}

/** A colon right before the opening mark: "fügte hinzu: „Eine Ungeschicklichkeit.“". */
const introduced = (text: string, span: MarkedSpan) => /:\s*$/.test(text.slice(Math.max(0, span.open - 3), span.open));

/** A verb of saying right after the closing mark: "„Wir bleiben“, sagte er". */
function attributed(text: string, span: MarkedSpan, lex: Lexicon): boolean {
  const m = /^\s*,?\s*([\p{L}]+)/u.exec(text.slice(span.close, span.close + 40));
  return !!m && lex.verbs.has(m[1]!.toLowerCase());
}

const isFunctionWord = (w: string, lex: Lexicon) =>
  lex.definite.has(w) || lex.indefinite.has(w) || lex.nameParticles.has(w) || lex.notNames.has(w);

/** The lower-case word right before an opening mark, looking past one determiner ("the book “…”"). */
function wordBefore(text: string, open: number, lex: Lexicon): string | null {
  const m = /([\p{L}-]+)\s+(?:([\p{L}-]+)\s+)?$/u.exec(text.slice(Math.max(0, open - 60), open));
  if (!m) return null;
  const near = (m[2] ?? m[1]!).toLowerCase();
  return m[2] && (lex.definite.has(near) || lex.indefinite.has(near)) ? m[1]!.toLowerCase() : near;
}
