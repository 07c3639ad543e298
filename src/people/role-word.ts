import type { Lexicon } from "./lexicon";
import type { NounMatch } from "../lang/compound";

export type RoleKind = "office" | "conditional" | "relational" | "private";

/** A role noun found in a word: its kind and, in a compound, the part before it. */
export interface RoleWord {
  kind: RoleKind;
  /** Lower-case start of a compound before the role noun: "regierungs" in "regierungssprecherin". */
  prefix: string;
  /** Written in the plural ("judges"): the role of several people, not of the name after it. */
  plural: boolean;
  /** The inflectional ending after the noun: "s" in "immobilieninvestors"; "" when none. */
  ending: string;
}

/** The role noun itself in the word `key` it was found in, without its compound's start and its ending: "sprecher" of "regierungssprechers". */
export const roleNoun = (w: RoleWord, key: string) => key.slice(w.prefix.length, key.length - w.ending.length);

/**
 * The role noun in a lower-case word, if any. In compounding languages the longest role-noun
 * ending decides ("regierungssprecher" is an office, "konzernsprecher" a conditional
 * "sprecher" with prefix "konzern"); elsewhere the word or one of its hyphen parts must be one
 * ("president-elect", "ex-minister").
 */
export function roleWord(key: string, lex: Lexicon): RoleWord | null {
  return lex.roleWords(key);
}

/** `roleWord` without memory; the lexicon remembers its answers per word. */
export function findRoleWord(key: string, lex: Lexicon): RoleWord | null {
  // A modifier is never the noun: "oberster" is no "oberst" + "er".
  if (lex.modifiers.has(key)) return null;
  const nouns = lex.roleNouns;
  const role = (found: NounMatch<RoleKind>, prefix: string): RoleWord => ({
    kind: found.kind,
    prefix,
    plural: lex.pluralEndings.has(found.ending),
    ending: found.ending,
  });
  if (lex.lang.compoundNouns) {
    const found = nouns.find(key);
    return found && role(found, found.prefix);
  }
  const whole = nouns.whole(key);
  if (whole) return role(whole, "");
  const parts = key.split("-");
  if (parts.length < 2) return null;
  for (const [i, p] of parts.entries()) {
    const found = lex.modifiers.has(p) ? null : nouns.whole(p);
    if (found) return role(found, parts.slice(0, i).join("-"));
  }
  return null;
}
