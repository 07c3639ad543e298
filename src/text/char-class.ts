/**
 * Unicode character classes by table look-up. On a text with any character beyond Latin-1 (a
 * typographic quote is enough) V8 stores it two bytes per character, and a `\p{L}` pattern then
 * tests each character against hundreds of ranges: scanning words that way cost several times
 * more than the rest of a tokenizer. Here each UTF-16 code unit is tested by the patterns once
 * per process and remembered in a 64 KiB table; code points beyond the BMP are tested directly.
 */

/** Class bits. */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const UPPER = 8;
export const LOWER = 16;
const KNOWN = 128;

const TESTS: readonly [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
];

function classify(ch: string): number {
  let bits = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

/** Per BMP code unit: its class bits plus KNOWN, or 0 while not yet seen. */
const TABLE = new Uint8Array(0x10000);

/** Code units of the code point at `i` (1, or 2 for a surrogate pair) when its class has a bit of `mask`; else 0 (also past the end). */
export function unitsOf(s: string, i: number, mask: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(s.slice(i, i + 2)) & mask ? 2 : 0;
  }
  let bits = TABLE[c]!;
  if (bits === 0) TABLE[c] = bits = classify(String.fromCharCode(c)) | KNOWN;
  return bits & mask ? 1 : 0;
}

/**
 * Whether `s` starts with an upper-case letter: /^\p{Lu}/u by table (a `\p{…}` pattern costs a
 * compilation on each page in the content script).
 */
export const startsUpper = (s: string) => unitsOf(s, 0, UPPER) > 0;

/** Whether `s` starts with a lower-case letter: /^\p{Ll}/u by table. */
export const startsLower = (s: string) => unitsOf(s, 0, LOWER) > 0;

/** Whether a word ends in a possessive "'s" or "’s": "Rubio’s" (a character test: it runs once per word of the text). */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  const mark = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 115 && (mark === 39 || mark === 0x2019);
}

/**
 * An ASCII letter or digit: most code units of any text, so tokenizers test them by code before
 * the table (they run once per character, cold in the content script).
 */
export const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * End of the run starting at `i` of code points of class `mask`, and of code units that pass
 * `also` (apostrophes, hyphens): `i` itself when none.
 */
export function runEnd(s: string, i: number, mask: number, also?: (c: number) => boolean): number {
  for (;;) {
    const u = unitsOf(s, i, mask) || (also && i < s.length && also(s.charCodeAt(i)) ? 1 : 0);
    if (u === 0) return i;
    i += u;
  }
}

/**
 * `s.toLowerCase()`, without the call for ASCII words that are lower case already or capitalised
 * ("the", "Rubio"): on a two-byte string the call goes through the full Unicode case mapping.
 */
export function lowerCase(s: string): string {
  const n = s.length;
  let i = 0;
  const first = s.charCodeAt(0);
  if (first >= 65 && first <= 90) i = 1;
  for (let k = i; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return i === 0 ? s : String.fromCharCode(first + 32) + s.slice(1);
}

/** Whether a UTF-16 code unit is white space as `\s` reads it (a test by code, for loops over every character). */
export function isWhiteSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
