import type { LangPack } from "./types";

export const fr: LangPack = {
  code: "fr",
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
    abbreviations: ["av", "apr", "c.-à-d", "cf", "dr", "env", "etc", "j.-c", "m", "me", "mgr", "mlle", "mm", "mme", "p", "pr", "st", "ste", "vol"],
    ordinalPeriod: false,
    suffixes: ["ements", "ement", "ations", "ation", "euses", "euse", "eux", "ités", "ité", "ées", "és", "ée", "es", "er", "é", "e", "s", "x"],
    noise: ["lire aussi", "à lire aussi", "en savoir plus", "publicité", "photo :", "vidéo :"],
  },
};
