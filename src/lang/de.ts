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
};
