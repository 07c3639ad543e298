// Shapes found missing on unseen news pages: a plural role before a list of names, an office named
// by a definite subject a sentence later, a body's fields listed by commas, ombudspeople.
import { describe, expect, it } from "vitest";
import { pagePeople, article, row } from "./page-people";

describe("a plural role before a list of names", () => {
  it("gives every listed name the role, in English and German", () => {
    const en = pagePeople(
      article("en", "Senators demand sanctions", [
        "Ukrainian President Volodymyr Zelenskiy, who was not invited, said Kyiv would not accept any deal made without it. The senators Lindsey Graham and Richard Blumenthal called for new sanctions on Russian oil.",
      ]),
      "en",
    );
    expect(row(en, "Lindsey Graham")).toEqual(["Lindsey Graham", "senators", true]);
    expect(row(en, "Richard Blumenthal")).toEqual(["Richard Blumenthal", "senators", true]);
    const de = pagePeople(
      article("de", "Kabinett ringt um Wehrdienst", [
        "Im Streit um den neuen Wehrdienst haben sich die Minister Boris Pistorius, Alexander Dobrindt und Lars Klingbeil am Dienstagabend im Kanzleramt getroffen.",
        "Zuvor hatten die Ministerpräsidenten Hendrik Wüst und Manuela Schwesig eine Einigung gefordert.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Boris Pistorius", "Minister", true],
      ["Alexander Dobrindt", "Minister", true],
      ["Lars Klingbeil", "Minister", true],
      ["Hendrik Wüst", "Ministerpräsidenten", true],
      ["Manuela Schwesig", "Ministerpräsidenten", true],
    ]);
  });

  it("reads an abbreviated plural title and a counted role before a comma", () => {
    const politico = pagePeople(
      article("en", "House passes stopgap", [
        "Johnson spent the afternoon on the phone with Reps. Chip Roy and Andy Harris, two Freedom Caucus members who had threatened to sink the bill.",
      ]),
      "en",
    );
    expect(row(politico, "Chip Roy")).toEqual(["Chip Roy", "Reps.", true]);
    expect(row(politico, "Andy Harris")).toEqual(["Andy Harris", "Reps.", true]);
    const nyt = pagePeople(
      article("en", "Fed holds rates", [
        "“We are well positioned to wait,” Mr. Powell said at a news conference. Two governors, Christopher J. Waller and Michelle W. Bowman, dissented in favor of a cut.",
      ]),
      "en",
    );
    expect(row(nyt, "Christopher J. Waller")).toEqual(["Christopher J. Waller", "governors", true]);
    expect(row(nyt, "Michelle W. Bowman")).toEqual(["Michelle W. Bowman", "governors", true]);
  });

  it("keeps a singular role to the first name", () => {
    const de = pagePeople(
      article("de", "Treffen in Paris", [
        "Bundeskanzler Friedrich Merz und Emmanuel Macron sprachen über die Ukraine. Die Ministerin Karin Prien und Stefanie Hubig kamen später hinzu.",
      ]),
      "de",
    );
    expect(row(de, "Emmanuel Macron")?.[1]).toBeNull();
    expect(row(de, "Stefanie Hubig")?.[1]).toBeNull();
    const en = pagePeople(
      article("en", "Talks in Paris", ["Prime Minister Keir Starmer and Emmanuel Macron met in Paris on Friday."]),
      "en",
    );
    expect(row(en, "Emmanuel Macron")?.[1]).toBeNull();
  });
});

describe("an office named a sentence later", () => {
  it("reads a title of several words as the definite subject", () => {
    const en = pagePeople(
      article("en", "Rubio in Riyadh", [
        "Marco Rubio arrived in Riyadh on Friday for talks with Russian officials. The secretary of state said the meeting had been constructive.",
      ]),
      "en",
    );
    expect(row(en, "Marco Rubio")).toEqual(["Marco Rubio", "secretary of state", true]);
  });
});

