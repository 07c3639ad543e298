import type { Lexicon } from "./lexicon";

export type RoleKind = "office" | "conditional" | "relational" | "private";

/** A role noun found in a word: its kind and, in a compound, the part before it. */
export interface RoleWord {
  kind: RoleKind;
  /** Lower-case start of a compound before the role noun: "regierungs" in "regierungssprecherin". */
  prefix: string;
  /** Written in the plural ("judges"): the role of several people, not of the name after it. */
  plural: boolean;
}

// Shorter compound endings are too often the tail of an unrelated word ("zeuge" in "Flugzeuge").
const MIN_COMPOUND_STEM = 4;
/** Letters of a compound's first part after its last hyphen ("us-" has none, "vize" four). */
const MIN_FIRST_PART = 3;

function lookup(stem: string, lex: Lexicon): RoleKind | null {
  if (lex.offices.has(stem)) return "office";
  if (lex.conditional.has(stem)) return "conditional";
  if (lex.relational.has(stem)) return "relational";
  if (lex.private.has(stem)) return "private";
  return null;
}

/**
 * The last three letters of every role noun with each ending ("her" of "sprecher"): a compound
 * whose last three letters are none of these has no role-noun tail, so its heads are not tried.
 */
const roleTails = new WeakMap<Lexicon, ReadonlySet<string>>();
function tailEnds(lex: Lexicon): ReadonlySet<string> {
  let ends = roleTails.get(lex);
  if (!ends) {
    const found = new Set<string>();
    for (const nouns of [lex.offices, lex.conditional, lex.relational, lex.private])
      for (const n of nouns) for (const e of lex.endings) found.add((n + e).slice(-3));
    roleTails.set(lex, (ends = found));
  }
  return ends;
}

/** `word` (lower case) as a stem plus an inflectional ending, when the stem is a role noun. */
function inflected(word: string, lex: Lexicon): { kind: RoleKind; plural: boolean } | null {
  for (const e of lex.endings) {
    if (!word.endsWith(e)) continue;
    const kind = lookup(word.slice(0, word.length - e.length), lex);
    if (kind) return { kind, plural: lex.pluralEndings.has(e) };
  }
  return null;
}

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
  const whole = inflected(key, lex);
  if (whole) return { ...whole, prefix: "" };
  if (lex.lang.compoundNouns) {
    if (!tailEnds(lex).has(key.slice(-3))) return null;
    for (let i = Math.max(1, key.length - lex.longestRole); i <= key.length - MIN_COMPOUND_STEM; i++) {
      // The first part is a word of its own: "fahrdienst-v|ermittler" is no "ermittler".
      const part = key.slice(key.lastIndexOf("-", i - 1) + 1, i);
      if (part.length > 0 && part.length < MIN_FIRST_PART) continue;
      const found = inflected(key.slice(i), lex);
      if (found) return { ...found, prefix: key.slice(0, i) };
    }
    return null;
  }
  const parts = key.split("-");
  if (parts.length < 2) return null;
  for (const [i, p] of parts.entries()) {
    const found = inflected(p, lex);
    if (found && !lex.modifiers.has(p)) return { ...found, prefix: parts.slice(0, i).join("-") };
  }
  return null;
}
