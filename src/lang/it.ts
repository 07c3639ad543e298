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
};
