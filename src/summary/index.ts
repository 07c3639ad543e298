import type { TextContext } from "../context";
import type { Person, Quote, SummarySentence } from "../types";

/** 3–5 key sentences in article order. Filled by the summary capability. */
export function summarize(_ctx: TextContext, _found: { people: readonly Person[]; quotes: readonly Quote[] }): SummarySentence[] {
  return [];
}
