/**
 * Words a memo keeps before it starts afresh: lexicons live as long as the process (the CLI reads
 * many pages), so their memos must not grow without bound.
 */
const MEMO_WORDS = 20_000;

/** A per-word function remembered, since the same words recur in a text. */
export function wordMemo<T>(f: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let v = seen.get(word);
    if (v !== undefined || seen.has(word)) return v as T;
    if (seen.size >= MEMO_WORDS) seen.clear();
    v = f(word);
    seen.set(word, v);
    return v;
  };
}
