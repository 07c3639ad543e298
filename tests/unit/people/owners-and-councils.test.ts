// Cases found on news text of further kinds (Austrian and Swiss politics, EU diplomacy, courts,
// the military, business): each on a real corpus page where one shows it, else on a short text.
import { describe, expect, it } from "vitest";
import { peopleRows, readabilityPeople, textPeople, trafilaturaPeople } from "./page-people";
import { lexicon } from "../../../src/people/lexicon";

const trafilatura = trafilaturaPeople;
const readability = readabilityPeople;
const people = peopleRows;

describe("offices and private titles", () => {
  it("knows the governments and councils of Austria and Switzerland as offices: 'Landeshauptfrau', 'Bundesrätin', 'Zürcher Regierungsrat'", () => {
    expect(
      people(
        "Landeshauptfrau Johanna Mikl-Leitner lehnte ab. Bundesrätin Elisabeth Baume-Schneider kündigte eine Vorlage an. Der Zürcher Regierungsrat Mario Fehr widersprach.",
        "de",
      ),
    ).toEqual([
      ["Johanna Mikl-Leitner", "Landeshauptfrau", true],
      ["Elisabeth Baume-Schneider", "Bundesrätin", true],
      ["Mario Fehr", "Zürcher Regierungsrat", true],
    ]);
  });

  it("knows scholars of a law as private: 'Staatsrechtler', 'Frauenrechtlerin' (corpus)", () => {
    expect(trafilatura("bundespraesident.de.20030331.html", "de").find("Klaus Stern")?.role).toBe("Kölner Staatsrechtler");
    expect(trafilatura("hpd.de-Homosexuellenhass.html", "de").find("Alice Schwarzer")).toMatchObject({
      role: "Frauenrechtlerin",
      official: false,
    });
  });

  it("reads the bare 'EU' as a public body and a welfare association as a private one", () => {
    expect(
      people(
        "Die Hohe Vertreterin der EU für Außen- und Sicherheitspolitik, Kaja Kallas, kündigte Sanktionen an. Caritas-Präsidentin Eva Maria Welskop-Deffaa forderte Hilfe.",
        "de",
      ),
    ).toEqual([
      ["Kaja Kallas", "Hohe Vertreterin der EU für Außen- und Sicherheitspolitik", true],
      ["Eva Maria Welskop-Deffaa", "Caritas-Präsidentin", false],
    ]);
  });

  it("knows a city council's abbreviated title, a government's czar and public prosecutors: 'Ald.', 'border czar', 'District Attorney'", () => {
    expect(
      people("Ald. Raymond Lopez, a frequent critic of the mayor, objected. Tom Homan, the White House border czar, disagreed.", "en"),
    ).toEqual([
      ["Raymond Lopez", "Ald.", true],
      ["Tom Homan", "White House border czar", true],
    ]);
    expect(
      people(
        "Manhattan District Attorney Alvin Bragg declined. Cook County State's Attorney Eileen O'Neill Burke agreed. A defense attorney, Todd Blanche, objected.",
        "en",
      ),
    ).toEqual([
      ["Alvin Bragg", "Manhattan District Attorney", true],
      ["Eileen O'Neill Burke", "Cook County State's Attorney", true],
      ["Todd Blanche", "defense attorney", false],
    ]);
  });
});

describe("names after titles", () => {
  it("reads two capitals after an abbreviated title as initials: 'Gov. JB Pritzker'", () => {
    const t = textPeople("Gov. JB Pritzker has not said whether he would sign the bill. Pritzker is expected to speak on Thursday.", "en");
    expect(t.people.map((p) => [p.name, p.role, p.official, t.said(p)])).toEqual([
      ["JB Pritzker", "Gov.", true, ["JB Pritzker", "Pritzker"]],
    ]);
  });

  it("starts a German role at its own noun, not at the subject's before it: 'empfing der Papst Kommissionspräsidentin …' (corpus)", () => {
    expect(people("Am Nachmittag empfing der Papst Kommissionspräsidentin Ursula von der Leyen.", "de")).toEqual([
      ["Ursula von der Leyen", "Kommissionspräsidentin", true],
    ]);
    expect(trafilatura("ekiba.de-trauer.html", "de").find("Maike Roeber")?.role).toBe("Pfarrerin");
    // An adjective made a noun stays in the role.
    expect(people("Der Vorsitzende Richter Thomas Berger verlas das Urteil.", "de")).toEqual([
      ["Thomas Berger", "Vorsitzende Richter", true],
    ]);
  });
});

