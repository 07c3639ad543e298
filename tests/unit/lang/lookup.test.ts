// The per-capability lookups of src/lang: one language's section by its tag, English for any other.
import { describe, expect, it } from "vitest";
import {
  articleLangs,
  clipLang,
  commonWordList,
  dateLang,
  dateLangs,
  langCodes,
  peopleLang,
  quoteLang,
  roleLang,
  stopwordList,
  textLang,
} from "../../../src/lang";

const LOOKUPS = { commonWordList, stopwordList, roleLang, quoteLang, peopleLang, dateLang, clipLang, textLang };

describe("language lookups", () => {
  it("give each language its own section of every capability", () => {
    for (const [name, lookup] of Object.entries(LOOKUPS)) {
      const sections = langCodes().map((code) => lookup(code));
      expect(new Set(sections).size, name).toBe(langCodes().length);
    }
  });

  it("read a tag's primary language in any case, and English for unknown or no language", () => {
    for (const code of langCodes()) {
      for (const lookup of Object.values(LOOKUPS)) {
        expect(lookup(`${code.toUpperCase()}-XX`)).toBe(lookup(code));
      }
    }
    for (const tag of [null, undefined, "", "xx", "pt-BR", "constructor", "__proto__", "-"]) {
      for (const lookup of Object.values(LOOKUPS)) expect(lookup(tag), String(tag)).toBe(lookup("en"));
    }
  });

  it("give the common words first among the stopwords", () => {
    for (const code of langCodes()) expect(stopwordList(code).slice(0, commonWordList(code).length)).toEqual(commonWordList(code));
  });

  it("list every language's date and article sections, in the order of the codes", () => {
    expect(dateLangs()).toEqual(langCodes().map(dateLang));
    expect(articleLangs()).toHaveLength(langCodes().length);
    expect(new Set(articleLangs()).size).toBe(langCodes().length);
  });
});
