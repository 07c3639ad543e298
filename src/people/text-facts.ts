import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Block } from "../types";
import { PARTICLES } from "./data/name-parts";
import { SURNAMES_SET } from "./data/surnames";
import { cellTokens } from "./cells";
import { headlineOnly } from "./title-case";

/** What the whole text says about its words, to tell names from common words. */
export interface TextFacts {
  /** Words that occur in lower case somewhere: "police" in "the police said". */
  lower: ReadonlySet<string>;
  /** Capitalised words seen right after a determiner: German nouns ("die Regierung"). */
  afterDeterminer: ReadonlySet<string>;
  /**
   * Listed non-name words written capitalised before another capitalised word mid-sentence: "new"
   * of "in New Zealand". Such a word starts a longer name at a sentence's start too.
   */
  nameStarts: ReadonlySet<string>;
  /** Remembered answers of `isCommonWord`, by word. */
  common: Map<string, boolean>;
  /** 1 for a token in a table, reference list or code, where neighbours may stand in different cells (see `cellTokens`). */
  cells: Uint8Array;
  /** 1 for a token of a title-case heading whose word the rest of the text lacks (see `headlineOnly`). */
  headlineOnly: Uint8Array;
}

const ADJECTIVE = /(?:e|er|en|es|em)$/u;

export function textFacts(tokens: readonly Token[], lex: Lexicon, blocks: readonly Block[]): TextFacts {
  const lower = new Set<string>();
  const afterDeterminer = new Set<string>();
  const nameStarts = new Set<string>();
  const adjective = (w: Token) => w.text === w.key && !lex.determiners.has(w.key) && ADJECTIVE.test(w.key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap && !t.initial && t.text === t.key) lower.add(t.key);
    if (!t.cap || t.gap !== " ") continue;
    const prev = tokens[i - 1];
    if (prev?.cap && !prev.sentenceStart && lex.notNames.has(prev.key)) nameStarts.add(prev.key);
    // "die Regierung", "eine fatale Sucht": a determiner, maybe adjectives, then the noun.
    let k = i - 1;
    while (k > 0 && adjective(tokens[k]!) && tokens[k + 1]!.gap === " ") k--;
    // "von der Leyen": after a name particle the article is part of the name.
    const particle = PARTICLES.has(tokens[k - 1]?.key ?? "");
    if (tokens[k] && lex.determiners.has(tokens[k]!.key) && !particle) afterDeterminer.add(t.key);
  }
  // Where nouns are capitalised, headings are not written in title case.
  const headline = lex.lang.capitalisedNouns ? new Uint8Array(tokens.length) : headlineOnly(tokens, blocks);
  return { lower, afterDeterminer, nameStarts, common: new Map(), cells: cellTokens(tokens, blocks), headlineOnly: headline };
}

/** Whether a capitalised word is a common word of the language rather than a name. */
export function isCommonWord(t: Token, facts: TextFacts, lex: Lexicon): boolean {
  let v = facts.common.get(t.key);
  if (v === undefined) facts.common.set(t.key, (v = commonWord(t, facts, lex)));
  return v;
}

function commonWord(t: Token, facts: TextFacts, lex: Lexicon): boolean {
  return lexicalWord(t, facts, lex) || (lex.lang.capitalisedNouns && facts.afterDeterminer.has(t.key));
}

/**
 * Common by the word itself, not by its neighbours: listed, written lower case elsewhere, or with
 * a common noun's ending ("Zeitung", "Dependency") unless a frequent surname ("Çelik", not a noun
 * in "-ik"). (A determiner before a name can be a relative pronoun: "in der Jaeger …".)
 */
export function lexicalWord(t: Token, facts: TextFacts, lex: Lexicon): boolean {
  if (lex.notNames.has(t.key) || lex.commonNouns.has(t.key) || facts.lower.has(t.key)) return true;
  return !SURNAMES_SET.has(t.key) && lex.nounSuffixes.some((s) => t.key.length > s.length + 2 && t.key.endsWith(s));
}
