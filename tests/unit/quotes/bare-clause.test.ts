// English reported speech that no "that" opens ("Powell said the economy was slowing"), who says
// it when the subject is a plain group ("Patient groups"), "it" or "one of them", and German
// companies that "das Unternehmen" takes up.
import { describe, expect, it } from "vitest";
import { brief, quotesWithPeople, speakersWithPeople } from "./context";

const indirect = (lang: string, ...paras: string[]) => brief(quotesWithPeople(lang, ...paras).filter((q) => q.kind === "indirect"));

describe("reported speech without a complementizer", () => {
  it("reads the clause after said, says and told, past a time, a place or the person told", () => {
    const reuters = [
      "WASHINGTON, Nov 26 (Reuters) - Federal Reserve Chair Jerome Powell said on Wednesday the U.S. economy was slowing more quickly than policymakers had expected.",
      "Treasury Secretary Scott Bessent told reporters at the White House the administration had no plans to pressure the Fed.",
      "Boston Fed President Susan Collins told Reuters in an interview she would keep an open mind about the December decision.",
    ];
    expect(indirect("en", ...reuters)).toEqual([
      "indirect|the U.S. economy was slowing more quickly than policymakers had expected|Jerome Powell",
      "indirect|the administration had no plans to pressure the Fed|Scott Bessent",
      "indirect|she would keep an open mind about the December decision|Susan Collins",
    ]);
  });

  it("ends the words reported before a source or a verb the writer adds", () => {
    const ap = [
      "Officials at Al-Aqsa Martyrs Hospital said the strike killed at least 12 people, according to the Gaza Health Ministry.",
      "The mayor of Paiporta, Maribel Albalat, said at least six people had died in the town, but stopped short of blaming the regional government.",
    ];
    expect(indirect("en", ...ap)).toEqual([
      "indirect|the strike killed at least 12 people|Officials at Al-Aqsa Martyrs Hospital",
      "indirect|at least six people had died in the town|Maribel Albalat",
    ]);
  });

  it("keeps a quoted phrase inside the reported clause as a quote of its own", () => {
    const guardian = "Its associate director, Kate Ogden, told the Guardian the system was “running on fumes” after a decade of cuts.";
    expect(brief(quotesWithPeople("en", guardian))).toEqual([
      "indirect|the system was “running on fumes” after a decade of cuts|Kate Ogden",
      "direct|running on fumes|Kate Ogden",
    ]);
  });

  it("finds no report where said names no words said", () => {
    const none = [
      "The so-called neutral rate has become a point of contention among Fed officials.",
      "A Fed spokesperson declined to comment on the remarks beyond what Powell said in his speech.",
      "The minister was told the plan had been shelved, a person familiar with the matter said.",
      "The minister is expected to say the economy is recovering when she speaks on Friday.",
      "The people he said were killed in the raid had been sheltering in a school.",
      "When the owners of the only grocery store announced they would close, residents started doing the math.",
      "The company said in a statement.",
      "The Labour leader said goodbye to staff on Friday.",
    ];
    for (const p of none) expect(indirect("en", p)).toEqual([]);
  });

  it("reads reported speech before its speaker, from after a dateline", () => {
    const cnn = [
      "SEATTLE, Nov 27 (Reuters) - Boeing's factory workers voted on Thursday to accept a new contract, their union said.",
      "Guests were moved to hotels in Reykjavik, a spokesperson told CNN.",
      "The economy is slowing, said Jerome Powell.",
    ];
    expect(indirect("en", ...cnn)).toEqual([
      "indirect|Boeing's factory workers voted on Thursday to accept a new contract|their union",
      "indirect|Guests were moved to hotels in Reykjavik|a spokesperson",
      "indirect|The economy is slowing|Jerome Powell",
    ]);
    // An agency in brackets or a dash straight after the place ends a dateline too (AP, the NYT).
    const datelines = [
      "TOKYO (AP) — A powerful earthquake struck off Japan’s northeastern coast on Monday, officials said.",
      "WASHINGTON — The Senate passed a stopgap spending bill on Friday, congressional aides said.",
    ];
    expect(indirect("en", ...datelines)).toEqual([
      "indirect|A powerful earthquake struck off Japan’s northeastern coast on Monday|officials",
      "indirect|The Senate passed a stopgap spending bill on Friday|congressional aides",
    ]);
    // Words before the comma that are no clause, and a clause after the verb, are no report before it.
    expect(indirect("en", "After the vote in the Senate on Tuesday, the minister said.")).toEqual([]);
    expect(indirect("en", "In Pontypridd, shop owner Kathryn Evans said the water had come in fast.")).toEqual([
      "indirect|the water had come in fast|Kathryn Evans",
    ]);
  });

  it("reads past one adverb set off between the speaker and the verb", () => {
    const paragraphs = [
      "Hungary’s Viktor Orbán, meanwhile, repeated that his country would not contribute any money to Ukraine.",
      "The department, however, said it couldn’t answer anything until September.",
    ];
    expect(indirect("en", ...paragraphs)).toEqual([
      "indirect|his country would not contribute any money to Ukraine|Viktor Orbán",
      "indirect|it couldn’t answer anything until September|the department",
    ]);
  });

  it("reports nothing from a headline, only from the text below it", () => {
    const page = [
      { kind: "heading" as const, text: "BMA says resident doctors will strike again in January" },
      "Resident doctors in England will stage a five-day walkout in January, the British Medical Association has announced.",
    ];
    expect(brief(quotesWithPeople("en", ...page))).toEqual([
      "indirect|Resident doctors in England will stage a five-day walkout in January|the British Medical Association",
    ]);
  });
});

