import { commonWordList, langCodes } from "./index";

/** Each language's common words as a set, built once. */
const COMMON = langCodes().map((code) => ({ code, words: new Set(commonWordList(code)) }));

/** Words read from the text's start. */
const MAX_WORDS = 400;
/** Common words the winning language needs, and how many times the declared language's, to overrule a page's declaration. */
const OVERRULE_WORDS = 20;
const OVERRULE_RATIO = 4;

/**
 * The page's language: the one it declares, unless that is one we read and the text is plainly in
 * another we read (a template's default `lang="en"` over German text). Without a declaration, the
 * language whose common words are clearly the most frequent among the text's first words; else null.
 */
export function pageLang(text: string, declared: string | null): string | null {
  // Its start only (it runs on every page): 12 characters a word hold 400 words in any language.
  const words =
    text
      .slice(0, MAX_WORDS * 12)
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, MAX_WORDS) ?? [];
  if (words.length < 5) return declared;
  const ranked = COMMON.map(({ code, words: common }): [string, number] => [code, words.filter((w) => common.has(w)).length]).sort(
    (a, b) => b[1] - a[1],
  );
  const [[best, n], [, second]] = ranked as [[string, number], [string, number]];
  if (!declared) return n >= 3 && n > second * 1.2 ? best : null;
  const own = ranked.find(([code]) => code === declared);
  return own && n >= OVERRULE_WORDS && n >= own[1] * OVERRULE_RATIO ? best : declared;
}
