import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
type Messages = Record<string, { message: string }>;
const read = (lang: string) => JSON.parse(readFileSync(join(ROOT, "public/_locales", lang, "messages.json"), "utf8")) as Messages;
const en = read("en");
const de = read("de");

/** Message keys the extension pages ask for: t("key") and tCount("key") (which adds One/Other). */
function usedKeys(): string[] {
  const files = ["extension/popup", "extension/options"].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(ROOT, dir, f), "utf8")),
  );
  const keys = files.flatMap((src) =>
    [...src.matchAll(/\bt(Count)?\(\s*"(\w+)"/g)].flatMap((m) => (m[1] ? [`${m[2]}One`, `${m[2]}Other`] : [m[2]!])),
  );
  return [...new Set(keys)];
}

const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe("_locales", () => {
  it("has the same keys in English and German, with the manifest's keys", () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of ["extName", "extDescription", "actionTitle"]) expect(en[key]?.message).toBeTruthy();
  });

  it("defines every message the popup and options page use", () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !en[key])).toEqual([]);
  });

  it("keeps each message's substitutions in both languages, and translates them", () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(de[key]!.message), key).toEqual(placeholders(message));
      expect(de[key]!.message.trim(), key).not.toBe("");
    }
    const translated = Object.keys(en).filter((key) => en[key]!.message !== de[key]!.message);
    expect(translated.length).toBeGreaterThan(Object.keys(en).length * 0.8);
  });
});
