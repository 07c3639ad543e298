// Builds a TextContext from paragraphs the way build-text joins blocks ("\n\n"), for focused tests.
import type { TextContext } from "../../../src/context";
import type { BlockKind, Quote } from "../../../src/types";
import { findQuotes } from "../../../src/quotes";
import { findPeople } from "../../../src/people";

export type Para = string | { kind: BlockKind; text: string };

export function contextOf(lang: string, ...paras: Para[]): TextContext {
  let text = "";
  const blocks: TextContext["blocks"] = [];
  for (const p of paras) {
    const { kind, text: t } = typeof p === "string" ? { kind: "paragraph" as const, text: p } : p;
    if (text) text += "\n\n";
    blocks.push({ start: text.length, end: text.length + t.length, kind });
    text += t;
  }
  return { text, blocks, lang, title: null };
}

/** findQuotes on paragraphs, with no help from the people engine. */
export const quotesOf = (lang: string, ...paras: Para[]): Quote[] => findQuotes(contextOf(lang, ...paras), []);

/** findQuotes on paragraphs with the people engine's names, as the page analysis runs it. */
export function quotesWithPeople(lang: string, ...paras: Para[]): Quote[] {
  const ctx = contextOf(lang, ...paras);
  return findQuotes(ctx, findPeople(ctx));
}

/** The speakers `quotesWithPeople` gives, in order. */
export const speakersWithPeople = (lang: string, ...paras: Para[]) => quotesWithPeople(lang, ...paras).map((q) => q.speaker);

/** Each quote as "kind|words|speaker" for compact expectations. */
export const brief = (qs: readonly Quote[]) => qs.map((q) => `${q.kind}|${q.text}|${q.speaker}`);
