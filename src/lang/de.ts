import type { LangPack } from "./types";

export const de: LangPack = {
  code: "de",
  stopwords: [],
  quotes: {
    marks: [],
  },
  people: {
    honorifics: [],
  },
  dates: {
    months: {},
  },
  text: {
    abbreviations: [
      "a", "abb", "abs", "allg", "bd", "bspw", "bzgl", "bzw", "ca", "chr", "d", "dipl", "dr", "dt", "ebd",
      "ehem", "etc", "evtl", "fr", "geb", "gegr", "ggf", "h", "hl", "hr", "hrsg", "inkl", "ing", "jh", "jhd",
      "kap", "max", "min", "mio", "mind", "mrd", "nr", "o", "prof", "rd", "s", "sog", "st", "std", "str",
      "tel", "tsd", "u", "usw", "v", "verh", "vgl", "z", "zit", "zzgl",
    ],
    ordinalPeriod: true,
    suffixes: [
      "ungen", "ung", "heiten", "heit", "keiten", "keit", "lichen", "licher", "liches", "lich", "ischen",
      "ische", "isch", "ern", "en", "er", "em", "es", "e", "n", "s",
    ],
    noise: ["lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr dazu", "zum artikel", "anzeige", "foto:", "bild:", "video:", "quelle:"],
  },
};
