// Runs findClips on an HTML string the way analyze() does (article root, text, map), for focused tests.
import { domContext } from "../../../bench/clips";
import { parseDocument } from "../../../src/cli/parse-html";
import { findClips } from "../../../src/clips";
import type { Clip } from "../../../src/types";

/** A small news page around `body` (a headline and two paragraphs of text), in language `lang`. */
export function page(body: string, lang = "de", head = ""): string {
  const text = "Der Bericht beschreibt die Lage ausführlich und nennt viele Einzelheiten aus mehreren Quellen.";
  return `<!doctype html><html lang="${lang}"><head><title>T</title>${head}</head><body><main><article><h1>Schlagzeile</h1><p>${text}</p>${body}<p>${text}</p></article></main></body></html>`;
}

export function clipsOf(html: string, url = "https://www.example.org/news/story.html"): Clip[] {
  return findClips(domContext(parseDocument(html), url));
}
