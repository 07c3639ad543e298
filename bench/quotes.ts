// Quotes: precision / recall / F1 of direct and block quotes against the hand-labelled gold pages
// and the seed, speaker accuracy on matched quotes, joint quote+speaker F1, per language, beside
// a regular-expression baseline (quote marks + nearest capitalised name); then findQuotes' speed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import type { BenchOptions } from "./index";
import { goldPages, labels, readabilityPages, trafilaturaPages, type GoldQuote } from "./corpus";
import { fmt, mean, median, prf, quantile, table } from "./stats";
import { fastest, timeRuns } from "./timing";
import { analyze } from "../src/analyze";
import { parseDocument } from "../src/cli/parse-html";
import { findQuotes } from "../src/quotes";
import { findPeople } from "../src/people";
import { buildText, type SourceBlock } from "../src/text/build-text";
import type { Block, BlockKind, Quote } from "../src/types";
import type { TextContext } from "../src/context";

export const SEED_FIXTURE = join(import.meta.dirname, "../tests/fixtures/seed/zdf-rubio-nato.html");

/** The quote rows of the seed's expected.md; the draft peace plan speaks as written ("der … Entwurf"). */
export const SEED_QUOTES: readonly (GoldQuote & { kind: Quote["kind"] })[] = [
  {
    kind: "block",
    text: "Das würde das falsche Signal senden, gerade jetzt, wo sich Amerika noch enger mit europäischen Verbündeten zur Ukraine koordinieren sollte.",
    speaker: "Oana Lungescu",
  },
  { kind: "direct", text: "Trump hat das Ziel, diesen Krieg zu beenden - koste es, was es wolle", speaker: "Claudia Major" },
  {
    kind: "direct",
    text: "Ein Dialog zwischen Russland und der Nato wird unter Vermittlung der Vereinigten Staaten geführt, um alle Sicherheitsfragen zu klären und Bedingungen für eine Deeskalation zu schaffen, um die globale Sicherheit zu gewährleisten und die Chancen für Zusammenarbeit und zukünftige wirtschaftliche Entwicklung zu erhöhen.",
    speaker: "der Entwurf",
  },
  { kind: "indirect", text: "es wäre völlig unrealistisch, Rubio bei jedem Treffen zu erwarten", speaker: "ein Sprecher" },
  { kind: "indirect", text: "sie könne sich an nichts Vergleichbares in der jüngeren Geschichte erinnern", speaker: "Oana Lungescu" },
];

/** Scare quotes of the seed that must not be found. */
export const SEED_NOT_QUOTES = ["Friedensplan"];

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token F1 of two texts (multiset overlap). */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** Surnames agree: the last words match, or both speakers are unknown. */
export function sameSpeaker(found: string | null | undefined, gold: string | null): boolean {
  const last = (s: string | null | undefined) => (s ? (tokens(s).pop() ?? null) : null);
  return last(found) === last(gold);
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  speakerOk: number;
}
const zero = (): Score => ({ tp: 0, fp: 0, fn: 0, speakerOk: 0 });

