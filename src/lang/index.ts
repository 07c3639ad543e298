import type { ArticleLang, ClipLang, DateLang, LangPack, PeopleLang, QuoteLang, RoleLang, TextLang } from "./types";
import * as de from "./de";
import * as en from "./en";
import * as fr from "./fr";
import * as es from "./es";
import * as it from "./it";

export type { LangPack } from "./types";

/** `T` itself, once the compiler has checked that each of its language files exports a whole `LangPack`. */
type EveryPack<T extends Record<string, LangPack>> = T;
/**
 * The language files by code, in the order detection tries them and merged lists take them. A new
 * language: its file, its line here, its entry in each table below (the compiler names any table
 * that lacks it).
 */
type Files = EveryPack<{ de: typeof de; en: typeof en; fr: typeof fr; es: typeof es; it: typeof it }>;
type Code = keyof Files;

// One section of every language per table: a bundle keeps the tables its lookups read, and with
// them only those sections of each file (a whole pack object would keep every section).
type Table<K extends keyof LangPack> = Readonly<Record<Code, LangPack[K]>>;
const COMMON: Table<"commonWords"> = { de: de.commonWords, en: en.commonWords, fr: fr.commonWords, es: es.commonWords, it: it.commonWords };
const STOPWORDS: Table<"stopwords"> = { de: de.stopwords, en: en.stopwords, fr: fr.stopwords, es: es.stopwords, it: it.stopwords };
const ROLES: Table<"roles"> = { de: de.roles, en: en.roles, fr: fr.roles, es: es.roles, it: it.roles };
const QUOTES: Table<"quotes"> = { de: de.quotes, en: en.quotes, fr: fr.quotes, es: es.quotes, it: it.quotes };
const PEOPLE: Table<"people"> = { de: de.people, en: en.people, fr: fr.people, es: es.people, it: it.people };
const DATES: Table<"dates"> = { de: de.dates, en: en.dates, fr: fr.dates, es: es.dates, it: it.dates };
const CLIPS: Table<"clips"> = { de: de.clips, en: en.clips, fr: fr.clips, es: es.clips, it: it.clips };
const TEXT: Table<"text"> = { de: de.text, en: en.text, fr: fr.text, es: es.text, it: it.text };
const ARTICLE: Table<"article"> = { de: de.article, en: en.article, fr: fr.article, es: es.article, it: it.article };

/** A table's section for a language tag ("de-AT" reads "de"); English when the language is unknown or unsupported. */
function lookup<T>(table: Readonly<Record<Code, T>>, code: string | null | undefined): T {
  const primary = (code ?? "").toLowerCase().split("-")[0] ?? "";
  return Object.hasOwn(table, primary) ? table[primary as Code] : table.en;
}

/** Codes of the languages Newsmark has knowledge for, in the order detection tries them. */
export const langCodes = (): readonly string[] => Object.keys(COMMON);

// A language's section by its tag, as `lookup` reads it.
export const commonWordList = (code: string | null | undefined): readonly string[] => lookup(COMMON, code);
export const stopwordList = (code: string | null | undefined): readonly string[] => lookup(STOPWORDS, code);
export const roleLang = (code: string | null | undefined): RoleLang => lookup(ROLES, code);
export const quoteLang = (code: string | null | undefined): QuoteLang => lookup(QUOTES, code);
export const peopleLang = (code: string | null | undefined): PeopleLang => lookup(PEOPLE, code);
export const dateLang = (code: string | null | undefined): DateLang => lookup(DATES, code);
export const clipLang = (code: string | null | undefined): ClipLang => lookup(CLIPS, code);
export const textLang = (code: string | null | undefined): TextLang => lookup(TEXT, code);

/** The date sections of every language: pages often declare no language or the wrong one. */
export const dateLangs = (): readonly DateLang[] => Object.values(DATES);
/** The article sections of every language, matched at once for the same reason. */
export const articleLangs = (): readonly ArticleLang[] => Object.values(ARTICLE);
/** The clip sections of every language (their words of times of day serve article lines too). */
export const clipLangs = (): readonly ClipLang[] => Object.values(CLIPS);
