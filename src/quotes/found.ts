import type { Quote } from "../types";
import type { Mention } from "./mention";

/** A quote found, with what attributes it, before speakers are settled. */
export interface Found {
  quote: Quote;
  block: number;
  mention: Mention | "nobody" | null;
  /** Pieces of one quote over several paragraphs share an id. */
  group: number;
  /** The quote whose speaker this one takes once settled, where it names none of its own (`continuedReports`). */
  carries?: Found;
}
