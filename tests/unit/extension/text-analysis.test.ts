// The background's side of the text stages: it accepts only well-formed requests, and what it
// returns for a real page's text is what the one-process engine finds.
import { describe, expect, it } from "vitest";
import { readabilityPages } from "../../../bench/corpus";
import { analyzeLive, textContextOf } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { analyseText, parseTextRequest } from "../../../extension/background/text-analysis";

const url = "https://example.org/article.html";
const withPeople = readabilityPages()
  .map((p) => analyzeLive(parseDocument(p.html), { url }).analysis)
  .filter((a) => a.isArticle && a.people.length > 0 && a.quotes.length > 0)
  .slice(0, 3);

describe("the background's text stages", () => {
  it.each(withPeople.map((a) => [a.title, a]))("%s: finds the people, quotes and summary the whole engine finds", (_title, a) => {
    const request = parseTextRequest(JSON.parse(JSON.stringify({ type: "cs-bg:analyzeText", context: textContextOf(a) })));
    expect(request).not.toBeNull();
    const reply = analyseText(request!.context);
    expect(reply.ok && { people: reply.value.people, quotes: reply.value.quotes, summary: reply.value.summary }).toEqual({
      people: a.people,
      quotes: a.quotes,
      summary: a.summary,
    });
  });

  const context = { text: "Er sagte: „Ja.“", blocks: [{ start: 0, end: 15, kind: "paragraph" }], lang: "de", title: null };
  it("accepts a well-formed request", () => {
    expect(parseTextRequest({ type: "cs-bg:analyzeText", context })).toEqual({ type: "cs-bg:analyzeText", context });
  });

  it.each([
    ["another type", { type: "popup-bg:inject", context }],
    ["no context", { type: "cs-bg:analyzeText" }],
    ["text not a string", { type: "cs-bg:analyzeText", context: { ...context, text: 5 } }],
    ["a block past the text", { type: "cs-bg:analyzeText", context: { ...context, blocks: [{ start: 0, end: 99, kind: "paragraph" }] } }],
    ["an unknown block kind", { type: "cs-bg:analyzeText", context: { ...context, blocks: [{ start: 0, end: 3, kind: "script" }] } }],
    ["a negative offset", { type: "cs-bg:analyzeText", context: { ...context, blocks: [{ start: -1, end: 3, kind: "paragraph" }] } }],
    ["lang not a string", { type: "cs-bg:analyzeText", context: { ...context, lang: ["de"] } }],
    ["null", null],
  ])("refuses %s", (_what, message) => {
    expect(parseTextRequest(message)).toBeNull();
  });
});