/** One-to-one matching, best token F1 first, a match at F1 ≥ 0.8. */
export function score(
  found: readonly { text: string; speaker: string | null }[],
  gold: readonly GoldQuote[],
): Score & { misses: string[]; extras: string[]; wrong: string[] } {
  const pairs: [number, number, number][] = [];
  for (const [i, f] of found.entries())
    for (const [j, g] of gold.entries()) {
      const s = tokenF1(f.text, g.text);
      if (s >= 0.8) pairs.push([s, i, j]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  let speakerOk = 0;
  const wrong: string[] = [];
  for (const [, i, j] of pairs) {
    if (usedF.has(i) || usedG.has(j)) continue;
    usedF.add(i);
    usedG.add(j);
    if (sameSpeaker(found[i]!.speaker, gold[j]!.speaker)) speakerOk++;
    else wrong.push(`${gold[j]!.text.slice(0, 50)} → ${found[i]!.speaker} (gold ${gold[j]!.speaker})`);
  }
  return {
    tp: usedF.size,
    fp: found.length - usedF.size,
    fn: gold.length - usedG.size,
    speakerOk,
    misses: gold.filter((_, j) => !usedG.has(j)).map((g) => g.text.slice(0, 60)),
    extras: found.filter((_, i) => !usedF.has(i)).map((f) => f.text.slice(0, 60)),
    wrong,
  };
}

const BASE_MARKS = /„([^“”"]+)[“”]|“([^”]+)”|"([^"]+)"|»([^«]+)«|«\s?([^»]+?)\s?»|‘([^’]+)’/g;
const NAME = /\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu;

/** The baseline: text between quote marks, speaker = the capitalised words nearest to it in its paragraph. */
export function regexBaseline(text: string, blocks: readonly Block[]): { text: string; speaker: string | null }[] {
  const out: { text: string; speaker: string | null }[] = [];
  for (const b of blocks) {
    const para = text.slice(b.start, b.end);
    for (const m of para.matchAll(BASE_MARKS)) {
      const words = m.slice(1).find((x) => x !== undefined) ?? "";
      const outside = para.slice(0, m.index) + " ".repeat(m[0].length) + para.slice(m.index + m[0].length);
      let speaker: string | null = null;
      let dist = Infinity;
      for (const n of outside.matchAll(NAME)) {
        const d = Math.abs(n.index - m.index);
        if (d < dist) [speaker, dist] = [n[0], d];
      }
      out.push({ text: words, speaker });
    }
  }
  return out;
}

interface Page {
  id: string;
  lang: string;
  html: string;
  url?: string;
  gold: readonly GoldQuote[];
}

function pages(): Page[] {
  const gold = goldPages()
    .filter((g) => labels(g, "quotes"))
    .map((g) => ({ id: g.id, lang: g.lang, html: g.html, url: g.url, gold: g.quotes }));
  const seed = {
    id: "seed",
    lang: "de",
    html: readFileSync(SEED_FIXTURE, "utf8"),
    gold: SEED_QUOTES.filter((q) => q.kind !== "indirect"),
  };
  return [...gold, seed];
}

/** The article as Reader View sees it, to measure quotes apart from the article extractor. */
function readabilityContext(html: string, lang: string): TextContext | null {
  const article = new Readability(parseDocument(html)).parse();
  if (!article?.content) return null;
  const doc = parseDocument(`<html><body>${article.content}</body></html>`);
  const kinds: Record<string, BlockKind> = { P: "paragraph", BLOCKQUOTE: "quote", FIGCAPTION: "caption", LI: "list" };
  const sources: SourceBlock[] = Array.from(doc.querySelectorAll("p, h2, h3, h4, blockquote, li, figcaption"))
    .filter((el) => !el.parentElement?.closest("p, blockquote, li, figcaption"))
    .map((el) => ({ kind: kinds[el.tagName] ?? (/^H/.test(el.tagName) ? "heading" : "other"), el }));
  const built = buildText(sources);
  return { text: built.text, blocks: built.blocks, lang, title: null };
}

export async function run(_o: BenchOptions): Promise<void> {
  const rows: (string | number)[][] = [];
  const totals: Record<string, { ours: Score; base: Score; reader: Score; alone: Score; indirect: number }> = {};
  const details: string[] = [];
  for (const page of pages()) {
    const a = analyze(parseDocument(page.html), { url: page.url });
    const direct = a.quotes.filter((q) => q.kind !== "indirect");
    const ours = score(direct, page.gold);
    const base = score(regexBaseline(a.text, a.blocks), page.gold);
    const ctx = readabilityContext(page.html, page.lang);
    const reader = ctx
      ? score(
          findQuotes(ctx, findPeople(ctx)).filter((q) => q.kind !== "indirect"),
          page.gold,
        )
      : { ...zero(), fn: page.gold.length };
    const textCtx: TextContext = { text: a.text, blocks: a.blocks, lang: a.lang, title: a.title };
    const alone = score(
      findQuotes(textCtx, []).filter((q) => q.kind !== "indirect"),
      page.gold,
    );
    const t = (totals[page.lang] ??= { ours: zero(), base: zero(), reader: zero(), alone: zero(), indirect: 0 });
    for (const [sum, s] of [
      [t.ours, ours],
      [t.base, base],
      [t.reader, reader],
      [t.alone, alone],
    ] as const) {
      sum.tp += s.tp;
      sum.fp += s.fp;
      sum.fn += s.fn;
      sum.speakerOk += s.speakerOk;
    }
    t.indirect += a.quotes.length - direct.length;
    const lost = page.gold.filter((g) => !a.text.includes(g.text.slice(0, 30))).length;
    rows.push([page.id, page.lang, page.gold.length, ours.tp, ours.fp, ours.fn, ours.speakerOk, lost]);
    if (process.env.NEWSMARK_BENCH_DETAILS) {
      details.push(
        `--- ${page.id}`,
        ...ours.misses.map((m) => `  missed: ${m}`),
        ...ours.extras.map((m) => `  extra: ${m}`),
        ...ours.wrong.map((m) => `  speaker: ${m}`),
      );
    }
  }
  table(["page", "lang", "gold", "tp", "fp", "fn", "speaker ok", "not in text"], rows);
  if (details.length) console.log(details.join("\n"));
  console.log("\n(fn counts quotes whose paragraph the article extractor dropped: see 'not in text')");
  const summary: (string | number)[][] = [];
  for (const [lang, t] of Object.entries(totals).sort()) {
    for (const [name, s] of [
      ["newsmark", t.ours],
      ["regex baseline", t.base],
      ["newsmark on Reader View text", t.reader],
      ["quotes alone, no people engine", t.alone],
    ] as const) {
      const q = prf(s.tp, s.fp, s.fn);
      const joint = prf(s.speakerOk, s.fp + (s.tp - s.speakerOk), s.fn + (s.tp - s.speakerOk));
      summary.push([`${lang} ${name}`, fmt(q.p), fmt(q.r), fmt(q.f1), fmt(s.tp ? s.speakerOk / s.tp : NaN), fmt(joint.f1)]);
    }
    summary.push([`${lang} indirect found (not in gold)`, t.indirect, "", "", "", ""]);
  }
  console.log();
  table(["quotes (direct + block)", "P", "R", "F1", "speaker acc", "joint F1"], summary);
  speed();
  perPage();
}

/**
 * findQuotes on the longest gold article (about 2,000 words): wall-clock median, and CPU time per
 * call, which a machine shared with other work inflates less.
 */
function speed(): void {
  const analyses = goldPages().map((g) => analyze(parseDocument(g.html), { url: g.url }));
  const longest = analyses.sort((a, b) => b.text.length - a.text.length)[0]!;
  const words = longest.text.split(/\s+/).length;
  const ctx: TextContext = { text: longest.text, blocks: longest.blocks, lang: longest.lang, title: null };
  const t = timeRuns(() => findQuotes(ctx, longest.people), { runs: RUNS, warmUp: 20 });
  console.log(
    `\nfindQuotes on ${words} words: wall median ${fmt(median(t.wall), 2)} ms, CPU ${fmt(mean(t.cpu), 2)} ms per call (target ≤ 5 ms for 2,000 words)`,
  );
}

const RUNS = 50;
/** Timed calls per corpus page; the fastest counts, as other work on the machine only adds time. */
const PAGE_RUNS = 5;

/**
 * findQuotes on every Readability and trafilatura corpus page, whatever its size: the fastest of
 * a few calls per page, then median, 95th percentile and the slowest page.
 */
function perPage(): void {
  const pages = [
    ...readabilityPages().map((p) => ({ id: `readability/${p.name}`, html: p.html, url: undefined as string | undefined })),
    ...trafilaturaPages().map((p) => ({ id: `trafilatura/${p.file}`, html: p.html, url: p.url })),
  ];
  const times: { id: string; ms: number; words: number }[] = [];
  for (const page of pages) {
    const a = analyze(parseDocument(page.html), { url: page.url });
    const ctx: TextContext = { text: a.text, blocks: a.blocks, lang: a.lang, title: a.title };
    const ms = fastest(timeRuns(() => findQuotes(ctx, a.people), { runs: PAGE_RUNS, warmUp: 1 }));
    times.push({ id: page.id, ms, words: a.text.split(/\s+/).length });
  }
  const ms = times.map((t) => t.ms);
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `findQuotes per corpus page (${times.length} Readability + trafilatura pages, fastest of ${PAGE_RUNS}): median ${fmt(median(ms), 2)} ms, p95 ${fmt(quantile(ms, 0.95), 2)} ms, max ${fmt(worst.ms, 2)} ms (${worst.id}, ${worst.words} words)`,
  );
}
