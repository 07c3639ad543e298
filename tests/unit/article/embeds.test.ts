import { describe, expect, it } from "vitest";
import { measureTree } from "../../../src/article/stats";
import { parseDocument } from "../../../src/cli/parse-html";

const PARA = "<p>Some traders found Wednesday's Fed statement to be a bit gloomier than expected, and said so on the floor.</p>";

/** The embeds counted in a post's text box around `player` (a box holding embeds reads as one of widgets). */
function embedsInText(player: string): number {
  const doc = parseDocument(`<html><body><div class="storyBody">${PARA}<p>${player}</p>${PARA}</div></body></html>`);
  return measureTree(doc.body!, { stripUnlikely: true }).get(doc.querySelector(".storyBody")!)!.embed;
}

describe("embeds in the text", () => {
  it("count a player's box of embeds without text as one (a Flash object beside its iframe)", () => {
    const player =
      '<div class="vidInlineWrapper"><object id="player" width="320" height="285"><param name="movie" value="http://plus.example.com/player/id/3000046948"></object>' +
      '<iframe src="/id/44616599" width="340" height="105"></iframe></div>';
    expect(embedsInText(player)).toBe(1);
  });

  it("count embeds apart when text sits between them", () => {
    const two =
      '<iframe src="https://maps.example.com/a"></iframe> Karte: Route der Demonstration <iframe src="https://forms.example.com/b"></iframe>';
    expect(embedsInText(two)).toBe(2);
  });
});
