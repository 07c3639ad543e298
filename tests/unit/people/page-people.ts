// Runs the people finder on a saved page: the article text as the pipeline builds it, then
// findPeople. (Independent of the later stages, so that a failure there cannot hide ours.)
import { parseDocument } from "../../../src/cli/parse-html";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { findPeople } from "../../../src/people";
import type { Block, Person } from "../../../src/types";
import { readabilityPages, trafilaturaPages, type ReadabilityPage, type SnippetPage } from "../../../bench/corpus";

export interface PagePeople {
  text: string;
  people: Person[];
  /** The text of each person's mentions. */
  said(p: Person): string[];
  /** The person whose name or mention is exactly `name`. */
  find(name: string): Person | undefined;
}

export function pagePeople(html: string, lang: string, url?: string): PagePeople {
  const article = extractArticle(parseDocument(html), { url });
  const { text, blocks } = buildText(article.blocks, article.skip);
  return textPeople(text, lang, blocks);
}

/** People in a text; without `blocks` it is read as running text. */
export function textPeople(text: string, lang: string, blocks: Block[] = []): PagePeople {
  const people = findPeople({ text, blocks, lang, title: null });
  const said = (p: Person) => p.mentions.map((m) => text.slice(m.start, m.end));
  return { text, people, said, find: (name) => people.find((p) => p.name === name || said(p).includes(name)) };
}

let snippetPages: Map<string, SnippetPage> | null = null;
let testPages: Map<string, ReadabilityPage> | null = null;

/** People on a trafilatura corpus page (by file name), read at the page's URL. */
export function trafilaturaPeople(file: string, lang: string): PagePeople {
  const p = (snippetPages ??= new Map(trafilaturaPages().map((x) => [x.file, x]))).get(file)!;
  return pagePeople(p.html, lang, p.url);
}

/** People on a Readability test page, read at the URL the bench gives it. */
export function readabilityPeople(name: string, lang = "en"): PagePeople {
  const p = (testPages ??= new Map(readabilityPages().map((x) => [x.name, x]))).get(name)!;
  return pagePeople(p.html, lang, `http://fakehost/test/${name}`);
}

/** Each person in a text as [name, role, official]. */
export const peopleRows = (text: string, lang: string, blocks?: Block[]) =>
  textPeople(text, lang, blocks).people.map((p) => [p.name, p.role, p.official]);

/** An article as a news site prints it: headline, then the paragraphs. */
export const article = (lang: string, headline: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}"><head><title>${headline}</title></head><body><main><article><h1>${headline}</h1>` +
  `<div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join("")}</div></article></main></body></html>`;

/** A person of the page as [name, role, official]. */
export const row = (page: PagePeople, name: string) => {
  const p = page.find(name);
  return p && [p.name, p.role, p.official];
};
