// People: analyze() on the labelled gold pages and the seed fixture, scored as the corpus README
// says — a found person matches a labelled one by name or any labelled mention; an official's
// role is right when at least half of its labelled words agree. A naive baseline (every run of
// two or more capitalised words is a person, and an official) runs on the same texts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analyze";
import { parseDocument } from "../src/cli/parse-html";
import { findPeople } from "../src/people";
import { extractArticle } from "../src/article";
import { buildText } from "../src/text/build-text";
import type { TextContext } from "../src/context";
import type { Person, Quote } from "../src/types";
import type { BenchOptions } from "./index";
import { goldPages, labels, readabilityPages, trafilaturaPages, type GoldPerson } from "./corpus";
import { fmt, median, prf, quantile, table } from "./stats";
import { fastest, timeRuns } from "./timing";
import { SEED_FIXTURE, SEED_PEOPLE } from "../tests/unit/people/seed-truth";

interface Page {
  id: string;
  lang: string;
  text: string;
  found: Person[];
  gold: GoldPerson[];
}

const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const words = (s: string) =>
  norm(s)
    .replace(/[()„“”"«»,;.]/g, " ")
    .split(" ")
    .filter(Boolean);

/** Two words agree when one is an inflection of the other: "deutschen" ~ "deutscher". */
function agree(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k === Math.min(a.length, b.length) || k >= Math.max(4, Math.max(a.length, b.length) - 2);
}

/** At least half the labelled role's words occur in the found role. */
export function roleRight(found: string | null, gold: string): boolean {
  const f = words(found ?? "");
  const g = words(gold);
  return g.filter((w) => f.some((x) => agree(w, x))).length * 2 >= g.length;
}

function matches(p: Person, text: string, g: GoldPerson): boolean {
  const labelled = new Set([g.name, ...(g.mentions ?? [])].map(norm));
  return labelled.has(norm(p.name)) || p.mentions.some((m) => norm(text.slice(m.start, m.end)) === norm(g.name));
}

/** One-to-one greedy matching of found to labelled people. */
function pair(page: Page): { pairs: [Person, GoldPerson][]; extra: Person[]; missed: GoldPerson[] } {
  const free = new Set(page.gold);
  const pairs: [Person, GoldPerson][] = [];
  const extra: Person[] = [];
  for (const p of page.found) {
    const g = [...free].find((x) => matches(p, page.text, x));
    if (g) {
      free.delete(g);
      pairs.push([p, g]);
    } else extra.push(p);
  }
  return { pairs, extra, missed: [...free] };
}

interface Score {
  people: [number, number, number];
  officials: [number, number, number];
  roles: [number, number];
}

function score(pages: Page[]): Score {
  const s: Score = { people: [0, 0, 0], officials: [0, 0, 0], roles: [0, 0] };
  for (const page of pages) {
    const { pairs, extra, missed } = pair(page);
    s.people[0] += pairs.length;
    s.people[1] += extra.length;
    s.people[2] += missed.length;
    for (const [p, g] of pairs) {
      if (p.official && g.official) s.officials[0]++;
      else if (p.official) s.officials[1]++;
      else if (g.official) s.officials[2]++;
      if (g.official && g.role) {
        s.roles[1]++;
        if (roleRight(p.role, g.role)) s.roles[0]++;
      }
    }
    s.officials[1] += extra.filter((p) => p.official).length;
    s.officials[2] += missed.filter((g) => g.official).length;
  }
  return s;
}

/** Baseline: every run of 2+ capitalised words, taken as an official with no role. */
function baseline(text: string): Person[] {
  const seen = new Map<string, Person>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+/gu)) {
    const p = seen.get(m[0]) ?? { name: m[0], role: null, official: true, mentions: [] };
    p.mentions.push({ start: m.index, end: m.index + m[0].length });
    seen.set(m[0], p);
  }
  return [...seen.values()];
}

/**
 * The article text and people of a page by analyze(). Should a later stage throw, analyze()
 * returns nothing; the people are then found on the extracted text directly, and the bench says so.
 */
function analysePage(id: string, html: string, url: string | undefined, lang: string): { text: string; found: Person[] } {
  const a = analyze(parseDocument(html), { url, lang });
  if (!a.reason?.startsWith("analysis failed")) return { text: a.text, found: a.people };
  console.log(`  (${id}: ${a.reason} — people found on the extracted text instead)`);
  const article = extractArticle(parseDocument(html), { url });
  const text = buildText(article.blocks, article.skip).text;
  return { text, found: findPeople({ text, blocks: [], lang, title: null }) };
}

function loadPages(): Page[] {
  const pages: Page[] = goldPages()
    .filter((g) => labels(g, "people"))
    .map((g) => ({ id: g.id, lang: g.lang, gold: g.people, ...analysePage(g.id, g.html, g.url, g.lang) }));
  const seedHtml = readFileSync(join(import.meta.dirname, "..", SEED_FIXTURE), "utf8");
  const id = "seed zdf-rubio-nato";
  pages.push({ id, lang: "de", gold: SEED_PEOPLE, ...analysePage(id, seedHtml, undefined, "de") });
  return pages;
}

