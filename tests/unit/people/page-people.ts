// Runs the people finder on a saved page: the article text as the pipeline builds it, then
// findPeople. (Independent of the later stages, so that a failure there cannot hide ours.)
import { parseDocument } from "../../../src/cli/parse-html";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { findPeople } from "../../../src/people";
import type { Block, Person } from "../../../src/types";

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
