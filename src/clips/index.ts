import type { DomContext } from "../context";
import type { Clip } from "../types";

/** The article's own video and audio clips, in page order. Filled by the clips capability. */
export function findClips(_ctx: DomContext): Clip[] {
  return [];
}
