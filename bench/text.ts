// Article text and speed: analyze() against @mozilla/readability on the same pages and DOM
// (linkedom). Each run gets a freshly parsed document (Readability mutates it); parsing is not timed.
import { Readability } from "@mozilla/readability";
import { analyze } from "../src/analyze";
import { extractArticle } from "../src/article";
import { buildText } from "../src/text/build-text";
import { parseDocument } from "../src/cli/parse-html";
import type { BenchOptions } from "./index";
import { folderPages, readabilityPages, trafilaturaPages, type SnippetPage } from "./corpus";
import { fmt, mean, median, prf, quantile, table } from "./stats";
import { fastest, timeRounds } from "./timing";

interface Extractor {
  name: string;
  /** The timed work on a freshly parsed page: its article, as text or (Readability) as HTML. */
  extract(doc: Document, url?: string): string;
  /** The text of what `extract` returned, made untimed. */
  text?(out: string): string;
}

/** Elements that separate words even when the markup has no whitespace between them. */
const BLOCK = /^(P|DIV|BR|LI|H[1-6]|TR|TD|TH|BLOCKQUOTE|FIGCAPTION|PRE|SECTION|ARTICLE|UL|OL|DL|DT|DD|TABLE)$/;

/** The text of an HTML fragment, with a space wherever a block element starts or ends. */
function htmlText(html: string): string {
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push((c as Text).data);
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (tag === "SCRIPT" || tag === "STYLE") continue;
        const block = BLOCK.test(tag);
        if (block) out.push(" ");
        walk(c);
        if (block) out.push(" ");
      }
    }
  };
  if (doc.body) walk(doc.body);
  return out.join("");
}

const ours: Extractor = {
  name: "newsmark",
  extract: (doc, url) => analyze(doc, { url }).text,
};

const readability: Extractor = {
  name: "readability",
  extract: (doc) => new Readability(doc).parse()?.content ?? "",
  text: (html) => (html ? htmlText(html) : ""),
};

/** The article stage alone (structure and text, no quotes/people/clips/summary), for its time. */
const structure: Extractor = {
  name: "newsmark article+text",
  extract(doc, url) {
    const a = extractArticle(doc, { url });
    return buildText(a.blocks, a.skip).text;
  },
};

const EXTRACTORS = [ours, readability, structure];

/**
 * Runs per page and extractor; the fastest counts, as in the other sections: a single run's time
 * on a shared machine is often a garbage collection left over from parsing the page, not the
 * extractor's own work. Every run parses the page afresh (Readability changes the document).
 */
const RUNS = 3;

const textOf = (e: Extractor, out: string) => (e.text ? e.text(out) : out);

/** The extractor's text of the page, and its fastest time over {@link RUNS} runs (parsing untimed). */
function timed(e: Extractor, html: string, url?: string): { text: string; ms: number } {
  const [t] = timeRounds([{ input: () => parseDocument(html), call: (doc: Document) => e.extract(doc, url) }], { runs: RUNS });
  return { text: textOf(e, t!.results[0]!), ms: fastest(t!) };
}

/** Soft hyphens are invisible: a text with or without them reads the same, so scoring ignores them. */
const visible = (s: string) => s.replace(/\u00ad/g, "");

const tokens = (s: string) => visible(s).split(/\s+/).filter(Boolean);

/** Token precision/recall/F1 of `got` against `want`: multiset overlap of whitespace tokens. */
export function tokenPrf(got: string, want: string) {
  const counts = new Map<string, number>();
  const w = tokens(want);
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  const g = tokens(got);
  let common = 0;
  for (const t of g) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return prf(common, g.length - common, w.length - common);
}

const squash = (s: string) => visible(s).replace(/\s+/g, " ").trim();

/** Snippet counts: `with` found = tp, missed = fn; `without` found = fp, missed = tn. */
function snippetCounts(text: string, page: SnippetPage) {
  const t = squash(text);
  const has = (s: string) => t.includes(squash(s));
  const tp = page.with.filter(has).length;
  const fp = page.without.filter(has).length;
  return { tp, fn: page.with.length - tp, fp, tn: page.without.length - fp };
}

interface Timing {
  name: string;
  ms: number[];
}

function printTimes(times: Timing[]) {
  const [a, b, c] = times as [Timing, Timing, Timing];
  const rows = times.map((t) => [t.name, fmt(median(t.ms), 2), fmt(quantile(t.ms, 0.95), 2), fmt(quantile(t.ms, 1), 1)]);
  table([`ms per page, fastest of ${RUNS}`, "median", "p95", "max"], rows);
  console.log(
    `ratio ${a.name}/${b.name}: median ${fmt(median(a.ms) / median(b.ms), 2)}, p95 ${fmt(quantile(a.ms, 0.95) / quantile(b.ms, 0.95), 2)}`,
  );
  console.log(
    `ratio ${c.name}/${b.name}: median ${fmt(median(c.ms) / median(b.ms), 2)}, p95 ${fmt(quantile(c.ms, 0.95) / quantile(b.ms, 0.95), 2)}`,
  );
}

