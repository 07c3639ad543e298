// The reader's settings (storage.sync), validated on every read so a malformed or old stored
// value falls back to defaults instead of breaking the extension.

export type HighlightKind = "quote" | "speaker" | "official";

export interface Settings {
  /** Kinds painted in the page. */
  kinds: Record<HighlightKind, boolean>;
  /** Highlight colours as CSS colour strings. */
  colors: Record<HighlightKind, string>;
  /** Origins ("https://www.zdf.de") annotated on load without a click. */
  autoSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { quote: true, speaker: true, official: true },
  colors: { quote: "#ffd54f", speaker: "#81d4fa", official: "#c5e1a5" },
  autoSites: [],
};
