import { ext } from "./ext";

/** A message from _locales in the browser's UI language; the key itself if it is missing. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return ext.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** "1 quote" / "3 quotes": English and German need only singular and plural. */
export function tCount(key: string, count: number): string {
  return t(count === 1 ? `${key}One` : `${key}Other`, count);
}

export function uiLocale(): string {
  return ext.i18n.getUILanguage();
}
