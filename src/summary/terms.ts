import { LETTER, NUMBER, runEnd, unitsOf } from "../text/char-class";
import { stopwordList, textLang } from "../lang";
import type { TextLang } from "../lang/types";

/** Shortest stem a suffix may leave, in letters: "buses" becomes "bus", "bus" stays. */
const MIN_STEM = 3;

/** A language's stopwords and suffixes, ready for `contentTerms`. */
export interface Stemmer {
  stop: ReadonlySet<string>;
  /** Suffixes, longest first. */
  suffixes: readonly string[];
}

const cache = new WeakMap<TextLang, Stemmer>();
/** The stemmer for a language tag (English when unsupported), built once per language. */
export function stemmerFor(lang: string | null): Stemmer {
  const text = textLang(lang);
  let s = cache.get(text);
  if (!s) {
    s = { stop: new Set(stopwordList(lang)), suffixes: [...text.suffixes].sort((a, b) => b.length - a.length) };
    cache.set(text, s);
  }
  return s;
}

/** A word's stem: the longest listed suffix cut off when enough of the word stays. */
function stem(word: string, suffixes: readonly string[]): string {
  for (const suf of suffixes) {
    if (word.length - suf.length >= MIN_STEM && word.endsWith(suf)) return word.slice(0, -suf.length);
  }
  return word;
}

const CLITIC_MARKS = "'’-";

/** A word without a trailing possessive or mark: "minister's" → "minister", "jesus'" → "jesus", "anti-" → "anti". */
function withoutClitic(w: string): string {
  const n = w.length;
  if (n > 1 && w[n - 1] === "s" && CLITIC_MARKS.includes(w[n - 2]!)) return w.slice(0, -2);
  return n > 0 && CLITIC_MARKS.includes(w[n - 1]!) ? w.slice(0, -1) : w;
}

const isMark = (c: number) => c === 39 || c === 0x2019 || c === 45;

/**
 * End of the word at `i`, or `i` when none starts there: a letter then letters, digits and marks,
 * or a run of digits — what /\p{L}[\p{L}\p{N}'’-]*|\p{N}+/u matches, scanned by table (see char-class).
 */
function wordEnd(s: string, i: number): number {
  const first = unitsOf(s, i, LETTER);
  return first === 0 ? runEnd(s, i, NUMBER) : runEnd(s, i + first, LETTER | NUMBER, isMark);
}

/** The stemmed content words of a text: lower case, stopwords and one-letter words left out. */
export function contentTerms(text: string, { stop, suffixes }: Stemmer): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length;) {
    const end = wordEnd(lower, i);
    if (end === i) {
      i++;
      continue;
    }
    const w = withoutClitic(lower.slice(i, end));
    i = end;
    if (w.length < 2 || stop.has(w)) continue;
    out.push(stem(w, suffixes));
  }
  return out;
}
