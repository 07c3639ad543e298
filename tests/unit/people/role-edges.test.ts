// Roles at their edges: a see after "of", an owner's full name, an abbreviated rank, alternatives
// joined by "or", and an owner named in the paragraph before. Short texts (the corpus has none).
import { describe, expect, it } from "vitest";
import { peopleRows, textPeople } from "./page-people";
import type { Block } from "../../../src/types";

const people = peopleRows;

/** Paragraph blocks for a text whose paragraphs are separated by blank lines. */
const paragraphs = (text: string): Block[] => {
  let start = 0;
  return text.split("\n\n").map((part) => {
    const block: Block = { kind: "paragraph", start, end: start + part.length };
    start += part.length + 2;
    return block;
  });
};

describe("a private role with 'of' before a name", () => {
  it("keeps a place or see after 'of': 'Archbishop of Canterbury Justin Welby'", () => {
    expect(people("The Archbishop of Canterbury Justin Welby said it was sad. Welby left.", "en")).toEqual([
      ["Justin Welby", "Archbishop of Canterbury", false],
    ]);
  });

  it("leaves a title, or where nouns are capitalised any noun, after the link to the person it names", () => {
    expect(people("The son of Senator Bob Smith stood by.", "en")).toEqual([["Bob Smith", "Senator", true]]);
    expect(people("Der Sohn von Box-Legende Chris Eubank kämpft am Samstag.", "de")).toEqual([["Chris Eubank", null, false]]);
  });
});

describe("owners and ranks", () => {
  it("reads a role owned by a full name before a comma: 'Pam Bondi's deputy, Todd Blanche'", () => {
    const t = textPeople("Attorney General Pam Bondi spoke first. Pam Bondi's deputy, Todd Blanche, said it was fine.", "en");
    expect(t.find("Todd Blanche")).toMatchObject({ role: "Pam Bondi's deputy", official: true });
    // A modifier before another role noun still modifies it.
    expect(people("Deputy Prime Minister Angela Rayner spoke.", "en")).toEqual([["Angela Rayner", "Deputy Prime Minister", true]]);
  });

  it("keeps an abbreviated rank before an abbreviated title: 'Lt. Gov. Juliana Stratton'", () => {
    expect(people("Lt. Gov. Juliana Stratton said it was fine. Stratton left.", "en")).toEqual([["Juliana Stratton", "Lt. Gov.", true]]);
  });
});

describe("offices joined by a conjunction", () => {
  it("gives only the last of two alternatives to the name: 'President or Vice President JD Vance'", () => {
    expect(people("President or Vice President JD Vance will attend.", "en")).toEqual([["JD Vance", "Vice President", true]]);
    expect(people("Der Kanzler oder Vizekanzler Lars Klingbeil kommt.", "de")).toEqual([["Lars Klingbeil", "Vizekanzler", true]]);
  });

  it("still joins two offices held together: 'Vizekanzler und Finanzminister'", () => {
    expect(people("Vizekanzler und Finanzminister Lars Klingbeil kommt.", "de")).toEqual([
      ["Lars Klingbeil", "Vizekanzler und Finanzminister", true],
    ]);
  });
});

describe("a relational role's owner in the paragraph before", () => {
  it("finds a pronoun's owner there: '… Merz … ¶ His predecessor, Olaf Scholz'", () => {
    const text = "Chancellor Friedrich Merz spoke on Monday.\n\nHis predecessor, Olaf Scholz, said it was wrong.";
    expect(people(text, "en", paragraphs(text))).toEqual([
      ["Friedrich Merz", "Chancellor", true],
      ["Olaf Scholz", "predecessor", true],
    ]);
  });

  it("and a demonstrative's: '… Merz's predecessor. ¶ That predecessor, Olaf Scholz'", () => {
    const text = "Chancellor Friedrich Merz met the deal signed by Merz's predecessor.\n\nThat predecessor, Olaf Scholz, had struggled.";
    expect(textPeople(text, "en", paragraphs(text)).find("Olaf Scholz")?.official).toBe(true);
  });

  it("looks no further than its own paragraph without a pronoun", () => {
    const text = "Chancellor Friedrich Merz spoke on Monday.\n\nA colleague, Olaf Scholz, said it was wrong.";
    expect(textPeople(text, "en", paragraphs(text)).find("Olaf Scholz")?.official).toBe(false);
  });
});
