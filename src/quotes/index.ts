import type { TextContext } from "../context";
import type { Person, Quote } from "../types";

/** Direct, block and indirect quotations with their speakers. Filled by the quotes capability. */
export function findQuotes(_ctx: TextContext, _people: readonly Person[]): Quote[] {
  return [];
}
