import type { HighlightKind } from "../shared/settings";

/** The _locales message naming each highlight kind. */
export const KIND_LABEL: Record<HighlightKind, string> = { quote: "kindQuote", speaker: "kindSpeaker", official: "kindOfficial" };
