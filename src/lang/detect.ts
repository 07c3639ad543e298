import { langCodes, stopwordList } from "./index";

/** Each language's stopwords as a set, built once. */
const STOPWORDS = langCodes().map((code) => ({ code, words: new Set(stopwordList(code)) }));

/**
 * The language of a text by counting each language's stopwords among its first words; null
 * when too little text or no clear winner.
 */
export function detectLang(text: string, maxWords = 400): string | null {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, maxWords) ?? [];
  if (words.length < 5) return null;
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const lang of STOPWORDS) {
    let score = 0;
    for (const w of words) if (lang.words.has(w)) score++;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang.code;
    } else if (score > second) second = score;
  }
  return bestScore >= 3 && bestScore > second * 1.2 ? best : null;
}
