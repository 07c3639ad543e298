import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  loadSettings,
  normalizeOrigin,
  originPattern,
  parseSettings,
  saveSettings,
  type Settings,
  type SettingsArea,
} from "../../../extension/shared/settings";

/** An in-memory storage.sync, JSON-cloned like the real one. */
function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { items: Record<string, unknown> } {
  const items = structuredClone(initial);
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (next) => void Object.assign(items, structuredClone(next)),
  };
}

function isValid(s: Settings): boolean {
  const kinds = Object.keys(DEFAULT_SETTINGS.kinds) as (keyof Settings["kinds"])[];
  return (
    kinds.every((k) => typeof s.kinds[k] === "boolean" && /^#[0-9a-f]{6}$/.test(s.colors[k])) &&
    s.autoSites.every((o) => normalizeOrigin(o) === o) &&
    new Set(s.autoSites).size === s.autoSites.length
  );
}

describe("parseSettings", () => {
  it.each([undefined, null, 0, "settings", [], [1, 2], true])("gives the defaults for a stored %j", (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps every valid field and replaces only the malformed ones", () => {
    const parsed = parseSettings({
      kinds: { quote: false, speaker: "no", official: null },
      colors: { quote: "#ABC", speaker: "red; background: url(https://evil.example)", official: "#123456" },
      autoSites: ["https://www.zdf.de/nachrichten/politik", "javascript:alert(1)", 42, "not a site", "www.tagesschau.de"],
    });
    expect(parsed.kinds).toEqual({ quote: false, speaker: DEFAULT_SETTINGS.kinds.speaker, official: DEFAULT_SETTINGS.kinds.official });
    expect(parsed.colors).toEqual({ quote: "#aabbcc", speaker: DEFAULT_SETTINGS.colors.speaker, official: "#123456" });
    expect(parsed.autoSites).toEqual(["https://www.zdf.de", "https://www.tagesschau.de"]);
  });

  it("falls back per field when a whole field has the wrong type", () => {
    const parsed = parseSettings({ kinds: "all", colors: ["#000000"], autoSites: { "https://a.example": true } });
    expect(parsed).toEqual(DEFAULT_SETTINGS);
  });

  it("rejects colours that are not plain hex, since they end up in a stylesheet", () => {
    for (const bad of ["#12345", "#1234", "#12345678", "rgb(0,0,0)", "yellow", "#ffd54f}", " "]) {
      expect(parseSettings({ colors: { quote: bad } }).colors.quote).toBe(DEFAULT_SETTINGS.colors.quote);
    }
  });

  it("removes duplicate sites after normalising them", () => {
    const parsed = parseSettings({ autoSites: ["https://www.zdf.de/", "https://www.zdf.de/a", "WWW.ZDF.DE"] });
    expect(parsed.autoSites).toEqual(["https://www.zdf.de"]);
  });

  it("ignores fields it does not know (settings of a newer version)", () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, theme: "dark" })).toEqual(DEFAULT_SETTINGS);
  });

  it("never throws and always yields valid, stable settings for any JSON value", () => {
    const kindsLike = fc.record({ quote: fc.jsonValue(), speaker: fc.jsonValue(), official: fc.jsonValue() }, { requiredKeys: [] });
    const stored = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          kinds: fc.oneof(kindsLike, fc.jsonValue()),
          colors: fc.oneof(kindsLike, fc.jsonValue()),
          autoSites: fc.array(fc.oneof(fc.webUrl(), fc.string())),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const parsed = parseSettings(raw);
        return isValid(parsed) && JSON.stringify(parseSettings(parsed)) === JSON.stringify(parsed);
      }),
      { numRuns: 500 },
    );
  });
});

describe("normalizeOrigin and originPattern", () => {
  it("reduces addresses to web origins", () => {
    expect(normalizeOrigin(" https://www.spiegel.de/politik/x.html?y=1 ")).toBe("https://www.spiegel.de");
    expect(normalizeOrigin("http://127.0.0.1:8080/a")).toBe("http://127.0.0.1:8080");
    expect(normalizeOrigin("faz.net")).toBe("https://faz.net");
  });

  it.each(["", "ftp://example.org", "file:///etc/passwd", "chrome://settings", "intranet", "https://"])("rejects %j", (input) => {
    expect(normalizeOrigin(input)).toBeNull();
  });

  it("makes a port-free match pattern", () => {
    expect(originPattern("http://127.0.0.1:8080")).toBe("http://127.0.0.1/*");
    expect(originPattern("https://www.zdf.de")).toBe("https://www.zdf.de/*");
  });
});

describe("loadSettings and saveSettings", () => {
  it("gives the defaults when nothing is stored or storage fails", async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    const broken: SettingsArea = { get: () => Promise.reject(new Error("quota")), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it("round-trips saved settings, as after an extension update", async () => {
    const area = memoryArea();
    const mine: Settings = {
      kinds: { quote: true, speaker: false, official: true },
      colors: { quote: "#000000", speaker: "#ffffff", official: "#ff0000" },
      autoSites: ["https://www.zdf.de"],
    };
    await saveSettings(mine, area);
    expect(await loadSettings(area)).toEqual(mine);
  });

  it("repairs a malformed stored value without losing its valid parts", async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { kinds: { speaker: false }, colors: 7, autoSites: ["https://www.ndr.de", null] } });
    const loaded = await loadSettings(area);
    expect(loaded.kinds.speaker).toBe(false);
    expect(loaded.colors).toEqual(DEFAULT_SETTINGS.colors);
    expect(loaded.autoSites).toEqual(["https://www.ndr.de"]);
  });

  it("stores only validated values", async () => {
    const area = memoryArea();
    const stored = await saveSettings({ ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, quote: "url(x)" } }, area);
    expect(stored.colors.quote).toBe(DEFAULT_SETTINGS.colors.quote);
    expect(area.items[SETTINGS_KEY]).toEqual(stored);
  });
});
