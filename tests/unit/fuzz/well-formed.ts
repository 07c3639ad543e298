// What every Analysis must satisfy whatever the page: the shape of docs/analysis-schema.md, offsets
// inside `text`, blocks in order, quotes, mentions, summary and clip positions in range, plain JSON.
import type { Analysis, Span } from "../../../src/types";
import type { TextMap } from "../../../src/text/text-map";

const BLOCK_KINDS = new Set(["heading", "paragraph", "quote", "list", "caption", "other"]);
const QUOTE_KINDS = new Set(["direct", "block", "indirect"]);
const CLIP_KINDS = new Set(["video", "audio"]);
const LANG = /^[a-z]{2,3}$/;

const isInt = (n: unknown): n is number => Number.isSafeInteger(n);
const strOrNull = (v: unknown) => v === null || typeof v === "string";
const finiteOrNull = (v: unknown) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0);

/** Every way `a` breaks the contract, as readable lines; empty when it is well formed. */
export function problems(a: Analysis, map: TextMap | null = null): string[] {
  const out: string[] = [];
  const len = typeof a.text === "string" ? a.text.length : -1;
  if (len < 0) return ["text is not a string"];

  const span = (what: string, s: Span, nonEmpty = true) => {
    if (!isInt(s.start) || !isInt(s.end) || s.start < 0 || s.end > len || s.start > s.end || (nonEmpty && s.start === s.end))
      out.push(`${what}: span ${s.start}..${s.end} empty or outside text of length ${len}`);
  };
  const sliceIs = (what: string, s: Span & { text: string }) => {
    if (a.text.slice(s.start, s.end) !== s.text) out.push(`${what}: text differs from text[${s.start}..${s.end}]`);
  };

  if (typeof a.isArticle !== "boolean") out.push("isArticle is not a boolean");
  if (!a.isArticle && typeof a.reason !== "string") out.push("a non-article has no reason");
  if (a.lang !== null && !LANG.test(a.lang)) out.push(`lang ${JSON.stringify(a.lang)} is not a primary tag`);
  for (const k of ["url", "title", "byline", "published", "siteName"] as const)
    if (!strOrNull(a[k])) out.push(`${k} is not a string or null`);
  if (a.published !== null && Number.isNaN(Date.parse(a.published))) out.push(`published ${JSON.stringify(a.published)} is not ISO 8601`);
  for (const k of ["blocks", "quotes", "people", "clips", "summary"] as const)
    if (!Array.isArray(a[k])) return [...out, `${k} is not an array`];

  a.blocks.forEach((b, i) => {
    span(`block ${i}`, b);
    if (!BLOCK_KINDS.has(b.kind)) out.push(`block ${i}: kind ${b.kind}`);
    const prev = a.blocks[i - 1];
    if (prev && prev.end > b.start) out.push(`block ${i} starts before block ${i - 1} ends`);
    const at = map?.toDom(b.start);
    if (map && !(at && at.node.isConnected && at.offset < at.node.data.length)) out.push(`block ${i}: start does not map into the page`);
  });
  a.quotes.forEach((q, i) => {
    span(`quote ${i}`, q);
    sliceIs(`quote ${i}`, q);
    if (!QUOTE_KINDS.has(q.kind)) out.push(`quote ${i}: kind ${q.kind}`);
    if (!strOrNull(q.speaker)) out.push(`quote ${i}: speaker is not a string or null`);
    if (q.speakerStart !== undefined || q.speakerEnd !== undefined)
      span(`quote ${i} speaker`, { start: q.speakerStart!, end: q.speakerEnd! });
  });
  a.people.forEach((p, i) => {
    if (typeof p.name !== "string" || !p.name.trim()) out.push(`person ${i}: empty name`);
    if (typeof p.official !== "boolean") out.push(`person ${i}: official is not a boolean`);
    if (!strOrNull(p.role)) out.push(`person ${i}: role is not a string or null`);
    p.mentions.forEach((m, j) => span(`person ${i} mention ${j}`, m));
  });
  a.clips.forEach((c, i) => {
    if (!CLIP_KINDS.has(c.kind)) out.push(`clip ${i}: kind ${c.kind}`);
    if (!isInt(c.position) || c.position < 0 || c.position > len) out.push(`clip ${i}: position ${c.position} outside text`);
    if (!finiteOrNull(c.duration) || !finiteOrNull(c.start)) out.push(`clip ${i}: duration or start not a finite number of seconds`);
    if (c.date !== null && Number.isNaN(Date.parse(c.date))) out.push(`clip ${i}: date ${JSON.stringify(c.date)} is not ISO 8601`);
  });
  a.summary.forEach((s, i) => {
    span(`summary ${i}`, s);
    sliceIs(`summary ${i}`, s);
    if (i > 0 && a.summary[i - 1]!.start > s.start) out.push(`summary ${i} out of article order`);
  });

  const notJson = jsonProblem(a, "analysis");
  if (notJson) out.push(notJson);
  return out;
}

/** Where `v` holds something JSON cannot carry (NaN, a DOM node, a Map, a function), else null. */
function jsonProblem(v: unknown, path: string): string | null {
  if (v === null || typeof v === "string" || typeof v === "boolean") return null;
  if (typeof v === "number") return Number.isFinite(v) ? null : `${path} is ${v}`;
  if (typeof v !== "object") return `${path} is a ${typeof v}`;
  const proto = Object.getPrototypeOf(v);
  if (!Array.isArray(v) && proto !== Object.prototype && proto !== null)
    return `${path} is a ${proto?.constructor?.name ?? "non-plain object"}`;
  for (const [k, x] of Object.entries(v)) {
    // An absent optional field may be present as undefined: JSON drops it, nothing is lost.
    const p = x === undefined && !Array.isArray(v) ? null : jsonProblem(x, `${path}.${k}`);
    if (p) return p;
  }
  return null;
}