/** Labelled people whose name the extracted text does not hold at all: the extractor dropped them. */
const notInText = (page: Page) => page.gold.filter((g) => ![g.name, ...(g.mentions ?? [])].some((n) => page.text.includes(n)));

function report(pages: Page[]): void {
  const rows: (string | number)[][] = [];
  const langs = [...new Set(pages.map((p) => p.lang))].sort();
  for (const lang of [...langs, "all"]) {
    const subset = pages.filter((p) => lang === "all" || p.lang === lang);
    for (const [name, ps] of [
      ["newsmark", subset],
      ["baseline", subset.map((p) => ({ ...p, found: baseline(p.text) }))],
    ] as const) {
      const s = score(ps);
      const pp = prf(...s.people);
      const op = prf(...s.officials);
      const role = name === "baseline" ? "—" : `${fmt(s.roles[0] / s.roles[1])} (${s.roles[0]}/${s.roles[1]})`;
      rows.push([`${lang} ${name}`, ps.length, fmt(pp.p), fmt(pp.r), fmt(pp.f1), fmt(op.p), fmt(op.r), fmt(op.f1), role]);
    }
  }
  table(["lang / system", "pages", "P", "R", "F1", "off P", "off R", "off F1", "role acc"], rows);
}

function details(pages: Page[]): void {
  console.log("\nper page: missed (labelled, not found) · extra (found, not labelled) · wrong official/role");
  for (const page of pages) {
    const { pairs, extra, missed } = pair(page);
    const gone = new Set(notInText(page));
    const wrong = pairs
      .filter(([p, g]) => p.official !== g.official || (g.official && g.role && !roleRight(p.role, g.role)))
      .map(([p, g]) => `${p.name} [${p.official ? "off" : "-"} ${p.role ?? "no role"} ≠ ${g.official ? "off" : "-"} ${g.role}]`);
    const miss = missed.map((g) => (gone.has(g) ? `${g.name} (not in extracted text)` : g.name));
    if (!miss.length && !extra.length && !wrong.length) continue;
    console.log(`  ${page.id}: missed ${miss.join(", ") || "—"} · extra ${extra.map((p) => p.name).join(", ") || "—"}`);
    if (wrong.length) console.log(`    wrong: ${wrong.join("; ")}`);
  }
}

/**
 * Milliseconds of findPeople on the labelled text nearest to 2,000 words: the fastest of 30 runs
 * (what the code costs) and the median (what a busy machine adds).
 */
function speed(pages: Page[]): void {
  const count = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const page = [...pages].sort((a, b) => Math.abs(count(a.text) - 2000) - Math.abs(count(b.text) - 2000))[0];
  if (!page) return;
  const ctx = { text: page.text, blocks: [], lang: page.lang, title: null };
  const t = timeRuns(() => findPeople(ctx), { runs: 30 });
  console.log(
    `\nfindPeople on ${page.id} (${count(page.text)} words): fastest ${fmt(fastest(t), 2)} ms, median ${fmt(median(t.wall), 2)} ms (target ≤ 10 ms)`,
  );
}

/** A corpus page as the engine's later stages read it: its text context and the quotes found. */
export interface CorpusText {
  id: string;
  ctx: TextContext;
  quotes: Quote[];
}

let corpus: CorpusText[] | null = null;

/** Every Readability and trafilatura page with text, analysed once per run (the summary section reuses them). */
export function corpusTexts(): CorpusText[] {
  const one = (id: string, html: string, url?: string): CorpusText => {
    const a = analyze(parseDocument(html), { url });
    return { id, ctx: { text: a.text, blocks: a.blocks, lang: a.lang, title: a.title }, quotes: a.quotes };
  };
  corpus ??= [
    ...readabilityPages().map((p) => one(`readability/${p.name}`, p.html)),
    ...trafilaturaPages().map((p) => one(`trafilatura/${p.file}`, p.html, p.url)),
  ].filter((p) => p.ctx.text.length > 0);
  return corpus;
}

/**
 * Milliseconds of `f` per corpus page, wall and CPU, each the fastest of three runs (the machine is
 * shared): median, p95 and max with the slowest page — a stage of the content script must stay
 * short on every page, not only on the typical one.
 */
export function perPage<P extends CorpusText>(name: string, pages: readonly P[], f: (p: P) => unknown): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const p of pages) {
    const t = timeRuns(() => f(p), { runs: 3 });
    wall.push(fastest(t));
    cpu.push(Math.min(...t.cpu));
  }
  const line = (ms: number[]) => {
    const worst = ms.indexOf(Math.max(...ms));
    return `median ${fmt(quantile(ms, 0.5), 2)}, p95 ${fmt(quantile(ms, 0.95), 2)}, max ${fmt(ms[worst] ?? NaN, 2)} ms (${pages[worst]?.id ?? "—"})`;
  };
  console.log(`${name} per page, ${pages.length} Readability + trafilatura pages, fastest of 3 runs:`);
  console.log(`  wall ${line(wall)}`);
  console.log(`  CPU  ${line(cpu)}`);
}

export async function run(_o: BenchOptions): Promise<void> {
  const pages = loadPages();
  report(pages);
  details(pages);
  speed(pages);
  perPage("findPeople", corpusTexts(), (p) => findPeople(p.ctx));
}