describe("a body's fields listed by commas in a role", () => {
  it("reads the role up to the name after them, and no field as a person", () => {
    const de = pagePeople(
      article("de", "Wehrdienst", [
        "Die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration, Natalie Pawlik, warnte davor, junge Menschen mit Migrationsgeschichte zu vergessen.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Natalie Pawlik", "Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration", true],
    ]);
    const en = pagePeople(
      article("en", "BBC charter", [
        "The Secretary of State for Culture, Media and Sport, Lisa Nandy, said the BBC must change. The Minister for Children, Disability and Equality, Norma Foley, welcomed the plan.",
      ]),
      "en",
    );
    expect(en.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Lisa Nandy", "Secretary of State for Culture, Media and Sport", true],
      ["Norma Foley", "Minister for Children, Disability and Equality", true],
    ]);
  });
});

describe("ombudspeople", () => {
  it("takes an ombudsman's office and an Austrian ombudswoman's for public", () => {
    const en = pagePeople(
      article("en", "School absence", [
        "Wales's Children's Commissioner Rocio Cifuentes and the Ombudsman for Children in Ireland, Niall Muldoon, raised similar concerns this week. Muldoon said services were overwhelmed.",
      ]),
      "en",
    );
    expect(row(en, "Niall Muldoon")).toEqual(["Niall Muldoon", "Ombudsman for Children in Ireland", true]);
    const de = pagePeople(
      article("de", "Kinderschutz", [
        "Die Kinder- und Jugendanwältin von Wien, Sylvia Rigler, hat am Montag die Bundesregierung scharf kritisiert. Es fehle an Personal, sagte Rigler.",
        "Die Volksanwältin Gaby Schwarz unterstützte die Forderungen.",
      ]),
      "de",
    );
    expect(row(de, "Sylvia Rigler")).toEqual(["Sylvia Rigler", "Kinder- und Jugendanwältin von Wien", true]);
    expect(row(de, "Gaby Schwarz")).toEqual(["Gaby Schwarz", "Volksanwältin", true]);
  });
});

describe("offices and trades the lists lacked", () => {
  it("reads a fire chief, a federal agency and a UN agency as public, a hydrologist as private", () => {
    const de = pagePeople(
      article("de", "Hochwasser", [
        "Ein Sprecher des Deutschen Wetterdienstes, Andreas Friedrich, sagte, bis Montag sei mit weiterem Starkregen zu rechnen.",
        "Kreisbrandrat Robert Spiller sprach von einer extremen Belastung. Der Hydrologe Jörg Dietrich von der Universität Hannover erklärte, die Böden könnten kein Wasser mehr aufnehmen.",
        "Der Leiter des Welternährungsprogramms in Gaza, Antoine Renard, sprach von einer katastrophalen Lage.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Andreas Friedrich", "Sprecher des Deutschen Wetterdienstes", true],
      ["Robert Spiller", "Kreisbrandrat", true],
      ["Jörg Dietrich", "Hydrologe", false],
      ["Antoine Renard", "Leiter des Welternährungsprogramms in Gaza", true],
    ]);
  });

  it("reads the prosecutors as public, a solicitor and a bystander as private", () => {
    const en = pagePeople(
      article("en", "Officer charged", [
        "A Metropolitan Police officer will appear at Westminster Magistrates’ Court next month. Frank Ferguson, head of the CPS Special Crime Division, said there was “sufficient evidence” to prosecute.",
        "His solicitor, Imran Khan, said his client was “relieved”. Footage of the incident was filmed by bystander Louise Barker.",
      ]),
      "en",
    );
    expect(en.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Frank Ferguson", "head of the CPS Special Crime Division", true],
      ["Imran Khan", "solicitor", false],
      ["Louise Barker", "bystander", false],
    ]);
  });
});

