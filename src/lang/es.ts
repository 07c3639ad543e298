import type { LangPack } from "./types";

export const es: LangPack = {
  code: "es",
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
    abbreviations: ["av", "avda", "d", "dña", "dr", "dra", "ee.uu", "etc", "núm", "p.ej", "pág", "sr", "sra", "srta", "ud", "uds"],
    ordinalPeriod: false,
    suffixes: ["aciones", "ación", "amente", "mente", "idades", "idad", "istas", "ista", "os", "as", "es", "o", "a", "s"],
    noise: ["lea también", "leer más", "más información", "publicidad", "foto:", "vídeo:"],
  },
};
