import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";
import { MEDIA_CONTROL } from "../../../src/article/phrases";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** A corpus page's article text as lines, with the snippets its text must hold. */
function article(file: string): { lines: string[]; text: string; want: readonly string[] } {
  const page = trafilaturaPages().find((p) => p.file === file)!;
  const a = extractArticle(parseDocument(page.html), { url: page.url });
  const text = buildText(a.blocks, a.skip).text;
  return { lines: text.split("\n").map(squash), text: squash(text), want: page.with };
}

describe("controls of pictures and players set as text", () => {
  it.each([
    ["a podcast's download button", "ndr.de.podcastcoronavirus140.html", "Download"],
    ["the download buttons of documents", "infocomcgt.fr.caisse.html", "Télécharger"],
  ])("leave out %s, and keep the text", (_, file, control) => {
    const { lines, text, want } = article(file);
    expect(lines).not.toContain(control);
    for (const w of want) expect(text).toContain(squash(w));
  });

  it("are whole texts only: a sentence that opens with one stays", () => {
    for (const control of ["hide caption", "Bild vergrößern", "Embed", "Télécharger"])
      expect(MEDIA_CONTROL.test(control), control).toBe(true);
    for (const line of ["Download the full report here.", "Embed this video on your site", "Playlist of the week"])
      expect(MEDIA_CONTROL.test(line), line).toBe(false);
  });
});
