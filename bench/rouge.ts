// ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004) as in Google's rouge-score with its stemmer on:
// lower case, tokens are runs of [a-z0-9], Porter-stemmed when longer than three letters.

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = tokens(candidate);
  const r = tokens(reference);
  return { r1: ngramF1(c, r, 1), r2: ngramF1(c, r, 2), rl: f1(lcs(c, r), c.length, r.length) };
}

export function tokens(s: string): string[] {
  return (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((t) => (t.length > 3 ? porter(t) : t));
}

function f1(common: number, predicted: number, expected: number): number {
  if (!common) return 0;
  const p = common / predicted;
  const r = common / expected;
  return (2 * p * r) / (p + r);
}

function ngramF1(c: string[], r: string[], n: number): number {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= xs.length; i++) {
      const g = xs.slice(i, i + n).join(" ");
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const cm = count(c);
  const rm = count(r);
  let common = 0;
  for (const [g, k] of cm) common += Math.min(k, rm.get(g) ?? 0);
  return f1(common, Math.max(0, c.length - n + 1), Math.max(0, r.length - n + 1));
}

/** Length of the longest common subsequence, O(|a|·|b|) time, O(|b|) memory. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = x === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

// ---- Porter (1980) stemmer ----

const isCons = (w: string, i: number): boolean => {
  const ch = w[i];
  if ("aeiou".includes(ch!)) return false;
  if (ch === "y") return i === 0 || !isCons(w, i - 1);
  return true;
};

/** m: the number of vowel–consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  while (i < w.length && isCons(w, i)) i++;
  while (i < w.length) {
    while (i < w.length && !isCons(w, i)) i++;
    if (i >= w.length) break;
    while (i < w.length && isCons(w, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (w: string) => [...w].some((_, i) => !isCons(w, i));
const doubleCons = (w: string) => w.length > 1 && w.at(-1) === w.at(-2) && isCons(w, w.length - 1);
/** Consonant–vowel–consonant at the end, the last not w, x or y. */
const cvc = (w: string) => {
  const n = w.length;
  return n >= 3 && isCons(w, n - 3) && !isCons(w, n - 2) && isCons(w, n - 1) && !"wxy".includes(w[n - 1]!);
};

/** Replaces the first matching suffix when the stem's measure passes `min`. */
function step(w: string, rules: readonly (readonly [string, string])[], min: number): string {
  for (const [suf, rep] of rules) {
    if (w.endsWith(suf)) {
      const stem = w.slice(0, -suf.length);
      return measure(stem) > min ? stem + rep : w;
    }
  }
  return w;
}

const STEP2: [string, string][] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
];
const STEP3: [string, string][] = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
];
const STEP4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ion",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
];

export function porter(word: string): string {
  let w = word;
  // 1a
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  // 1b
  let again = false;
  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith("ed") && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    again = true;
  } else if (w.endsWith("ing") && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    again = true;
  }
  if (again) {
    if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) w += "e";
    else if (doubleCons(w) && !"lsz".includes(w.at(-1)!)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += "e";
  }
  // 1c
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";
  w = step(w, STEP2, 0);
  w = step(w, STEP3, 0);
  // 4
  for (const suf of STEP4) {
    if (!w.endsWith(suf)) continue;
    const stem = w.slice(0, -suf.length);
    if (measure(stem) > 1 && (suf !== "ion" || /[st]$/.test(stem))) w = stem;
    break;
  }
  // 5
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !cvc(stem))) w = stem;
  }
  if (measure(w) > 1 && doubleCons(w) && w.endsWith("l")) w = w.slice(0, -1);
  return w;
}
