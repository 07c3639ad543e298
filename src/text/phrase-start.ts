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

/** Characters of a phrase's start that index it. */
const KEY_CHARS = 3;

/** The first `n` (≤ {@link KEY_CHARS}) code units of `s` and `n` itself as one exact number: a key made without a string. */
function keyOf(s: string, n: number): number {
  let key = n;
  for (let i = 0; i < n; i++) key = key * 0x10000 + s.charCodeAt(i);
  return key;
}

/**
 * Whether a line opens with one of a list of phrases as whole words, regardless of case: what
 * `^(p1|p2|…)\b` matches with the `iu` flags, a space in a phrase matching any whitespace run. For
 * lines whose whitespace runs are single spaces (`textOf`). No regex: the teaser phrases of every
 * language pack made a 2,000-character alternation that took ~1 ms to compile on every page. The
 * phrases are indexed by their first characters, so a line costs three look-ups by number and a
 * comparison with the few phrases that start as it does; it runs for most short lines of a page,
 * and a slice of the line per phrase length allocated ~1 MB on a long one.
 */
export class PhraseStart {
  /** Phrases by `keyOf` their first {@link KEY_CHARS} characters (all of a shorter one). */
  private readonly byStart = new Map<number, string[]>();
  private pattern: string | null = null;
  private exact: RegExp | null = null;

  constructor(private readonly phrases: readonly string[]) {
    for (const p of new Set(phrases.map((p) => p.toLowerCase()))) {
      const key = keyOf(p, Math.min(KEY_CHARS, p.length));
      const list = this.byStart.get(key);
      if (list) list.push(p);
      else this.byStart.set(key, [p]);
    }
  }

  /**
   * The equivalent pattern, its letters in lower case (for tests, and for text that does not fold).
   * Built when first asked: escaping every phrase took ~1 ms of the content script's start.
   */
  get source(): string {
    return (this.pattern ??= `^(${alternation(this.phrases)})\\b`);
  }

  /** `folded`: `fold(text)`, when the caller has it. */
  test(text: string, folded: string | null = fold(text)): boolean {
    if (folded === null) return (this.exact ??= new RegExp(this.source, "iu")).test(text);
    for (let n = Math.min(KEY_CHARS, folded.length); n > 0; n--) {
      const list = this.byStart.get(keyOf(folded, n));
      if (list) for (const p of list) if (folded.startsWith(p) && boundaryAt(folded, p.length)) return true;
    }
    return false;
  }
}
