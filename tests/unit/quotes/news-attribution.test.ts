// Attribution forms common in wire and newspaper copy: a party and state in parentheses between
// name and verb, a newsroom's possessive before its reporter, a number in an unnamed speaker's
// body, a phrase a verb of saying characterises, a body named with its adjective.
import { describe, expect, it } from "vitest";
import { brief, quotesOf, speakersWithPeople } from "./context";

describe("attribution in news copy", () => {
  it("steps over a party and state in parentheses between the name and the verb", () => {
    const lead = "The measure passed 222-209. President Donald Trump is expected to sign it Wednesday night.";
    const cases: [string, string][] = [
      ["“This was a pointless shutdown,” House Speaker Mike Johnson (R-Louisiana) said before the vote.", "Mike Johnson"],
      ["“We will keep fighting for health care,” Rep. Nancy Pelosi (D-San Francisco) said in a statement.", "Nancy Pelosi"],
      ["“It is a betrayal of working families,” Rep. Alexandria Ocasio-Cortez (D-N.Y.) said on X.", "Alexandria Ocasio-Cortez"],
    ];
    for (const [para, speaker] of cases) {
      expect(quotesOf("en", lead, para).map((q) => q.speaker)).toEqual([speaker]);
      expect(speakersWithPeople("en", lead, para)).toEqual([speaker]);
    }
    const de = [
      "Kanzler Friedrich Merz verteidigte den Kompromiss.",
      "„Das ist ein guter Tag für die Truppe“, sagte Norbert Röttgen (CDU) am Abend.",
    ];
    expect(quotesOf("de", ...de).map((q) => q.speaker)).toEqual(["Norbert Röttgen"]);
  });

  it("steps over a party and state set off by commas, as US papers write them", () => {
    const lead = "The Senate on Wednesday passed a short-term funding bill to keep the government open.";
    const cases: [string, string][] = [
      ["“Nobody wants a shutdown before the holidays,” Senate Majority Leader John Thune, R-S.D., said on the floor.", "John Thune"],
      ["“The fight is not over,” Sen. Chuck Schumer, D-N.Y., told reporters.", "Chuck Schumer"],
      ["“We did our job,” Rep. Jim Jordan, R-Ohio, said.", "Jim Jordan"],
    ];
    for (const [para, speaker] of cases) {
      expect(quotesOf("en", lead, para).map((q) => q.speaker)).toEqual([speaker]);
      expect(speakersWithPeople("en", lead, para)).toEqual([speaker]);
    }
  });

  it("takes the name after a role with a prefix, not the whole phrase", () => {
    const paras = [
      "The opposition Left Party criticized the plan on Monday in Berlin.",
      "Its co-leader Ines Schwerdtner said young people should not be “pressured into uniform by the state.”",
    ];
    expect(quotesOf("en", ...paras).map((q) => q.speaker)).toEqual(["Ines Schwerdtner", "Ines Schwerdtner"]);
  });

  it("steps over a party inside the commas that set a name off after its role", () => {
    const paras = [
      "Bundeskanzler Friedrich Merz (CDU) hatte am Wochenende Zugeständnisse angedeutet.",
      "Der Chef der Jungen Gruppe, Pascal Reddig (CDU), sagte dennoch: „Wir werden diesem Gesetz in dieser Form nicht zustimmen.“",
    ];
    expect(speakersWithPeople("de", ...paras)).toEqual(["Pascal Reddig"]);
  });

  it("takes a newsroom's reporter named after its possessive for a later pronoun", () => {
    const paras = [
      "Lebanon’s President Joseph Aoun urged the United States and France, which brokered the deal, to intervene.",
      "Reporting from Beirut, Al Jazeera’s Zeina Khodr said residents of border villages had been told to leave their homes.",
      "“People here feel that there is no end in sight,” she said.",
    ];
    expect(speakersWithPeople("en", ...paras)).toEqual(["Zeina Khodr", "Zeina Khodr"]);
    const sky = [
      "Work and pensions secretary Liz Kendall insisted the government would not back down.",
      "Reporting from Westminster, Sky News’ Sam Coates said many MPs believed the changes would be softened.",
      "“The whips are under real pressure tonight,” he said.",
    ];
    expect(speakersWithPeople("en", ...sky)).toEqual(["Liz Kendall", "Sam Coates", "Sam Coates"]);
  });

  it("takes a sentence's subject for a later pronoun, not the person a preposition governs", () => {
    const paras = [
      "Chancellor Rachel Reeves has defended her decision to raise taxes by £26bn.",
      'Speaking to the BBC\'s Laura Kuenssberg, Reeves said she would not apologise. "I have been honest with people about the choices," she said.',
    ];
    expect(speakersWithPeople("en", ...paras)).toEqual(["Rachel Reeves", "Rachel Reeves"]);
    // Where the sentence names nobody else, the pronoun may still take the one a preposition governs.
    const only = ["The presenter turned to Laura Kuenssberg.", '"Nobody in the Treasury expected this," she said.'];
    expect(speakersWithPeople("en", ...only)).toEqual(["Laura Kuenssberg"]);
  });

  it("keeps a number in the body an unnamed speaker speaks for", () => {
    const paras = [
      "Rachel Reeves is expected to set out the plans on Wednesday.",
      "A No 10 spokesperson said: “These reforms are about getting people who can work into work.”",
    ];
    expect(brief(quotesOf("en", ...paras))).toEqual([
      "direct|These reforms are about getting people who can work into work.|a No 10 spokesperson",
    ]);
  });

  it("reads capitalised words a verb of saying characterises with an indefinite article as a quotation", () => {
    const welt = [
      "Verteidigungsminister Boris Pistorius (SPD) will den neuen Wehrdienst zunächst freiwillig gestalten.",
      "Der Union geht das nicht weit genug. Fraktionsvize Norbert Röttgen (CDU) sprach von einem „Wehrdienst mit Verfallsdatum“.",
    ];
    expect(brief(quotesOf("de", ...welt))).toEqual(["direct|Wehrdienst mit Verfallsdatum|Norbert Röttgen"]);
    // A name keeps its definite article, and an indefinite one without a verb of saying names a thing.
    expect(quotesOf("de", "Norbert Röttgen hält den „Wehrdienst mit Verfallsdatum“ für einen Fehler.")).toEqual([]);
    expect(quotesOf("de", "Die Gruppe trat 2024 als eine „Allianz für Deutschland“ zur Wahl an.")).toEqual([]);
  });

  it("keeps a capitalised adjective with the body noun it names", () => {
    const paras = ["Der Paritätische Gesamtverband warnte, die Reform treffe vor allem Familien mit kleinen Einkommen."];
    expect(brief(quotesOf("de", ...paras))).toEqual([
      "indirect|die Reform treffe vor allem Familien mit kleinen Einkommen|der Paritätische Gesamtverband",
    ]);
    const berlin = ["Das Berliner Innenministerium erklärte: „Wir prüfen die Vorwürfe sorgfältig.“"];
    expect(quotesOf("de", ...berlin).map((q) => q.speaker)).toEqual(["das Berliner Innenministerium"]);
  });
});
