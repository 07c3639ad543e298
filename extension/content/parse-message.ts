// Messages arrive as untrusted JSON: only known types with valid fields get through.
import { isOffset, type ToContent } from "../shared/messages";

/** The message, when it is one the content script understands with valid fields. */
export function parseMessage(message: unknown): ToContent | null {
  if (typeof message !== "object" || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case "popup-cs:getAnalysis":
    case "bg-cs:toggleHighlights":
      return { type: m.type };
    case "popup-cs:scrollTo":
      return isOffset(m.start) && isOffset(m.end) && m.start <= m.end ? { type: m.type, start: m.start, end: m.end } : null;
    case "popup-cs:setHighlights":
      return typeof m.on === "boolean" ? { type: m.type, on: m.on } : null;
    default:
      return null;
  }
}
