// The content script's way to the engine's text stages: the background runs them
// (extension/background/text-analysis.ts) and replies with what they found.
import type { TextFindings } from "../../src/analyze-page";
import type { ContentToBackground, Reply } from "../shared/messages";
import { ext } from "./ext-api";
import type { TextAnalyser } from "./staged-analysis";

export const analyseTextInBackground: TextAnalyser = async (context) => {
  const request: ContentToBackground = { type: "cs-bg:analyzeText", context };
  const reply = (await ext.runtime.sendMessage(request)) as Reply<TextFindings> | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? "the background did not answer");
  return reply.value;
};