function readabilityCorpus(): Timing[] {
  const pages = readabilityPages();
  const times = EXTRACTORS.map((e) => ({ name: e.name, ms: [] as number[] }));
  const scores = EXTRACTORS.map(() => ({ p: [] as number[], r: [] as number[], f1: [] as number[] }));
  for (const page of pages) {
    const want = htmlText(page.expectedHtml);
    EXTRACTORS.forEach((e, i) => {
      const { text, ms } = timed(e, page.html, `http://fakehost/test/${page.name}`);
      times[i]!.ms.push(ms);
      const s = tokenPrf(text, want);
      scores[i]!.p.push(s.p);
      scores[i]!.r.push(s.r);
      scores[i]!.f1.push(s.f1);
      if (process.env.BENCH_VERBOSE && i === 0) console.log(`  ${page.name}  p ${fmt(s.p)} r ${fmt(s.r)} f1 ${fmt(s.f1)}`);
    });
  }
  console.log(`\nReadability test pages (${pages.length}): token P/R/F1 vs expected.html, mean over pages`);
  table(
    ["extractor", "P", "R", "F1"],
    EXTRACTORS.map((e, i) => [e.name, fmt(mean(scores[i]!.p)), fmt(mean(scores[i]!.r)), fmt(mean(scores[i]!.f1))]),
  );
  return times;
}

function trafilaturaCorpus(): Timing[] {
  const pages = trafilaturaPages();
  const times = EXTRACTORS.map((e) => ({ name: e.name, ms: [] as number[] }));
  const zero = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
  const all = EXTRACTORS.map(zero);
  const de = EXTRACTORS.map(zero);
  for (const page of pages) {
    EXTRACTORS.forEach((e, i) => {
      const { text, ms } = timed(e, page.html, page.url);
      times[i]!.ms.push(ms);
      const c = snippetCounts(text, page);
      for (const acc of page.lang === "de" ? [all[i]!, de[i]!] : [all[i]!]) {
        acc.tp += c.tp;
        acc.fp += c.fp;
        acc.fn += c.fn;
        acc.tn += c.tn;
      }
      if (process.env.BENCH_VERBOSE && i === 0 && (c.fn || c.fp)) console.log(`  ${page.file}  fn ${c.fn} fp ${c.fp}`);
    });
  }
  const nDe = pages.filter((p) => p.lang === "de").length;
  console.log(`\ntrafilatura pages (${pages.length}, German ${nDe}): snippet P/R/F1/accuracy`);
  const rows: string[][] = [];
  for (const [label, accs] of [
    ["all", all],
    ["de", de],
  ] as const) {
    EXTRACTORS.forEach((e, i) => {
      const c = accs[i]!;
      const s = prf(c.tp, c.fp, c.fn);
      rows.push([`${e.name} ${label}`, fmt(s.p), fmt(s.r), fmt(s.f1), fmt((c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn))]);
    });
  }
  table(["extractor pages", "P", "R", "F1", "acc"], rows);
  return times;
}

function folder(dir: string): Timing[] {
  const pages = folderPages(dir);
  const times = EXTRACTORS.map((e) => ({ name: e.name, ms: [] as number[] }));
  const rows: string[][] = [];
  for (const page of pages) {
    const words = EXTRACTORS.map((e, i) => {
      const { text, ms } = timed(e, page.html);
      times[i]!.ms.push(ms);
      return tokens(text).length;
    });
    rows.push([page.name, ...words.map(String)]);
  }
  console.log(`\n${dir} (${pages.length} pages): words extracted`);
  table(["page", ...EXTRACTORS.map((e) => e.name)], rows);
  return times;
}

/** Untimed runs before measuring, per extractor: the first pages would otherwise time V8's compiler, not the code. */
const WARM_UP_PAGES = 20;

function warmUp(pages: readonly { html: string }[]) {
  for (const page of pages.slice(0, WARM_UP_PAGES)) for (const e of EXTRACTORS) textOf(e, e.extract(parseDocument(page.html)));
}

export async function run(o: BenchOptions): Promise<void> {
  if (o.pages) {
    warmUp(folderPages(o.pages));
    printTimes(folder(o.pages));
    return;
  }
  warmUp(trafilaturaPages());
  const t1 = readabilityCorpus();
  printTimes(t1);
  const t2 = trafilaturaCorpus();
  printTimes(t2);
  console.log("\nall pages:");
  printTimes(EXTRACTORS.map((e, i) => ({ name: e.name, ms: [...t1[i]!.ms, ...t2[i]!.ms] })));
}
