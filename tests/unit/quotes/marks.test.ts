// Every quotation-mark convention, nesting, apostrophes, quotes over several paragraphs, and the
// marked words that are no quotations (scare quotes, terms, titles, names).
import { describe, expect, it } from "vitest";
import { brief, quotesOf } from "./context";

describe("quotation marks", () => {
  it.each([
    ["de", "„Wir bleiben bei unserer Linie“, sagte Rubio."],
    ["de", "»Wir bleiben bei unserer Linie«, sagte Rubio."],
    ["de", "«Wir bleiben bei unserer Linie», sagte Rubio."],
    ["de", "« Wir bleiben bei unserer Linie », sagte Rubio."],
    ["de", '"Wir bleiben bei unserer Linie", sagte Rubio.'],
    ["de", "‚Wir bleiben bei unserer Linie‘, sagte Rubio."],
    ["en", "“Wir bleiben bei unserer Linie,” said Rubio."],
    ["en", "‘Wir bleiben bei unserer Linie,’ said Rubio."],
    ["en", "'Wir bleiben bei unserer Linie,' said Rubio."],
    ["fr", "« Wir bleiben bei unserer Linie », a déclaré Rubio."],
    ["fr", "«Wir bleiben bei unserer Linie», selon Rubio."],
  ])("%s: %s", (lang, sentence) => {
    const [q] = quotesOf(lang, sentence);
    expect(q?.text.replace(/,$/, "")).toBe("Wir bleiben bei unserer Linie");
    expect(q?.speaker).toBe("Rubio");
    expect(sentence.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it("keeps apostrophes inside the words and does not take them for marks", () => {
    const qs = quotesOf(
      "en",
      "“Rubio’s plan isn’t what the allies’ ministers wanted,” the senator’s aide Jane Doe said. It's Nato's call.",
    );
    expect(brief(qs)).toEqual(["direct|Rubio’s plan isn’t what the allies’ ministers wanted,|Jane Doe"]);
    expect(quotesOf("de", "Er sagte, so geht's nicht weiter, und das war's.")).toEqual([]);
  });

  it("lists a quote with a nested quote once, the inner quote inside its words", () => {
    const qs = quotesOf("de", "„Er hat mir gesagt: ‚Wir kommen nicht‘, und dann ging er“, sagte die Zeugin Anna Berg.");
    expect(brief(qs)).toEqual(["direct|Er hat mir gesagt: ‚Wir kommen nicht‘, und dann ging er|Anna Berg"]);
  });

  it("follows a quote over several paragraphs: open mark on each, closing mark on the last", () => {
    const qs = quotesOf(
      "en",
      "“We have a plan,” said Mayor Jane Smith. “We will start this week with the flood defences.",
      "“Nobody will be left behind in this city.”",
      "“The river is rising,” a resident said.",
    );
    expect(brief(qs)).toEqual([
      "direct|We have a plan,|Jane Smith",
      "direct|We will start this week with the flood defences.|Jane Smith",
      "direct|Nobody will be left behind in this city.|Jane Smith",
      "direct|The river is rising,|a resident",
    ]);
  });

  it("does not list scare quotes, terms, titles, nicknames or names of things", () => {
    const qs = quotesOf(
      "de",
      'Der US-"Friedensplan" und der 28-Punkte-"Friedensplan" sind umstritten. Im „Tatort“ lief die Folge „Der Tod kommt nachts“.',
      "Die „Ampel“ regiert, die Zeitung „New York Times“ berichtet, der sogenannte „Plan für den Frieden“ liegt vor.",
      "Sie sprach von „kultureller Vielfalt“ und dem „Aachener Vertrag“, die Partei „La République en Marche“ schweigt.",
    );
    expect(qs).toEqual([]);
  });

  it("does not list marked words that name the noun after them, but lists words said", () => {
    const qs = quotesOf(
      "en",
      "Critics have dubbed it the “show me your papers” law. It is on par with the “sometime late Q1” timeline.",
      "Lee said the “price distinction between the two brands has become less relevant” as prices fell.",
    );
    expect(qs.map((q) => q.text)).toEqual(["price distinction between the two brands has become less relevant"]);
  });

  it("does not list words only imagined in someone's mouth", () => {
    const qs = quotesOf("en", "A flicker crossed the president's face as if to say “You think you got me?” before his smile returned.");
    expect(qs).toEqual([]);
  });

  it("leaves out the headline's quote but lists a crosshead's", () => {
    const qs = quotesOf(
      "en",
      { kind: "heading", text: "‘What is the sea telling us?’: tribes fear whale strandings" },
      "“We need to listen to the sea,” said Hori Parata.",
      { kind: "heading", text: "‘We need to listen’" },
    );
    expect(qs.map((q) => q.text)).toEqual(["We need to listen to the sea,", "We need to listen"]);
  });

  it("lists a one- or two-word utterance introduced by a colon, not a two-word term", () => {
    const qs = quotesOf("de", "Mazzucotelli fügt aber rasch hinzu: „Eine Ungeschicklichkeit.“ Er nannte es „sehr enttäuschend“.");
    expect(brief(qs)).toEqual(["direct|Eine Ungeschicklichkeit.|Mazzucotelli"]);
  });

  it("lists a short phrase set off by a comma before a verb of saying, not the same phrase woven in", () => {
    const said = quotesOf("de", "Der Entwurf sei „zu unverbindlich“, kritisierte Jens Spahn.");
    expect(brief(said)).toEqual(["direct|zu unverbindlich|Jens Spahn"]);
    expect(quotesOf("en", "Schumer called the plan “too vague”, and left.")).toEqual([]);
  });
});
