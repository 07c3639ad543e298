import type { Block, Span } from "../types";
import type { TextLang } from "../lang/types";
import { textLang } from "../lang";
import { LETTER, NUMBER, UPPER, isWhiteSpace, runEnd, unitsOf } from "./char-class";

/** A sentence of the article text: trimmed offsets and the index of its block. */
export interface Sentence extends Span {
  block: number;
}

/** Sentence-final punctuation and any closing quotes or brackets glued to it, then a space. */
const END = /[.!?…]+["'”’»«“)\]]*(?=\s)/gu;
/** Opening quotes or brackets that may stand before a sentence's first word. */
const OPENERS = new Set(['"', "'", "„", "“", "‘", "»", "«", "(", "["]);
/** A single period, maybe with closing quotes: the only mark an abbreviation can take. */
const PERIOD = /^\.["'”’»«“)\]]*$/u;
const ALNUM = LETTER | NUMBER;

// Character classes below are read from the table in char-class, not by `\p{…}` patterns: each such
// pattern costs a compilation each time the background's service worker starts, as it often does cold.

/** A letter or digit in the one code unit at `i` (what /[\p{L}\p{N}]/u finds in a one-unit string). */
function wordUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c < 0xd800 || c > 0xdfff) && unitsOf(s, i, ALNUM) > 0;
}

/** Offset after any white space and then any opening quote or bracket from `i`. */
function skipOpening(line: string, i: number): number {
  while (i < line.length && isWhiteSpace(line.charCodeAt(i))) i++;
  while (i < line.length && OPENERS.has(line[i]!)) i++;
  return i;
}

interface Rules {
  abbreviations: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  ordinalPeriod: boolean;
}

const rulesCache = new WeakMap<TextLang, Rules>();
function rulesFor(pack: TextLang): Rules {
  let r = rulesCache.get(pack);
  if (!r) {
    r = {
      abbreviations: new Set(pack.abbreviations),
      openers: new Set(pack.openers),
      ordinalPeriod: pack.ordinalPeriod,
    };
    rulesCache.set(pack, r);
  }
  return r;
}

/**
 * Splits the article text into sentences. Blocks and line breaks always end a sentence; inside a
 * line, `.`, `!`, `?` or `…` (with any closing quote) ends one when an upper-case word or a digit
 * follows — unless the period belongs to an abbreviation, an initial ("John F. Kennedy", "U.S.") or
 * an ordinal number ("2. Dezember"): those end a sentence only before a word that often opens one
 * ("The", "Die"). Pieces without a letter or digit are dropped. Linear in the text's length.
 */
export function splitSentences(ctx: { text: string; blocks: readonly Block[]; lang: string | null }): Sentence[] {
  const rules = rulesFor(textLang(ctx.lang));
  const out: Sentence[] = [];
  ctx.blocks.forEach((b, block) => {
    let lineStart = b.start;
    while (lineStart < b.end) {
      const nl = ctx.text.indexOf("\n", lineStart);
      const lineEnd = nl < 0 || nl > b.end ? b.end : nl;
      splitLine(ctx.text, lineStart, lineEnd, block, rules, out);
      lineStart = lineEnd + 1;
    }
  });
  return out;
}

function splitLine(text: string, start: number, end: number, block: number, rules: Rules, out: Sentence[]) {
  const line = text.slice(start, end);
  const quoted = quotations(line);
  let from = 0;
  for (const m of line.matchAll(END)) {
    const stop = m.index + m[0].length;
    // A quotation's sentences stay with it: "„Nicht jetzt. Später“, sagte sie." is one sentence.
    if (quoted.some(([open, close]) => open < m.index && close >= stop)) continue;
    if (isBoundary(line, m.index, stop, m[0], rules)) {
      push(text, start + from, start + stop, block, out);
      from = stop;
    }
  }
  push(text, start + from, end, block, out);
}

/** Quotation marks' closing partner: „…“ and „…” (German), “…” (English), «…» and »…«; " and ' pair with themselves. */
const CLOSING: Record<string, string> = { "„": "“”", "“": "”", "«": "»", "»": "«", '"': '"' };

/**
 * The quotations in a line that close in it, as [opening, closing] offsets; one level deep (marks
 * inside a quotation other than its closing one are its text).
 */
function quotations(line: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let closers = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (open >= 0) {
      if (closers.includes(c)) {
        out.push([open, i]);
        open = -1;
      }
    } else if (c in CLOSING) {
      open = i;
      closers = CLOSING[c]!;
    }
  }
  return out;
}

function isBoundary(line: string, at: number, stop: number, mark: string, rules: Rules): boolean {
  // Only punctuation follows (a stray quote mark): end here; the rest is dropped.
  if (!hasWord(line, stop)) return true;
  // After the space: an upper-case letter or a digit, maybe behind an opening quote or bracket.
  const word = skipOpening(line, stop);
  if (unitsOf(line, word, UPPER | NUMBER) === 0) return false;
  if (!PERIOD.test(mark) || !isAbbreviation(wordBefore(line, at), rules)) return true;
  return rules.openers.has(line.slice(word, runEnd(line, word, ALNUM)).toLowerCase());
}

/** The word ending at `at`, inner periods kept ("U.S", "z.B"), lower case. */
function wordBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && (wordUnit(line, i - 1) || (line[i - 1] === "." && i - 1 > 0 && wordUnit(line, i - 2)))) i--;
  return line.slice(i, at).toLowerCase();
}

function isAbbreviation(word: string, rules: Rules): boolean {
  if (rules.abbreviations.has(word)) return true;
  // An initial ("F.") or a dotted acronym ("U.S", "z.B").
  if ((word.length > 0 && unitsOf(word, 0, LETTER) === word.length) || dottedAcronym(word)) return true;
  return rules.ordinalPeriod && /^\d{1,3}$/.test(word);
}

/** /^(\p{L}{1,3}\.)+\p{L}{1,3}$/u: runs of one to three letters joined by single periods ("u.s", "z.b"). */
function dottedAcronym(word: string): boolean {
  let periods = 0;
  let run = 0;
  for (let i = 0; i < word.length;) {
    if (word.charCodeAt(i) === 46) {
      if (run === 0) return false;
      periods++;
      run = 0;
      i++;
      continue;
    }
    const u = unitsOf(word, i, LETTER);
    if (u === 0 || ++run > 3) return false;
    i += u;
  }
  return periods > 0 && run > 0;
}

function hasWord(s: string, from: number, to = s.length): boolean {
  for (let i = from; i < to; i++) if (wordUnit(s, i)) return true;
  return false;
}

function push(text: string, start: number, end: number, block: number, out: Sentence[]) {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (hasWord(text, start, end)) out.push({ start, end, block });
}
