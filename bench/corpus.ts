// Loads the shared corpus: Readability test pages, trafilatura pages with snippet truth, gold
// labels and summaries. NEWSMARK_CORPUS overrides the location (default ../shared/corpus).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { decodeHtml } from "../src/cli/decode-html";

/** A saved page, decoded by its declared charset (some corpus pages are ISO-8859-1). */
const readPage = (path: string) => decodeHtml(readFileSync(path));

export const CORPUS = resolve(process.env.NEWSMARK_CORPUS ?? join(import.meta.dirname, "../../shared/corpus"));

export interface ReadabilityPage {
  name: string;
  html: string;
  expectedHtml: string;
  meta: { title?: string; byline?: string | null; lang?: string; siteName?: string; publishedTime?: string | null };
}

export function readabilityPages(): ReadabilityPage[] {
  const dir = join(CORPUS, "readability/test-pages");
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, "source.html")))
    .map((name) => ({
      name,
      html: readPage(join(dir, name, "source.html")),
      expectedHtml: readFileSync(join(dir, name, "expected.html"), "utf8"),
      meta: existsSync(join(dir, name, "expected-metadata.json"))
        ? JSON.parse(readFileSync(join(dir, name, "expected-metadata.json"), "utf8"))
        : {},
    }));
}

export interface SnippetPage {
  url: string;
  file: string;
  html: string;
  with: string[];
  without: string[];
  lang: string | null;
  news: boolean;
}

export function trafilaturaPages(): SnippetPage[] {
  const truth = JSON.parse(readFileSync(join(CORPUS, "trafilatura/truth.json"), "utf8")) as Record<
    string,
    Omit<SnippetPage, "url" | "html">
  >;
  return Object.entries(truth)
    .filter(([, t]) => existsSync(join(CORPUS, "trafilatura/pages", t.file)))
    .map(([url, t]) => ({
      url,
      ...t,
      lang: t.lang ?? null,
      news: !!t.news,
      html: readPage(join(CORPUS, "trafilatura/pages", t.file)),
    }));
}

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speakerIsPerson?: boolean;
}
export interface GoldPerson {
  name: string;
  role: string | null;
  official: boolean;
  mentions?: string[];
}
export interface GoldClip {
  provider: string;
  title: string | null;
  date: string | null;
  duration: number | null;
  start: number | null;
}
export interface GoldPage {
  id: string;
  page: string;
  url: string;
  lang: string;
  html: string;
  quotes: GoldQuote[];
  people: GoldPerson[];
  clips: GoldClip[];
  scope?: string[];
}

export function goldPages(): GoldPage[] {
  const dir = join(CORPUS, "gold");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(dir, f), "utf8"));
      return { id: f.replace(/\.json$/, ""), ...g, html: readPage(join(CORPUS, g.page)) } as GoldPage;
    });
}

/** Whether a gold file labels this category (files without `scope` label everything). */
export const labels = (g: GoldPage, category: "quotes" | "people" | "clips") => !g.scope || g.scope.includes(category);

export interface SummaryDoc {
  id: string;
  lang: string;
  title: string;
  text: string;
  reference: string;
}

export function summaryDocs(): SummaryDoc[] {
  return readFileSync(join(CORPUS, "summaries/cnndm-dev.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Any folder of *.html pages (for `--pages DIR`). */
export function folderPages(dir: string): { name: string; html: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => ({ name: f, html: readPage(join(dir, f)) }));
}
