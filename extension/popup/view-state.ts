import type { PageState } from "../shared/messages";
import type { Analysis } from "../../src/types";

/** Everything the popup can show; each non-ready state has its own message. */
export type ViewState =
  | { kind: "analysing" }
  /** `highlights`: whether the page shows highlights now. */
  | { kind: "ready"; analysis: Analysis; highlights: boolean }
  | { kind: "noArticle"; reason: string | null }
  | { kind: "tooLarge" }
  | { kind: "restricted" }
  | { kind: "error"; message: string };

export function viewStateOf(page: PageState): ViewState {
  switch (page.state) {
    case "analysing":
      return { kind: "analysing" };
    case "ready":
      return { kind: "ready", analysis: page.analysis, highlights: page.highlights };
    case "tooLarge":
      return { kind: "tooLarge" };
    case "noArticle":
      return { kind: "noArticle", reason: page.analysis.reason ?? null };
  }
}
