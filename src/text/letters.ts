/**
 * Runs of letters and digits, by one pattern for every caller in the content script: each pattern
 * with a `\p{…}` class is compiled on every page (~0.5 ms a pattern in Chromium, more in two-byte
 * texts), so the page stages share this one.
 */
const RUNS = /[\p{L}\p{N}]+/gu;

/** The offset of the first letter or digit in `s`, or -1 when it has none. */
export const firstLetterOrDigit = (s: string): number => s.search(RUNS);

/** The runs of letters and digits in `s`, in order. */
export const letterRuns = (s: string): string[] => s.match(RUNS) ?? [];
