import type { Quote } from "../types";

export interface SpeakerQuotes {
  /** null collects the quotes nobody is named for. */
  speaker: string | null;
  /** The first role the article gives this speaker. */
  role: string | null;
  quotes: Quote[];
}

/** Quotes by speaker, speakers in order of their first quote, unattributed quotes last. */
export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerQuotes[] {
  const groups = new Map<string | null, SpeakerQuotes>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    const speaker = quote.speaker?.trim() || null;
    const group = groups.get(speaker) ?? { speaker, role: null, quotes: [] };
    group.role ??= quote.speakerRole?.trim() || null;
    group.quotes.push(quote);
    groups.set(speaker, group);
  }
  const unattributed = groups.get(null);
  groups.delete(null);
  return unattributed ? [...groups.values(), unattributed] : [...groups.values()];
}
