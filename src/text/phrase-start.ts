import { fold } from "./fold";

/** One alternation of phrases, in lower case; a space in a phrase matches any whitespace run. */
export function alternation(phrases: readonly string[]): string {
  const lower = new Set(phrases.map((p) => p.toLowerCase()));
  return [...lower].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
}

/** An ASCII word character: what `\b` looks at in a `u` pattern. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `\b` at `at` in `s`: a word character on one side only (the ends count as none). */
const boundaryAt = (s: string, at: number) =>
  (at > 0 && isWordChar(s.charCodeAt(at - 1))) !== (at < s.length && isWordChar(s.charCodeAt(at)));

/**
 * Whether a line opens with one of a list of phrases as whole words, regardless of case: what
 * `^(p1|p2|…)\b` matches with the `iu` flags, a space in a phrase matching any whitespace run. For
 * lines whose whitespace runs are single spaces (`textOf`). No regex: the teaser phrases of every
 * language pack made a 2,000-character alternation that took ~1 ms to compile on every page; here
 * each phrase length is one slice of the folded line and one set look-up.
 */
export class PhraseStart {
  /** The equivalent pattern, its letters in lower case (for tests, and for text that does not fold). */
  readonly source: string;
  private readonly byLength = new Map<number, Set<string>>();
  private exact: RegExp | null = null;

  constructor(phrases: readonly string[]) {
    this.source = `^(${alternation(phrases)})\\b`;
    for (const p of new Set(phrases.map((p) => p.toLowerCase()))) {
      const set = this.byLength.get(p.length);
      if (set) set.add(p);
      else this.byLength.set(p.length, new Set([p]));
    }
  }

  /** `folded`: `fold(text)`, when the caller has it. */
  test(text: string, folded: string | null = fold(text)): boolean {
    if (folded === null) return (this.exact ??= new RegExp(this.source, "iu")).test(text);
    for (const [length, phrases] of this.byLength) {
      if (length <= folded.length && phrases.has(folded.slice(0, length)) && boundaryAt(folded, length)) return true;
    }
    return false;
  }
}
