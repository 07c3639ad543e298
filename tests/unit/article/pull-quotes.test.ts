import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/article";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";

const PARAS = [
  "The minister defended the plan on Tuesday, saying the country could not afford to wait any longer for reform.",
  "Opposition parties called the proposal rushed and said they would vote against it in parliament next week.",
  "Economists were divided, with some warning that the cuts would hit the poorest households hardest of all.",
  "The government insists the plan is fair, pointing to tax credits for families with children under six.",
  "A final vote is expected before the summer recess, when the chamber will break until the middle of September.",
].map((p) => `<p>${p}</p>`);

/** An article whose text holds `box` after its second paragraph. */
function article(box: string) {
  const html =
    `<html lang="en"><body><main><article><h1>Minister defends plan</h1><div class="article-body">` +
    `${PARAS.slice(0, 2).join("")}${box}${PARAS.slice(2).join("")}</div></article></main></body></html>`;
  const a = extractArticle(parseDocument(html));
  const { text, blocks } = buildText(a.blocks, a.skip);
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

const LINE = "We cannot afford to wait any longer for this reform to happen";

describe("pull quotes", () => {
  it.each([
    [
      "an aside named for one, around a block quote",
      `<aside class="element element-pullquote"><blockquote><p>${LINE}</p></blockquote></aside>`,
    ],
    ["an aside named for one, around a paragraph", `<aside class="pull-quote"><p>${LINE}.</p></aside>`],
    ["a paragraph in a box named for one", `<div class="css-1x2 pullquote"><p class="text">“${LINE}.”</p></div>`],
  ])("are quote blocks of the text: %s", (_, box) => {
    const blocks = article(box);
    const at = blocks.findIndex(([, t]) => t!.includes(LINE));
    expect(blocks[at]?.[0]).toBe("quote");
    // In its place in the text, between the paragraphs it sits between.
    expect(blocks[at - 1]?.[1]).toContain("Opposition parties");
    expect(blocks[at + 1]?.[1]).toContain("Economists were divided");
  });

  it("leave other asides out: a sidebar is no pull quote", () => {
    const blocks = article(`<aside class="sidebar"><p>${LINE}.</p></aside>`);
    expect(blocks.some(([, t]) => t!.includes(LINE))).toBe(false);
  });
});
