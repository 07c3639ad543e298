import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";
import { trafilaturaPages } from "../../../bench/corpus";

/**
 * A corpus page with a box (a heading and a paragraph) set right after its last body block, as a
 * paywall or an appeal for money follows the text: the article text before and after.
 */
function withBoxAfterText(file: string, heading: string, paragraph: string): { before: string; after: string } {
  const page = trafilaturaPages().find((p) => p.file === file)!;
  const doc = parseDocument(page.html);
  const text = () => {
    const a = extractArticle(doc, { url: page.url });
    return { a, text: buildText(a.blocks, a.skip).text };
  };
  const { a, text: before } = text();
  const box = doc.createElement("div");
  for (const [tag, words] of [
    ["h3", heading],
    ["p", paragraph],
  ] as const) {
    const el = doc.createElement(tag);
    el.textContent = words;
    box.appendChild(el);
  }
  a.blocks[a.blocks.length - 1]!.el.after(box);
  return { before, after: text().text };
}

describe("closing boxes after the text", () => {
  it.each([
    [
      "a subscription offer goes, and the heading of its box with it",
      "handelsblatt.com.grenzschliessungen.html",
      "Exklusiv für Abonnenten",
      "Lesen Sie weiter mit Premium. Jetzt 4 Wochen für 1 € testen.",
    ],
    [
      "an appeal for money headed by the call itself goes",
      "edition.cnn.com-royal.html",
      "Support independent journalism",
      "Our mission is to deliver unbiased reporting. Your help keeps it free.",
    ],
  ])("%s", (_, file, heading, paragraph) => {
    const { before, after } = withBoxAfterText(file, heading, paragraph);
    expect(after).not.toContain(heading);
    expect(after).not.toContain(paragraph);
    // The text itself is untouched.
    expect(after.trim()).toBe(before.trim());
  });

  it("keeps a closing section that is no note", () => {
    const paragraph = "Die Gespräche sollen im Januar fortgesetzt werden.";
    const { after } = withBoxAfterText("handelsblatt.com.grenzschliessungen.html", "Wie es weitergeht", paragraph);
    expect(after).toContain("Wie es weitergeht");
    expect(after).toContain(paragraph);
  });
});
