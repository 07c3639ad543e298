import type { TextContext } from "../context";
import { textLang } from "../lang";
import type { TextLang } from "../lang/types";
import type { BlockKind } from "../types";
import { splitSentences, type Sentence } from "../text/sentences";
import { isWhiteSpace } from "../text/char-class";
import { gluedStarts } from "./glued";

/** Words per sentence worth a summary: fewer is a fragment or a label, more a run-on or a list (news leads reach 60). */
const MIN_WORDS = 8;
const MAX_WORDS = 60;
/**
 * Sentences considered at most, the first in the article: centrality compares every pair, so this
 * bounds its time on book-length pages (the corpus's longest article has 569 candidates), and a
 * summary's sentences come from early in the article anyway.
 */
const MAX_CANDIDATES = 1000;
/** Block kinds whose sentences may be chosen; headings, captions and pull quotes may not. */
const BODY: ReadonlySet<BlockKind> = new Set(["paragraph", "list", "other"]);
/**
 * Ends on . ! ? maybe behind a closing quote or bracket; not on an ellipsis ("…", "...", "[…]"),
 * which marks a teaser cut off or a sentence trailing away.
 */
const FINISHED = /(?:[!?]|(?<![.…])\.)["'”’»«“)\]]*$/u;
const QUESTION = /\?["'”’»«“)\]]*$/u;

const backRefCache = new WeakMap<TextLang, ReadonlySet<string>>();
/** The language's back-reference words as one set. */
function backRefsOf(text: TextLang): ReadonlySet<string> {
  let set = backRefCache.get(text);
  if (!set) backRefCache.set(text, (set = new Set(text.backReferences.flatMap((w) => w.split(" ")))));
  return set;
}

const noiseCache = new WeakMap<TextLang, RegExp | null>();
/** The language's furniture phrases as one case-insensitive pattern matching whole words only. */
function noiseOf(text: TextLang): RegExp | null {
  if (!noiseCache.has(text)) {
    const alternatives = text.noise.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    noiseCache.set(text, alternatives ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu") : null);
  }
  return noiseCache.get(text)!;
}

/** `text.split(/\s+/).length`, counted without building the pieces: one more than the runs of white space. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i)) && !isWhiteSpace(text.charCodeAt(i - 1))) n++;
  return n;
}

export interface Candidate extends Sentence {
  text: string;
  words: number;
  /** Index among all sentences of the body, 0 = the first. */
  rank: number;
  /** Ends without sentence punctuation: likely a caption or a label set as a paragraph. */
  unfinished: boolean;
  question: boolean;
  /** Opens with a word that points back to the sentence before ("Er", "They"). */
  dangling: boolean;
}

/** The body's sentences that may stand in a summary, in article order. */
export function candidates(ctx: TextContext): Candidate[] {
  const lang = textLang(ctx.lang);
  const noise = noiseOf(lang);
  const backRefs = backRefsOf(lang);
  const out: Candidate[] = [];
  let rank = 0;
  for (const s of splitSentences(ctx)) {
    if (out.length === MAX_CANDIDATES) break;
    if (!BODY.has(ctx.blocks[s.block]?.kind ?? "other")) continue;
    const whole = ctx.text.slice(s.start, s.end);
    // What stands before a sentence glued on without a full stop is a caption: left out, unranked.
    const cut = gluedStarts(whole, ctx.lang).at(-1) ?? 0;
    const text = cut ? whole.slice(cut) : whole;
    const words = wordCount(text);
    const r = rank++;
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    if (noise?.test(text)) continue;
    // Fields listed, not spread: V8 copies a spread object slowly.
    const { end, block } = s;
    const first = /^[\p{L}]+/u.exec(text)?.[0].toLowerCase() ?? "";
    out.push({
      start: s.start + cut,
      end,
      block,
      text,
      words,
      rank: r,
      unfinished: !FINISHED.test(text),
      question: QUESTION.test(text),
      dangling: backRefs.has(first),
    });
  }
  return out;
}
