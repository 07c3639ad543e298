// The reader's settings (storage.sync), validated on every read so a malformed or old stored
// value falls back to defaults instead of breaking the extension.

export type HighlightKind = "quote" | "speaker" | "official";

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ["quote", "speaker", "official"];

export interface Settings {
  /** Kinds painted in the page. */
  kinds: Record<HighlightKind, boolean>;
  /** Highlight colours as hex CSS colours ("#ffd54f"). */
  colors: Record<HighlightKind, string>;
  /** Origins ("https://www.zdf.de") annotated on load without a click. */
  autoSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { quote: true, speaker: true, official: true },
  colors: { quote: "#ffd54f", speaker: "#81d4fa", official: "#c5e1a5" },
  autoSites: [],
};

/** The storage.sync key holding the whole `Settings` value. */
export const SETTINGS_KEY = "settings";

// Hex only: the content script writes colours into a stylesheet, so no other CSS syntax may pass.
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#ABC" → "#aabbcc": the one form `<input type="color">` shows. */
function expandHex(color: string): string {
  const hex = color.toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
}

/** "https://www.zdf.de/nachrichten/x" or "www.zdf.de" → "https://www.zdf.de"; null when not a web origin. */
export function normalizeOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The match pattern covering every page of an origin, for permissions and content scripts. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  // Match patterns carry no port; one without a port matches every port.
  return `${url.protocol}//${url.hostname}/*`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseKinds(raw: unknown): Settings["kinds"] {
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (!isRecord(raw)) return kinds;
  for (const kind of HIGHLIGHT_KINDS) {
    const value = raw[kind];
    if (typeof value === "boolean") kinds[kind] = value;
  }
  return kinds;
}

function parseColors(raw: unknown): Settings["colors"] {
  const colors = { ...DEFAULT_SETTINGS.colors };
  if (!isRecord(raw)) return colors;
  for (const kind of HIGHLIGHT_KINDS) {
    const value = raw[kind];
    if (typeof value === "string" && HEX_COLOR.test(value.trim())) colors[kind] = expandHex(value.trim());
  }
  return colors;
}

function parseAutoSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...DEFAULT_SETTINGS.autoSites];
  const origins = raw.flatMap((entry) => (typeof entry === "string" ? [normalizeOrigin(entry)] : [])).filter((o) => o !== null);
  return [...new Set(origins)];
}

/** Any stored value → valid `Settings`, field by field: a bad field falls back alone, valid ones are kept. */
export function parseSettings(raw: unknown): Settings {
  const stored = isRecord(raw) ? raw : {};
  return {
    kinds: parseKinds(stored.kinds),
    colors: parseColors(stored.colors),
    autoSites: parseAutoSites(stored.autoSites),
  };
}

/** The part of `storage.sync` used here; `browser.storage.sync` and MV3 `chrome.storage.sync` both fit. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

// No polyfill import: this module is shared with the content script and with Node unit tests.
function syncArea(): SettingsArea {
  const g = globalThis as { browser?: { storage: { sync: SettingsArea } }; chrome?: { storage: { sync: SettingsArea } } };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error("no extension storage in this context");
  return api.storage.sync;
}

export async function loadSettings(area: SettingsArea = syncArea()): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Stores `settings` after validation and returns what was stored. */
export async function saveSettings(settings: Settings, area: SettingsArea = syncArea()): Promise<Settings> {
  const valid = parseSettings(settings);
  await area.set({ [SETTINGS_KEY]: valid });
  return valid;
}