describe("speakers of reported speech", () => {
  it("takes a plain group that opens the sentence as written", () => {
    const paras = [
      "Texas health officials say the number of measles cases in the South Plains region has risen to 94.",
      "Patient groups said they were deeply worried about the timing.",
      "Dozens of councils in England have warned ministers they face effective bankruptcy within two years.",
    ];
    expect(indirect("en", ...paras).map((q) => q.split("|")[2])).toEqual([
      "Texas health officials",
      "Patient groups",
      "Dozens of councils in England",
    ]);
  });

  it("takes the subject before an apposition, and a name that opens the sentence", () => {
    const paras = [
      "Sen. Rand Paul (R-Ky.), a longtime critic of tariffs, said the checks amounted to a tax on consumers.",
      "Norman Baker, a former transport minister who now advises Campaign for Better Transport, said the freeze was overdue.",
      "Ofwat said the average annual bill in England and Wales would go up by £86 from April.",
      "The union said 64% of members had voted in favor of the deal.",
    ];
    expect(indirect("en", ...paras).map((q) => q.split("|")[2])).toEqual(["Rand Paul", "Norman Baker", "Ofwat", "the union"]);
  });

  it("takes up the body the sentence before opened with for “it said”", () => {
    const ap = [
      "The Israeli military said it had targeted Hamas militants operating from a command center inside the compound. It said it had taken steps to reduce the risk to civilians.",
    ];
    expect(indirect("en", ...ap).map((q) => q.split("|")[2])).toEqual(["the Israeli military", "the Israeli military"]);
  });

  it("gives one of a group the group or leaves it unknown, never a person named before", () => {
    const before = "Two nurses spoke to the BBC about conditions at the hospital run by Sarah Jones.";
    const quote = "“The wards were full and nobody came to help us for hours.”";
    expect(speakersWithPeople("en", before, `One of them said: ${quote}`)).toEqual([null]);
    expect(speakersWithPeople("en", before, `${quote.replace(".”", ",”")} said one of them.`)).toEqual([null]);
    expect(speakersWithPeople("en", before, `One of the nurses said: ${quote}`)).toEqual(["One of the nurses"]);
    const groups = ["Patient groups said they were deeply worried.", "One said the timing could hardly be worse."];
    expect(indirect("en", ...groups).map((q) => q.split("|")[2])).toEqual(["Patient groups", "Patient groups"]);
  });

  it("takes up a company that opens the sentence before after an adverb for „das Unternehmen“", () => {
    const rnd = [
      "Die Bundesnetzagentur rügt Telekom, Vodafone und Telefónica.",
      "Auch die Telekom verwies auf die Behörden. „Beim Ausbau selbst sind wir im Plan, bei den Genehmigungen nicht“, teilte das Unternehmen mit.",
    ];
    expect(speakersWithPeople("de", ...rnd)).toEqual(["Telekom"]);
    const bahn =
      "Auch die Bahn-Tochter InfraGO sieht keinen Spielraum. „Jede Woche, die wir warten, macht die Reparatur teurer“, teilte das Unternehmen mit.";
    expect(speakersWithPeople("de", bahn)).toEqual(["InfraGO"]);
    // A noun that opens the sentence is no company: "das Unternehmen" stays as written.
    const branche = "Auch die Branche verwies auf die Behörden. „Wir sind im Plan“, teilte das Unternehmen mit.";
    expect(speakersWithPeople("de", branche)).toEqual(["das Unternehmen"]);
  });
});
