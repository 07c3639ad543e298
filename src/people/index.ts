import type { TextContext } from "../context";
import type { Person } from "../types";

/** Named people with roles and every mention. Filled by the people capability. */
export function findPeople(_ctx: TextContext): Person[] {
  return [];
}
