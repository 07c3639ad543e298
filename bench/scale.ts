// `npm run bench -- --only scale`: how analyze() time grows with page size (real pages with their
// paragraphs repeated 1×–8×; linear growth expected), how fast a page beyond the limits is refused,
// and a fuzz pass: every corpus page mutated once, the extreme pages and random pages.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchOptions } from "./index";
import { CORPUS } from "./corpus";
import { fmt, median, table } from "./stats";
import { fastest, timeRounds } from "./timing";
import { analyze } from "../src/analyze";
import { parseDocument } from "../src/cli/parse-html";
import { LIMITS, TOO_LARGE, checkLimits } from "../src/limits";
import { EXTREME_PAGES } from "../tests/unit/fuzz/extreme-pages";
import { mutateAll, mutations } from "../tests/unit/fuzz/mutations";
import { SEED, corpusPages } from "../tests/unit/fuzz/params";
import { randomPage } from "../tests/unit/fuzz/random-page";
import { runPage } from "../tests/unit/fuzz/run-page";

const SCALED_PAGES = [
  ["seed (ZDF)", join(import.meta.dirname, "../tests/fixtures/seed/zdf-rubio-nato.html")],
  ["guardian-1", join(CORPUS, "readability/test-pages/guardian-1/source.html")],
  ["nytimes-3", join(CORPUS, "readability/test-pages/nytimes-3/source.html")],
  ["lemonde-1", join(CORPUS, "readability/test-pages/lemonde-1/source.html")],
] as const;
const FACTORS = [1, 2, 4, 8];
/** Timed runs per size; the fastest is reported, the one least disturbed by other work on the machine. */
const RUNS = 7;
const RANDOM_PAGES = 300;

const now = () => performance.now();

/** The page with each parent's run of paragraphs repeated `k` times in a row (p1…pn p1…pn …). */
function scaled(html: string, k: number): Document {
  const doc = parseDocument(html);
  const byParent = new Map<Element, Element[]>();
  for (const p of Array.from(doc.querySelectorAll("p"))) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), p]);
  }
  for (const ps of byParent.values()) {
    let after = ps[ps.length - 1]!;
    for (let i = 1; i < k; i++)
      for (const p of ps) {
        const copy = p.cloneNode(true) as Element;
        after.after(copy);
        after = copy;
      }
  }
  return doc;
}

/** Per stage, the fastest of all runs (ms): `a` merged with a new run's timings. */
const fastestStages = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.entries(b).map(([stage, ms]) => [stage, Math.min(ms, a[stage] ?? Infinity)]));

/** The stage that grew most against 1×, among those taking at least a tenth of the time. */
function fastestGrowing(at: Record<string, number>, base: Record<string, number>, total: number): string {
  const growth = Object.entries(at)
    .filter(([stage, ms]) => ms >= total / 10 && (base[stage] ?? 0) > 0)
    .map(([stage, ms]) => [stage, ms / base[stage]!] as const)
    .sort((a, b) => b[1] - a[1])[0];
  return growth ? `${growth[0]} ×${fmt(growth[1], 1)}` : "—";
}

function growth(): void {
  const rows: (string | number)[][] = [];
  for (const [name, path] of SCALED_PAGES) {
    const html = readFileSync(path, "utf8");
    // All sizes warmed up, then timed in rounds: other work on the machine falls on all of them alike.
    const times = timeRounds(
      FACTORS.map((k) => ({ input: () => scaled(html, k), call: (doc: Document) => analyze(doc, { timings: true }) })),
      { runs: RUNS, warmUp: 1 },
    );
    const stages = times.map((t) => t.results.map((a) => a.timings ?? {}).reduce(fastestStages, {}));
    const base = fastest(times[0]!);
    FACTORS.forEach((k, i) => {
      const ms = fastest(times[i]!);
      const grew = k === 1 ? "" : fastestGrowing(stages[i]!, stages[0]!, ms);
      rows.push([name, `${k}×`, times[i]!.results.at(-1)!.text.length, fmt(ms, 1), fmt(ms / base, 2), fmt(ms / base / k, 2), grew]);
    });
  }
  console.log(`analyze() as the page grows (fastest of ${RUNS}; linear growth: ratio ≈ ×, ratio/× ≈ 1)`);
  table(["page", "×", "text chars", "ms", "ratio to 1×", "ratio/×", "stage growing most"], rows);
}

