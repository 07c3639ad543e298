// Cases found on news text of further kinds (international, local, obituaries), each on a short text.
import { describe, expect, it } from "vitest";
import { pagePeople, textPeople } from "./page-people";

const people = (text: string, lang: string) => {
  const t = textPeople(text, lang);
  return t.people.map((p) => [p.name, p.role, p.official, t.said(p)]);
};

/** A page whose heading is `title` and whose article is `paragraphs`, long enough to be read as one. */
const page = (title: string, paragraphs: string[]) => {
  const filler = "<p>The developments will be watched closely over the coming weeks, and many questions remain open for now.</p>".repeat(4);
  const body = paragraphs.map((p) => `<p>${p}</p>`).join("");
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}${filler}</article></main></body></html>`;
};

describe("East Asian names", () => {
  it("reads 'Xi' after a title as a surname, not the regnal number XI", () => {
    expect(people("Chinese President Xi Jinping met Pope Leo XIV. Leo thanked Xi.", "en")).toEqual([
      ["Xi Jinping", "Chinese President", true, ["Xi Jinping", "Xi"]],
      ["Leo XIV", "Pope", false, ["Leo XIV", "Leo"]],
    ]);
  });

  it("reads a pronoun's word between a title and a name as a surname, but not a sentence's 'He'", () => {
    expect(people("Vice Premier He Lifeng joined the talks. He said so. Officials said He agreed.", "en")).toEqual([
      ["He Lifeng", "Vice Premier", true, ["He Lifeng", "He"]],
    ]);
  });
});

describe("title-case headings", () => {
  it("takes no heading word for a surname that only the heading capitalises: 'Xi and Lee Meet as …'", () => {
    const html = page("Xi and Lee Meet as Trade Tensions Ease", [
      "Chinese President Xi Jinping met South Korean President Lee Jae-myung in Beijing on Tuesday, state media reported.",
      "Lee said the two sides had agreed to expand trade in the coming year.",
    ]);
    const p = pagePeople(html, "en");
    expect(p.people.map((x) => [x.name, p.said(x)])).toEqual([
      ["Xi Jinping", ["Xi", "Xi Jinping"]],
      ["Lee Jae-myung", ["Lee", "Lee Jae-myung", "Lee"]],
    ]);
  });
});

describe("joined offices", () => {
  it("keeps both offices joined by 'und' / 'and' before a name", () => {
    expect(people("Vizekanzler und Finanzminister Lars Klingbeil sagte das. Ärzte und Pfleger Hans Meier kamen.", "de")).toEqual([
      ["Lars Klingbeil", "Vizekanzler und Finanzminister", true, ["Lars Klingbeil"]],
      ["Hans Meier", null, false, ["Hans Meier"]],
    ]);
    expect(people("Deputy Prime Minister and Foreign Secretary David Lammy said so.", "en")).toEqual([
      ["David Lammy", "Deputy Prime Minister and Foreign Secretary", true, ["David Lammy"]],
    ]);
  });
});

describe("roles of clubs and firms", () => {
  it("reads a lower-case title after a given name that is a club's as a role: 'Chelsea owner', and stops at 'alongside'", () => {
    expect(people("Chelsea owner Todd Boehly watched from the stands alongside club chairman Bruce Buck.", "en")).toEqual([
      ["Todd Boehly", "Chelsea owner", false, ["Todd Boehly"]],
      ["Bruce Buck", "club chairman", false, ["Bruce Buck"]],
    ]);
  });

  it("knows board members and bookkeepers as private roles", () => {
    expect(people("Finanzvorständin Anja Lüdtke sprach. Die frühere Buchhalterin Monika Sauer (54) sagte aus.", "de")).toEqual([
      ["Anja Lüdtke", "Finanzvorständin", false, ["Anja Lüdtke"]],
      ["Monika Sauer", "frühere Buchhalterin", false, ["Monika Sauer"]],
    ]);
  });
});

describe("shortened surnames", () => {
  it("keeps the period of a surname cut to its initial: 'Anwohnerin Petra K.'", () => {
    expect(people("Das sagte Anwohnerin Petra K. Ihr Nachbar Helmut Brandl, 71, sammelte Unterschriften.", "de")).toEqual([
      ["Petra K.", "Anwohnerin", false, ["Petra K."]],
      ["Helmut Brandl", "Nachbar", false, ["Helmut Brandl"]],
    ]);
  });
});
