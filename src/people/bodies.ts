import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";

/**
 * Names the text itself shows to be public bodies: "Ennahda" in "the Ennahda party", "PPP" in
 * "People Power Party (PPP)". A leader or member of one is then an official.
 */
export function textBodies(text: string, tokens: readonly Token[], lex: Lexicon): Set<string> {
  const bodies = new Set<string>();
  const isBody = (key: string) => lex.publicBodySet.has(key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.cap && next && next.gap === " " && !next.cap && isBody(next.key)) bodies.add(t.key);
  }
  // An acronym in parentheses after the words it stands for, looked at within 80 characters.
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const named = text
      .slice(Math.max(0, m.index - 80), m.index)
      .toLowerCase()
      .split(/\s+/)
      .slice(-6);
    if (named.some(isBody)) bodies.add(m[1]!.toLowerCase());
  }
  return bodies;
}
