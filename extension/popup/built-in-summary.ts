// Chrome's built-in Summarizer (Chrome 138+ extension pages), offered only where its model is
// already on the device for the article's language: the popup never starts a model download.

/** The one configuration the popup asks for, in availability() and create() alike. */
export interface SummarizerOptions {
  type: "key-points";
  format: "plain-text";
  length: "short";
  expectedInputLanguages: string[];
  outputLanguage: string;
}

export type Availability = "unavailable" | "downloadable" | "downloading" | "available";

/** The part of a Summarizer instance the popup uses. */
export interface SummarizerSession {
  summarize(input: string): Promise<string>;
  destroy(): void;
  /** Input the model takes at once, in the units of measureInputUsage (tokens). */
  readonly inputQuota?: number;
  measureInputUsage?(input: string): Promise<number>;
}

/** The static side of the `Summarizer` global. */
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<Availability>;
  create(options: SummarizerOptions): Promise<SummarizerSession>;
}

/** The `Summarizer` global where the browser has one (never in Firefox), else null. */
export function summarizerApi(scope: object = globalThis): SummarizerApi | null {
  const api: unknown = (scope as { Summarizer?: unknown }).Summarizer;
  if (typeof api !== "function" && typeof api !== "object") return null;
  if (api === null) return null;
  const { availability, create } = api as Partial<Record<keyof SummarizerApi, unknown>>;
  return typeof availability === "function" && typeof create === "function" ? (api as SummarizerApi) : null;
}

export function optionsFor(lang: string): SummarizerOptions {
  return { type: "key-points", format: "plain-text", length: "short", expectedInputLanguages: [lang], outputLanguage: lang };
}

/** Whether the model summarises `lang` right now, without a download; false on any failure. */
export async function builtInSummaryAvailable(api: SummarizerApi | null, lang: string | null): Promise<boolean> {
  if (!api || !lang) return false;
  try {
    return (await api.availability(optionsFor(lang))) === "available";
  } catch {
    return false;
  }
}

/** Share of the quota the input may fill: measureInputUsage counts tokens, cutting counts characters. */
const QUOTA_MARGIN = 0.9;

/**
 * The model's key points of `text` as plain text. Checks availability again just before create(),
 * since create() on a "downloadable" model would start the download. Rejects on any failure.
 */
export async function builtInSummary(api: SummarizerApi, text: string, lang: string): Promise<string> {
  const options = optionsFor(lang);
  if ((await api.availability(options)) !== "available") throw new Error(`Summarizer not available for ${lang}`);
  const session = await api.create(options);
  try {
    return await session.summarize(await fitToQuota(session, text));
  } finally {
    session.destroy();
  }
}

/** The text, cut at a paragraph or sentence end to about the session's input quota if it is over. */
async function fitToQuota(session: SummarizerSession, text: string): Promise<string> {
  const quota = session.inputQuota;
  if (!quota || !Number.isFinite(quota) || !session.measureInputUsage) return text;
  const usage = await session.measureInputUsage(text);
  if (usage <= quota) return text;
  const cut = text.slice(0, Math.floor((text.length * quota * QUOTA_MARGIN) / usage));
  const end = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf(". "));
  return end > 0 ? cut.slice(0, end + 1) : cut;
}

/** The summary's points as separate lines without their list markers ("* ", "- ", "• "). */
export function summaryPoints(summary: string): string[] {
  return summary
    .split("\n")
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/u, "").trim())
    .filter(Boolean);
}
