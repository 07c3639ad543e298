// Runs the engine's text stages (people, quotes, summary) for a content script: they need only the
// article's text, so they run here, in the extension's process, and the page's main thread keeps
// only the stages that read its DOM. The engine's code also stays compiled here between pages.
import { analyzeTextSteps } from "../../src/analyze";
import type { TextContext } from "../../src/context";
import { runSteps } from "../../src/steps";
import { BLOCK_KINDS } from "../../src/types";
import { failedReply, isOffset, type ContentToBackground, type ContentToBackgroundReplies, type Reply } from "../shared/messages";
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
const BLOCK_KIND_SET: ReadonlySet<unknown> = new Set(BLOCK_KINDS);

function isBlock(v: unknown, textLength: number): boolean {
  const b = v as Record<string, unknown> | null;
  return (
    typeof b === "object" &&
    b !== null &&
    isOffset(b.start) &&
    isOffset(b.end) &&
    b.start <= b.end &&
    b.end <= textLength &&
    BLOCK_KIND_SET.has(b.kind)
  );
}

/** The text context of a request, when the message is one with valid fields. */
export function parseTextRequest(message: unknown): ContentToBackground | null {
  const m = message as Partial<Record<string, unknown>> | null;
  if (typeof m !== "object" || m === null || m.type !== "cs-bg:analyzeText") return null;
  const c = m.context as Partial<Record<keyof TextContext, unknown>> | null;
  if (typeof c !== "object" || c === null || typeof c.text !== "string" || !isStringOrNull(c.lang) || !isStringOrNull(c.title)) return null;
  const text = c.text;
  if (!Array.isArray(c.blocks) || !c.blocks.every((b) => isBlock(b, text.length))) return null;
  return { type: "cs-bg:analyzeText", context: { text, blocks: c.blocks as TextContext["blocks"], lang: c.lang, title: c.title } };
}

/** The text stages' findings, or the error the engine threw (a bug; the content script reports it). */
export function analyseText(context: TextContext): Reply<ContentToBackgroundReplies["cs-bg:analyzeText"]> {
  try {
    return { ok: true, value: runSteps(analyzeTextSteps(context)) };
  } catch (error) {
    return failedReply(error);
  }
}
