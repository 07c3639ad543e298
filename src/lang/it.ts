import type { LangPack } from "./types";

export const it: LangPack = {
  code: "it",
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
    abbreviations: ["avv", "dott", "dr", "ecc", "es", "ing", "n", "on", "p", "pag", "prof", "sen", "sig", "sigg", "sig.ra", "sig.na"],
    ordinalPeriod: false,
    suffixes: ["azioni", "azione", "amente", "mente", "ità", "isti", "ista", "i", "e", "o", "a"],
    noise: ["leggi anche", "per saperne di più", "pubblicità", "foto:", "video:"],
  },
};
