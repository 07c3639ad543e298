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
};
