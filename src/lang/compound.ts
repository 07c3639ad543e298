/** A listed noun found in a word. */
export interface NounMatch<K> {
  kind: K;
  /** Lower-case start of a compound before the noun: "regierungs" in "regierungssprecherin"; "" when none. */
  prefix: string;
  /** The inflectional ending after the noun: "in" in "regierungssprecherin"; "" when none. */
  ending: string;
}

export interface NounRules {
  /** Inflectional endings a noun may take, tried in this order after none. */
  endings: readonly string[];
  /** Nouns join into compounds ("Außenminister"): a word may end in a noun. */
  compounds: boolean;
  /** Nouns that end surnames too ("mann" in "Lührmann"): glued to a first part they end no compound. */
  surnameEndings: ReadonlySet<string>;
}

export interface NounMatcher<K> {
  /** The noun `word` (lower case) is, with one of the endings. */
  whole(word: string): NounMatch<K> | null;
  /**
   * The noun `word` (lower case) is or, in a compound, ends in: the longest one decides
   * ("regierungssprecher" ends in "sprecher", not in "echer"), the part after the last hyphen
   * counts as a word ("us-gesandter").
   */
  find(word: string): NounMatch<K> | null;
}

// Letters of a compound's head (noun and ending) and of its first part after its last hyphen
// ("us-" has none): shorter parts are too often pieces of unrelated words.
const MIN_PART = 3;

/**
 * A matcher over `nouns` (lower case, each with its kind). Only nouns sharing a word's last
 * three letters can end it, so a compound tries those lengths alone: one slice per candidate,
 * not one per letter.
 */
export function nounMatcher<K>(nouns: ReadonlyMap<string, K>, rules: NounRules): NounMatcher<K> {
  const endings = ["", ...rules.endings.filter(Boolean)];
  const whole = (word: string): NounMatch<K> | null => {
    for (const ending of endings) {
      if (!word.endsWith(ending)) continue;
      const kind = nouns.get(word.slice(0, word.length - ending.length));
      if (kind !== undefined) return { kind, prefix: "", ending };
    }
    return null;
  };
  const lengths = headLengths(nouns.keys(), endings);
  const find = (word: string): NounMatch<K> | null => {
    const found = whole(word);
    if (found || !rules.compounds) return found;
    for (const length of lengths.get(word.slice(-3)) ?? []) {
      const at = word.length - length;
      if (at < 1) continue;
      const first = at - word.lastIndexOf("-", at - 1) - 1;
      if (first > 0 && first < MIN_PART) continue;
      const head = whole(word.slice(at));
      if (!head) continue;
      const noun = word.slice(at, word.length - head.ending.length);
      return first > 0 && rules.surnameEndings.has(noun) ? null : { ...head, prefix: word.slice(0, at) };
    }
    return null;
  };
  return { whole, find };
}

/** Last three letters → lengths of the nouns with endings that end so, longest first. */
function headLengths(nouns: Iterable<string>, endings: readonly string[]): Map<string, number[]> {
  const byEnd = new Map<string, number[]>();
  for (const noun of nouns) {
    for (const ending of endings) {
      const head = noun + ending;
      if (head.length < MIN_PART) continue;
      const end = head.slice(-3);
      const lengths = byEnd.get(end) ?? [];
      if (!lengths.includes(head.length)) lengths.push(head.length);
      byEnd.set(end, lengths);
    }
  }
  for (const lengths of byEnd.values()) lengths.sort((a, b) => b - a);
  return byEnd;
}
