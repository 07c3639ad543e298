import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { startsUpper } from "../text/char-class";
import { publicBodyAt } from "./public-body";

/** Names the text itself shows to be bodies of one kind or the other, lower case. */
export interface TextBodies {
  /** Public bodies: "Ennahda" in "the Ennahda party", "PPP" in "People Power Party (PPP)". A leader or member of one is an official. */
  public: ReadonlySet<string>;
  /**
   * Companies and clubs: "Mozilla" in "Mozilla Corporation". An office heading one is no public
   * office, wherever the text names it so ("president of Mozilla Europe").
   */
  private: ReadonlySet<string>;
  /**
   * Names a company's or club's word stands before: "Bayern" in "FC Bayern". They may be a city's
   * too ("VfB Stuttgart"), so they make private only an office compounded with them: "Bayern-Präsident".
   */
  clubs: ReadonlySet<string>;
}

export function textBodies(text: string, tokens: readonly Token[], lex: Lexicon): TextBodies {
  const bodies = new Set<string>();
  const companies = new Set<string>();
  const clubs = new Set<string>();
  const isBody = (key: string) => lex.publicBodyWords.has(key);
  // Whether token i follows another word of a name: "National | Education".
  const inName = (i: number) => i > 0 && tokens[i]!.gap === " " && tokens[i - 1]!.cap && !lex.notNames.has(tokens[i - 1]!.key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || next.gap !== " ") continue;
    // "FC Bayern", "VfB Stuttgart": a club's word may be written in capitals.
    if (startsUpper(t.text) && next.cap && !isBody(next.key) && lex.privateBody(t.key)) clubs.add(next.key);
    // "The EU climate commissioner": a function word opening a sentence names no body.
    if (!t.cap || lex.notNames.has(t.key)) continue;
    if (!next.cap && isBody(next.key)) bodies.add(t.key);
    // "Siemens AG", "Acme Corp"; not "Tory group" (a public body's word) nor "a charity" (lower case),
    // nor a word inside a longer name ("National Education Association"), a state's or a people's
    // ("European Union", "American Federation of Teachers"), which other roles name too.
    else if (
      startsUpper(next.text) &&
      !isBody(t.key) &&
      lex.privateBody(next.key) &&
      !inName(i) &&
      !lex.publicBodySet.has(t.key) &&
      lex.demonym(t.key) === null
    )
      companies.add(t.key);
  }
  // An acronym in parentheses after the words it stands for, looked at within 80 characters.
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const named = text
      .slice(Math.max(0, m.index - 80), m.index)
      .toLowerCase()
      .split(/\s+/)
      .slice(-6);
    // A body of one word as a whole word ("Labour"), of several as the phrase ("United Nations").
    const keyAt = (k: number) => named[k];
    if (named.some((w, k) => isBody(w) || publicBodyAt(keyAt, k, lex) > 1)) bodies.add(m[1]!.toLowerCase());
  }
  return { public: bodies, private: companies, clubs };
}
