import type { Block, Span } from "../types";
import type { LangPack } from "../lang/types";
import { getLang } from "../lang";

/** A sentence of the article text: trimmed offsets and the index of its block. */
export interface Sentence extends Span {
  block: number;
}

/** Sentence-final punctuation, closing quotes or brackets glued to it, then a space or the end. */
const END = /[.!?…]+["'”’»«“)\]]*(?=\s|$)/gu;
/** A word that may begin a sentence: opening quote or bracket, then an upper-case letter or digit. */
const START = /^["'„“‘»«(\[]*(\p{Lu}|\p{N})/u;
const WORD_BEFORE = /\S+$/u;
const WORD_AFTER = /^["'„“‘»«(\[]*([\p{L}\p{N}]+)/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

interface Rules {
  abbreviations: ReadonlySet<string>;
  starters: ReadonlySet<string>;
  ordinalPeriod: boolean;
}

const rulesCache = new WeakMap<LangPack, Rules>();
function rulesFor(pack: LangPack): Rules {
  let r = rulesCache.get(pack);
  if (!r) {
    r = {
      abbreviations: new Set(pack.text.abbreviations),
      starters: new Set(pack.stopwords),
      ordinalPeriod: pack.text.ordinalPeriod,
    };
    rulesCache.set(pack, r);
  }
  return r;
}

/**
 * Splits the article text into sentences. Blocks and line breaks always end a sentence; inside a
 * line, `.`, `!`, `?` or `…` (with any closing quote) ends one when an upper-case word follows —
 * unless the period belongs to an abbreviation, an initial ("John F. Kennedy", "U.S."), or an
 * ordinal number ("2. Dezember"), which end a sentence only before a common sentence-opening
 * word ("the", "die"). Pieces without a letter or digit are dropped.
 */
export function splitSentences(ctx: { text: string; blocks: readonly Block[]; lang: string | null }): Sentence[] {
  const rules = rulesFor(getLang(ctx.lang));
  const out: Sentence[] = [];
  ctx.blocks.forEach((b, block) => {
    let lineStart = b.start;
    for (let i = b.start; i <= b.end; i++) {
      if (i === b.end || ctx.text[i] === "\n") {
        splitLine(ctx.text, lineStart, i, block, rules, out);
        lineStart = i + 1;
      }
    }
  });
  return out;
}

function splitLine(text: string, start: number, end: number, block: number, rules: Rules, out: Sentence[]) {
  const line = text.slice(start, end);
  let from = 0;
  for (const m of line.matchAll(END)) {
    const stop = m.index + m[0].length;
    if (isBoundary(line, m.index, stop, m[0], rules)) {
      push(text, start + from, start + stop, block, out);
      from = stop;
    }
  }
  push(text, start + from, end, block, out);
}

function isBoundary(line: string, at: number, stop: number, mark: string, rules: Rules): boolean {
  const rest = line.slice(stop).trimStart();
  if (rest === "") return true;
  if (!START.test(rest)) return false;
  // Only a single period can close an abbreviation, initial or ordinal.
  if (!/^\.["'”’»«“)\]]*$/u.test(mark)) return true;
  const before = WORD_BEFORE.exec(line.slice(0, at))?.[0].replace(/^["'„“‘»«(\[]+/u, "") ?? "";
  if (!isAbbreviation(before, rules)) return true;
  const next = WORD_AFTER.exec(rest)?.[1]?.toLowerCase() ?? "";
  return rules.starters.has(next);
}

function isAbbreviation(word: string, rules: Rules): boolean {
  const w = word.toLowerCase();
  if (rules.abbreviations.has(w)) return true;
  // An initial ("F.") or a dotted acronym ("U.S", "z.B").
  if (/^\p{L}$/u.test(w) || /^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(w)) return true;
  return rules.ordinalPeriod && /^\d{1,3}$/.test(w);
}

function push(text: string, start: number, end: number, block: number, out: Sentence[]) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (HAS_WORD.test(text.slice(start, end))) out.push({ start, end, block });
}