describe("an owner inside the role of the name after it", () => {
  it("takes a state's genitive after an apposition's comma for no person", () => {
    const de = pagePeople(
      article("de", "Länder fordern mehr Geld", [
        "Der Vorsitzende der Ministerpräsidentenkonferenz, Sachsens Regierungschef Michael Kretschmer, sagte, die Kommunen seien am Limit. Kretschmer forderte eine dauerhafte Beteiligung des Bundes.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.role, p.official])).toEqual([["Michael Kretschmer", "Sachsens Regierungschef", true]]);
  });
});

describe("private bodies and roles of unseen pages", () => {
  it("reads a royal college's and a business lobby's president and a bank's co-owner as private, a fiscal council's head as public", () => {
    const en = pagePeople(
      article("en", "Nurses vote to strike", [
        "Prof Andrew Elder, president of the Royal College of Physicians of Edinburgh, said the health service was “on its knees”.",
        "Kathryn Wylde, president of the Partnership for New York City, a business group, said the tax increases could drive employers away.",
      ]),
      "en",
    );
    expect(row(en, "Andrew Elder")?.[2]).toBe(false);
    expect(row(en, "Kathryn Wylde")).toEqual(["Kathryn Wylde", "president of the Partnership for New York City", false]);
    const de = pagePeople(
      article("de", "Budget", [
        "Der Chef des Fiskalrats, Christoph Badelt, hält die Maßnahmen für notwendig. Der Miteigentümer der Bank, Christian Olearius, äußerte sich nicht. Leipzigs Coach Ole Werner sprach von einem bitteren Abend.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Christoph Badelt", "Chef des Fiskalrats", true],
      ["Christian Olearius", "Miteigentümer der Bank", false],
      ["Ole Werner", "Leipzigs Coach", false],
    ]);
  });
});

describe("a role noun used as a verb", () => {
  it("takes a lone word after 'to host' for no person unless it stands alone elsewhere", () => {
    const en = pagePeople(
      article("en", "Alaska Airlines outage", [
        "Alaska Airlines grounded all its flights for several hours on Thursday. Alaska also plans to host Crossover, a travel industry conference, in Seattle next spring, the company said.",
      ]),
      "en",
    );
    expect(en.people).toEqual([]);
  });
});

describe("a list after a role's body and its comma", () => {
  it("gives the plural role to every name, not to the body's word before the comma", () => {
    const de = pagePeople(
      article("de", "Köln hat gewählt", [
        "Der Politikwissenschaftler Karl-Rudolf Korte nannte das Ergebnis eine Zäsur. Die Landesvorsitzenden der Grünen, Tim Achtermeyer und Yazgülü Zeybek, feierten mit Anhängern.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Karl-Rudolf Korte", "Politikwissenschaftler", false],
      ["Tim Achtermeyer", "Landesvorsitzenden der Grünen", true],
      ["Yazgülü Zeybek", "Landesvorsitzenden der Grünen", true],
    ]);
  });
});

describe("a surname that also ends places' names", () => {
  it("reads 'Hall' after a given name as a surname, and not in a place's name", () => {
    const en = pagePeople(
      article("en", "Terror laws", [
        "Jonathan Hall, the government's adviser on terrorism laws, has called for a new offence. Hall said the gap had to be closed.",
        "He later spoke to reporters outside City Hall. A concert at the Albert Hall was cancelled.",
      ]),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["Jonathan Hall"]);
    expect(en.said(en.people[0]!)).toEqual(["Jonathan Hall", "Hall"]);
  });
});

describe("a surname that is also a month's name", () => {
  it("reads 'May' after a lone given name as a surname, and a date's month as no mention", () => {
    const en = pagePeople(
      article("en", "Assisted dying bill", [
        "The former prime minister Theresa May spoke against the bill in the Lords. In a short speech, May said it was flawed.",
        "The final vote is due on May 5, and peers will debate amendments in May.",
      ]),
      "en",
    );
    expect(en.people.map((p) => [p.name, p.role, p.official])).toEqual([["Theresa May", "former prime minister", true]]);
    expect(en.said(en.people[0]!)).toEqual(["Theresa May", "May"]);
  });
});

describe("American city offices and private trades", () => {
  it("reads a comptroller as public, a bus driver and a consultant as private", () => {
    const en = pagePeople(
      article("en", "Mamdani unveils budget", [
        "City Comptroller Mark Levine warned that the revenue assumptions were “optimistic.” Bus driver Luis Ortega, a union shop steward, said riders had noticed faster boarding.",
        "Dr Sarah Cox, a palliative care consultant, said hospices were already stretched.",
      ]),
      "en",
    );
    expect(en.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Mark Levine", "City Comptroller", true],
      ["Luis Ortega", "Bus driver", false],
      ["Sarah Cox", "palliative care consultant", false],
    ]);
  });
});
