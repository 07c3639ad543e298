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
};
