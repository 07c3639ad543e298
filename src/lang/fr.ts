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
};