describe("titles of rank", () => {
  it("reads 'Prince' before a given name as part of the name and as a private role, one person per prince (corpus)", () => {
    const page = trafilatura("edition.cnn.com-royal.html", "en");
    const princes = ["Prince Philip", "Prince William", "Prince Charles"].map((n) => page.find(n));
    expect(new Set(princes).size).toBe(3);
    expect(page.said(princes[2]!)).not.toContain("Prince William");
    expect(people("They watched The Princess Diaries. Later Prince William arrived.", "en")).toEqual([["Prince William", "Prince", false]]);
  });
});

describe("roles a person owns", () => {
  it("makes a spokesperson or aide as official as the person named as owner", () => {
    expect(
      people("Putins Sprecher Dmitri Peskow sagte, man sei offen. Kremlchef Wladimir Putin schwieg. Musks Sprecher Tom Weber auch.", "de"),
    ).toEqual([
      ["Wladimir Putin", "Kremlchef", true],
      ["Dmitri Peskow", "Putins Sprecher", true],
      // The owner named only in the genitive is a person too, but no politician for it.
      ["Musk", null, false],
      ["Tom Weber", "Musks Sprecher", false],
    ]);
    expect(
      people(
        "Gov. JB Pritzker was silent. A Pritzker spokeswoman, Jordan Abudayyeh, said he was reviewing it. Tesla CEO Elon Musk came. A Musk spokesman, Tom Weber, declined to comment.",
        "en",
      ).filter((p) => p[1]!.toString().includes("spokes")),
    ).toEqual([
      ["Jordan Abudayyeh", "Pritzker spokeswoman", true],
      ["Tom Weber", "Musk spokesman", false],
    ]);
  });

  it("reads a name's bare-apostrophe genitive as the role's owner, with the owner's whole name: \"Merz' Sprecher\", 'Von der Leyens Sprecherin'", () => {
    expect(
      people("Bundeskanzler Friedrich Merz schwieg. Merz' Sprecher Stefan Kornelius sagte, der Kanzler sei zuversichtlich.", "de")[1],
    ).toEqual(["Stefan Kornelius", "Merz' Sprecher", true]);
    expect(
      people(
        "Kommissionspräsidentin Ursula von der Leyen reiste ab. Von der Leyens Sprecherin Paula Pinho sagte, man habe gesprochen.",
        "de",
      )[1],
    ).toEqual(["Paula Pinho", "Von der Leyens Sprecherin", true]);
  });
});

describe("organisations' names", () => {
  it("reads a body's name joined by 'and' as one, no person in its tail (corpus)", () => {
    expect(
      people("Mark Cancian, a senior adviser at the Center for Strategic and International Studies, said the rules were new.", "en"),
    ).toEqual([["Mark Cancian", "senior adviser at the Center for Strategic and International Studies", false]]);
    expect(readability("nytimes-3").find("Ian Michaels")?.role).toBe("spokesman for the city’s Department of Design and Construction");
    expect(trafilatura("fivethirtyeight.com.endorsement.html", "en").find("Jamie Lovegrove")?.role).toBe(
      "political reporter at the Post and Courier",
    );
  });

  it("takes a public body at a compound's end only after a first part of a word: 'Innenministeriums', not 'samt' or 'neu-'", () => {
    const de = lexicon("de");
    expect(["innenministeriums", "ordnungsamts", "eu-kommission", "landesregierung"].filter((w) => de.publicBodyEnd(w))).toHaveLength(4);
    expect(["samt", "neu-", "ministerium", "regierung"].filter((w) => de.publicBodyEnd(w))).toEqual([]);
    expect(lexicon("en").publicBodyEnd("subcommittee")).toBe(false);
  });
});
