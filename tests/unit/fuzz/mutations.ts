// Mutations of real page HTML as plain data (so fast-check prints a failing case readably):
// truncation, deleted, duplicated and unclosed tags, attribute garbage, hostile text and broken
// JSON-LD. Positions are fractions of the page, so one mutation fits a page of any size.
import fc from "fast-check";
import { nastyText } from "./nasty-text";

export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "deleteTags"; at: number[] }
  | { kind: "duplicate"; from: number; size: number; to: number; times: number }
  | { kind: "dropClosingTags"; tag: string }
  | { kind: "attributes"; edits: [number, string][] }
  | { kind: "insertText"; edits: [number, string][] }
  | { kind: "openDeep"; at: number; tag: string; depth: number }
  /** `cut` below 0.5 cuts each JSON-LD block short at twice that fraction; above, `json` replaces it. */
  | { kind: "breakJsonLd"; json: string; cut: number };

const TAG = /<\/?[a-zA-Z][^>]*>/g;
const OPEN_TAG = /<[a-zA-Z][a-zA-Z0-9-]*/g;
const LD_JSON = /(<script[^>]*application\/ld\+json[^>]*>)([\s\S]*?)(<\/script>)/gi;

const pos = (s: string, f: number) => Math.floor(f * s.length);
const insert = (s: string, i: number, piece: string) => s.slice(0, i) + piece + s.slice(i);

/** Applies one mutation to a page's HTML. */
export function mutate(h: string, m: Mutation): string {
  switch (m.kind) {
    case "truncate":
      return h.slice(0, pos(h, m.at));
    case "deleteTags": {
      const tags = [...h.matchAll(TAG)];
      const drop = new Set(m.at.map((f) => Math.floor(f * tags.length)));
      let out = "";
      let from = 0;
      for (const [i, t] of tags.entries()) {
        if (!drop.has(i)) continue;
        out += h.slice(from, t.index);
        from = t.index + t[0].length;
      }
      return out + h.slice(from);
    }
    case "duplicate": {
      const a = pos(h, m.from);
      return insert(h, pos(h, m.to), h.slice(a, a + m.size).repeat(m.times));
    }
    case "dropClosingTags":
      return h.replace(new RegExp(`</${m.tag}\\s*>`, "gi"), "");
    case "attributes":
      return m.edits.reduce((s, [f, attr]) => {
        const tags = [...s.matchAll(OPEN_TAG)];
        const t = tags[Math.floor(f * tags.length)];
        return t ? insert(s, t.index + t[0].length, ` ${attr}`) : s;
      }, h);
    case "insertText":
      return m.edits.reduce((s, [f, text]) => insert(s, pos(s, f), text), h);
    case "openDeep":
      return insert(h, pos(h, m.at), `<${m.tag}>`.repeat(m.depth));
    case "breakJsonLd": {
      const broken = h.replace(
        LD_JSON,
        (_all, open: string, json: string, close: string) => open + (m.cut < 0.5 ? json.slice(0, pos(json, m.cut * 2)) : m.json) + close,
      );
      return broken !== h ? broken : h.replace(/<\/head>/i, `<script type="application/ld+json">${m.json}</script></head>`);
    }
  }
}

/** A position as a fraction of the page, in millionths: spread evenly, unlike fc.double's bias to tiny values. */
const frac = fc.nat({ max: 999_999 }).map((n) => n / 1_000_000);

const ATTRIBUTES = [
  'x="unterminated',
  "x='<>\"&",
  `data-x="${"&quot;".repeat(5_000)}"`,
  `style="${"color:red;".repeat(5_000)}"`,
  'hidden aria-hidden="true"',
  'class="share related comments newsletter cookie ad teaser"',
  'itemprop="articleBody" role="main"',
  'lang="ar" dir="rtl"',
  'lang="" dir="auto"',
  'id="__proto__" class="constructor toString"',
  'name="hasOwnProperty" id="length"',
  'datetime="2025-13-45T99:99" content="NaN"',
  'src="javascript:alert(1)" onerror="alert(1)"',
  "=== /// ",
];
const BAD_JSON = [
  "{",
  '{"@type":"NewsArticle","headline":',
  "null",
  "[1,",
  '{"@graph":{"@graph":"x"}}',
  '{"@type":"NewsArticle","datePublished":"gestern","author":[null,{"name":7}]}',
  '{"__proto__":{"polluted":true}}',
];

const edits = (what: fc.Arbitrary<string>) => fc.array(fc.tuple(frac, what), { minLength: 1, maxLength: 20 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: frac }),
  fc.record({ kind: fc.constant("deleteTags" as const), at: fc.array(frac, { minLength: 1, maxLength: 40 }) }),
  // Up to 20 KB copied (tags cut anywhere) up to 5 times.
  fc.record({
    kind: fc.constant("duplicate" as const),
    from: frac,
    size: fc.integer({ min: 1, max: 20_000 }),
    to: frac,
    times: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant("dropClosingTags" as const),
    tag: fc.constantFrom("p", "div", "article", "main", "li", "ul", "span", "a", "script", "blockquote", "figure", "h1", "head", "body"),
  }),
  fc.record({
    kind: fc.constant("attributes" as const),
    edits: edits(
      fc.oneof(
        fc.constantFrom(...ATTRIBUTES),
        nastyText.map((t) => `data-n="${t}"`),
      ),
    ),
  }),
  fc.record({ kind: fc.constant("insertText" as const), edits: edits(nastyText) }),
  fc.record({
    kind: fc.constant("openDeep" as const),
    at: frac,
    tag: fc.constantFrom("div", "span", "b", "li", "blockquote", "p"),
    depth: fc.integer({ min: 10, max: 2_000 }),
  }),
  fc.record({ kind: fc.constant("breakJsonLd" as const), json: fc.constantFrom(...BAD_JSON), cut: frac }),
);

/** One to four mutations, applied in order. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

export const mutateAll = (h: string, ms: readonly Mutation[]) => ms.reduce(mutate, h);
