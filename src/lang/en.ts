import type { LangPack } from "./types";

export const en: LangPack = {
  code: "en",
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
      "adm", "approx", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "det", "dr", "e.g",
      "est", "feb", "fig", "ft", "gen", "gov", "hon", "i.e", "inc", "insp", "jan", "jr", "jul", "jun", "lt",
      "ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "prof", "rep", "rev", "sen",
      "sep", "sept", "sgt", "sr", "st", "supt", "v", "vs",
    ],
    ordinalPeriod: false,
    suffixes: ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s", "y", "e"],
    noise: ["scroll down", "click here", "read more", "sign up", "advertisement", "follow us", "photo:", "video:", "source:"],
  },
};
