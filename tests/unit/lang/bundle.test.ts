// The content script runs the page stages only (article, text map, clips, language detection): its
// bundle keeps the language sections those read and none of the text stages' (roles, quotes,
// people, text, the stopwords beyond the common words), which run in the background. Built by the project's own Vite config, in memory.
import { join } from "node:path";
import { build, type Rolldown } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import {
  articleLangs,
  clipLang,
  commonWordList,
  langCodes,
  peopleLang,
  quoteLang,
  roleLang,
  stopwordList,
  textLang,
} from "../../../src/lang";

const ROOT = join(import.meta.dirname, "../../..");

let bundle = "";

beforeAll(async () => {
  const out = await build({ configFile: join(ROOT, "vite.config.ts"), mode: "content", logLevel: "silent", build: { write: false } });
  const chunk = (Array.isArray(out) ? out[0]! : (out as Rolldown.RolldownOutput)).output[0];
  bundle = chunk.code;
}, 60_000);

/** Every list of strings in a section, nested ones included. */
function lists(x: unknown): string[][] {
  if (Array.isArray(x)) return x.every((e) => typeof e === "string") ? [x] : x.flatMap(lists);
  return x && typeof x === "object" ? Object.values(x).flatMap(lists) : [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Printable ASCII without quotes: written the same in any minified bundle. */
const plain = (s: string) => /^[\x20-\x7e]+$/.test(s) && !/["'`\\]/.test(s);
/** Quotes, commas and periods between list entries: `"a","b"`, or `"a.b".split(".")` as minifiers write long lists. */
const SEP = "[`\"',.]";

/**
 * Patterns for neighbours in a section's lists: two words of one entry ("sagen sagt"), two entries
 * one after the other. A section in the bundle shows nearly all of them; one left out, only the few
 * that other code happens to hold.
 */
function neighbours(section: unknown): RegExp[] {
  return lists(section).flatMap((list) =>
    list.flatMap((entry, i) => {
      if (!plain(entry)) return [];
      const words = entry.split(" ");
      const inEntry = words.slice(1).map((w, k) => new RegExp(`${escape(words[k]!)} ${escape(w)}`));
      const prev = list[i - 1];
      return prev !== undefined && plain(prev)
        ? [...inEntry, new RegExp(`${SEP}${escape(prev)}${SEP}{1,3}${escape(entry)}${SEP}`)]
        : inEntry;
    }),
  );
}

/** The share of a section's neighbour patterns (over every language) found in the bundle. */
function shareIn(sections: readonly unknown[]): number {
  const patterns = sections.flatMap(neighbours);
  expect(patterns.length).toBeGreaterThan(20);
  return patterns.filter((p) => p.test(bundle)).length / patterns.length;
}

describe("the content script's language data", () => {
  it("holds the sections of the page stages: common words, clips, article", () => {
    expect(shareIn(langCodes().map(commonWordList))).toBeGreaterThan(0.9);
    expect(shareIn(langCodes().map(clipLang))).toBeGreaterThan(0.9);
    expect(shareIn(articleLangs())).toBeGreaterThan(0.9);
  });

  it("holds none of the text stages' sections: roles, quotes, people, text, further stopwords", () => {
    const furtherStopwords = (code: string) => stopwordList(code).slice(commonWordList(code).length);
    const lookups: ((code: string) => unknown)[] = [roleLang, quoteLang, peopleLang, textLang, furtherStopwords];
    for (const lookup of lookups) expect(shareIn(langCodes().map((code) => lookup(code))), lookup.name).toBeLessThan(0.15);
  });
});
