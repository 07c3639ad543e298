import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";

/** The article text of a trafilatura corpus page, whitespace collapsed. */
function articleText(file: string): string {
  const page = trafilaturaPages().find((p) => p.file === file)!;
  const a = extractArticle(parseDocument(page.html), { url: page.url });
  return buildText(a.blocks, a.skip).text.replace(/\s+/g, " ");
}

describe("boxes of parts after the text", () => {
  it("keeps a part of prose without links beside a part of links, and drops that one", () => {
    // <div><div>Additional reporting by …</div><div>Our Standards: <a>…</a></div></div>: the box is
    // judged by its parts, not by the standards link's share of its text.
    const text = articleText("reuters.com.parasite.html");
    expect(text).toContain("Additional reporting by Steve Gorman; Editing by");
    expect(text).not.toContain("The Thomson Reuters Trust Principles");
  });

  it("drops how to cite the article, kept with its box of parts", () => {
    // <div class="appendix"><div><a>DOWNLOAD PDF</a></div><div><a>LICENSED …</a></div><div>SUGGESTED CITATION …</div></div>
    const text = articleText("verfassungsblog.de.expertinnen.html");
    expect(text).not.toContain("SUGGESTED CITATION");
    expect(text).not.toContain("DOWNLOAD PDF");
    expect(text).toContain("eine besondere Vorbildfunktion");
  });
});
