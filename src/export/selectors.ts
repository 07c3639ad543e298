// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for a range of
// `Analysis.text`: a quote with context that survives page edits, and its exact position.

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** Characters of context on each side; 32 is what Hypothesis stores and re-anchors with. */
export const CONTEXT_CHARS = 32;

export function textQuoteSelector(text: string, start: number, end: number, context = CONTEXT_CHARS): TextQuoteSelector {
  return {
    type: "TextQuoteSelector",
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

export function textPositionSelector(start: number, end: number): TextPositionSelector {
  return { type: "TextPositionSelector", start, end };
}
