import type { LangPack } from "./types";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import { es } from "./es";
import { it } from "./it";

export type { LangPack } from "./types";

export const LANGS: readonly LangPack[] = [de, en, fr, es, it];

const byCode = new Map(LANGS.map((l) => [l.code, l]));

/** The pack for a primary language tag; English when the language is unknown or unsupported. */
export function getLang(code: string | null | undefined): LangPack {
  return byCode.get((code ?? "").toLowerCase().split("-")[0] ?? "") ?? en;
}

/** Whether Newsmark has knowledge for this language. */
export function hasLang(code: string | null | undefined): boolean {
  return byCode.has((code ?? "").toLowerCase().split("-")[0] ?? "");
}
