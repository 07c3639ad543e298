import type { Clip } from "../types";

/** A player found in the page, before captions and metadata are read. */
export interface Candidate {
  el: Element;
  provider: string | null;
  kind: Clip["kind"] | null;
  src: string | null;
  /** The title written in the markup of a player held as text (`<noscript><iframe title="…">`). */
  title?: string | null;
  /** Found only by a play control: a clip only when its caption states a duration. */
  teaser?: boolean;
}