function refusal(): void {
  const pages: [string, () => Document][] = [
    [`${LIMITS.maxNodes + 2} nodes`, () => parseDocument(`<article>${"<p>Ein Satz.</p>".repeat(LIMITS.maxNodes / 2 + 1)}</article>`)],
    [
      `${LIMITS.maxTextChars + 20} characters`,
      () => parseDocument(`<article><p>${"Ein Satz hier. ".repeat(LIMITS.maxTextChars / 15 + 2)}</p></article>`),
    ],
    [`${10 * LIMITS.maxDepth} levels deep`, () => parseDocument(`<article>${"<div>".repeat(10 * LIMITS.maxDepth)}<p>Tief.</p></article>`)],
  ];
  const rows = pages.map(([name, build]) => {
    const doc = build();
    let t0 = now();
    const verdict = checkLimits(doc);
    const checkMs = now() - t0;
    t0 = now();
    const a = analyze(doc);
    return [
      name,
      verdict ?? "accepted",
      fmt(checkMs, 1),
      a.reason === TOO_LARGE ? TOO_LARGE : `not refused (${a.reason ?? "analysed"})`,
      fmt(now() - t0, 1),
    ];
  });
  console.log(
    `\nrefusing pages beyond the limits (${LIMITS.maxNodes} nodes, ${LIMITS.maxDepth} levels, ${LIMITS.maxTextChars} characters)`,
  );
  table(["page", "checkLimits", "ms", "analyze() says", "ms"], rows);
}

interface Fuzzed {
  name: string;
  bytes: number;
  /** Length of the analysed article text. */
  chars: number;
  ms: number;
  refused: boolean;
  problems: string[];
}

function fuzz(): void {
  const out: Fuzzed[] = [];
  const run = (name: string, html: string, shape?: (doc: Document) => void) => {
    const r = runPage(html, shape);
    out.push({
      name,
      bytes: html.length,
      chars: r.analysis.text.length,
      ms: r.ms,
      refused: r.analysis.reason === TOO_LARGE,
      problems: r.problems,
    });
  };
  const pages = corpusPages();
  const edits = fc.sample(mutations, { seed: SEED, numRuns: pages.length });
  pages.forEach((p, i) => run(`${p.name} (mutated)`, mutateAll(p.html, edits[i]!)));
  for (const p of EXTREME_PAGES) run(p.name, p.html(), p.dom);
  fc.sample(randomPage, { seed: SEED, numRuns: RANDOM_PAGES }).forEach((html, i) => run(`random page ${i}`, html));

  const bad = out.filter((f) => f.problems.length > 0);
  const slowest = out.reduce((a, b) => (b.ms > a.ms ? b : a));
  const handled = out.filter((f) => !f.refused && f.problems.length === 0).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const kb = (f: Fuzzed) => `${fmt(f.bytes / 1024, 0)} KB`;
  console.log(
    `\nfuzz (seed ${SEED}): ${pages.length} mutated corpus pages, ${EXTREME_PAGES.length} extreme pages, ${RANDOM_PAGES} random pages`,
  );
  console.log(`pages fuzzed: ${out.length}; with a problem: ${bad.length}; refused as too large: ${out.filter((f) => f.refused).length}`);
  console.log(`median analyze(): ${fmt(median(out.map((f) => f.ms)), 1)} ms`);
  console.log(`slowest page: ${slowest.name}, ${kb(slowest)}, ${fmt(slowest.ms, 0)} ms`);
  const longest = out.filter((f) => f.problems.length === 0).reduce((a, b) => (b.chars > a.chars ? b : a));
  console.log(`largest page handled: ${handled.name}, ${kb(handled)}, ${fmt(handled.ms, 0)} ms`);
  console.log(`longest article text analysed: ${longest.name}, ${longest.chars} characters (${kb(longest)}), ${fmt(longest.ms, 0)} ms`);
  const byKind = new Map<string, Fuzzed[]>();
  for (const f of bad) {
    const kind = f.problems[0]!.slice(0, 120);
    byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  for (const [kind, fs] of byKind) console.log(`  ${fs.length} × ${kind} (e.g. ${fs[0]!.name})`);
}

export async function run(_o: BenchOptions): Promise<void> {
  growth();
  refusal();
  fuzz();
}
