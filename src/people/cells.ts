import type { Block } from "../types";
import type { Token } from "./tokens";

/**
 * Which tokens stand in a block set out in cells rather than running text: a data table, a
 * reference list or code (block kind "other"). The text joins a table's adjacent cells with a
 * space, so capitalised neighbours there need not be one name ("2 Wellington Wellington 418,500"
 * is a rank, a city, its region and its population). 1 for such a token, else 0.
 */
export function cellTokens(tokens: readonly Token[], blocks: readonly Block[]): Uint8Array {
  const cells = new Uint8Array(tokens.length);
  // Blocks and tokens both run in text order: one pass over each.
  let i = 0;
  for (const b of blocks) {
    while (i < tokens.length && tokens[i]!.start < b.start) i++;
    for (; i < tokens.length && tokens[i]!.start < b.end; i++) if (b.kind === "other") cells[i] = 1;
  }
  return cells;
}
