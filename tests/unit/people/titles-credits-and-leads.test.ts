// A one-word title before a name yields to an office after it; double given names; credit lines
// that open with a preposition; professions' associations; an office that leads the sentence
// before the name.
import { describe, expect, it } from "vitest";
import { article, pagePeople, row } from "./page-people";

describe("a title before the name and an office after it", () => {
  it("takes the office of a body after the name over 'Professor' before it", () => {
    const page = pagePeople(
      article("en", "Resident doctors announce five-day strike", [
        "Rory Deighton, acute director at the NHS Confederation, said the timing was “deeply worrying” as flu cases rise. Professor Meghana Pandit, NHS England’s national medical director, said hospitals would prioritise emergency care.",
        "Professor Sir John Curtice, the pollster, said the public was split.",
      ]),
      "en",
    );
    expect(row(page, "Meghana Pandit")).toEqual(["Meghana Pandit", "NHS England’s national medical director", true]);
    // A private description after the name leaves the title: no office to yield to.
    expect(row(page, "John Curtice")).toEqual(["John Curtice", "Professor", false]);
  });

  it("keeps the title before a membership of no public body: 'Der Ökonom …, Mitglied im Sachverständigenrat'", () => {
    const page = pagePeople(
      article("de", "Bundestag beschließt Rentenpaket", [
        "Der Ökonom Martin Werding, Mitglied im Sachverständigenrat zur Begutachtung der gesamtwirtschaftlichen Entwicklung, warnte vor deutlich steigenden Beiträgen.",
      ]),
      "de",
    );
    expect(row(page, "Martin Werding")).toEqual(["Martin Werding", "Ökonom", false]);
  });
});

describe("members of the European Parliament", () => {
  it("reads 'MEP' as an office", () => {
    const page = pagePeople(
      article("en", "France makes last-ditch push to delay Mercosur deal", [
        "German MEP Bernd Lange accused Paris of “playing domestic politics.” Renew MEP Valérie Hayer said the safeguards were not enough.",
        "Lange said a delay would hand markets to China.",
      ]),
      "en",
    );
    expect(row(page, "Bernd Lange")).toEqual(["Bernd Lange", "German MEP", true]);
    expect(page.said(page.find("Bernd Lange")!)).toEqual(["Bernd Lange", "Lange"]);
    expect(row(page, "Valérie Hayer")).toEqual(["Valérie Hayer", "Renew MEP", true]);
  });
});

describe("double given names", () => {
  it("knows a given name of two joined by a hyphen at a sentence's start", () => {
    const page = pagePeople(
      article("en", "UN warns of ‘catastrophe’ in el-Fasher", [
        "Thousands of people have fled on foot towards Tawila, about 60km (37 miles) away.",
        "Marie-Ange Bouhours, a coordinator with Doctors Without Borders (MSF) in Tawila, said the organisation’s clinic was overwhelmed. “We are receiving children with gunshot wounds every hour,” Bouhours said.",
      ]),
      "en",
    );
    expect(row(page, "Marie-Ange Bouhours")).toEqual(["Marie-Ange Bouhours", "coordinator with Doctors Without Borders", false]);
    expect(page.said(page.find("Marie-Ange Bouhours")!)).toEqual(["Marie-Ange Bouhours", "Bouhours"]);
  });

  it("reads a German given name in -s before a surname as a name, not a genitive", () => {
    const page = pagePeople(
      article("de", "Bauern fordern Hilfen", ["Agrarminister Alois Rainer (CSU) sagte Hilfen zu. Rainer will im Januar entscheiden."]),
      "de",
    );
    expect(row(page, "Alois Rainer")?.[2]).toBe(true);
    expect(page.said(page.find("Alois Rainer")!)).toEqual(["Alois Rainer", "Rainer"]);
  });
});

describe("credit lines that open with a preposition", () => {
  it("leaves out 'Mit Informationen von …'", () => {
    const page = pagePeople(
      article("de", "Bahn will Sanierung beschleunigen", [
        "Pro-Bahn-Sprecher Karl-Peter Naumann sagte, die Fahrgäste müssten schnell Verbesserungen spüren.",
        "Mit Informationen von Hans-Joachim Vieweger, ARD-Hauptstadtstudio",
      ]),
      "de",
    );
    expect(page.people.map((p) => p.name)).toEqual(["Karl-Peter Naumann"]);
  });
});

describe("associations named by their members", () => {
  it("reads 'Bauernpräsident' and 'Ärztepräsident' as heads of associations", () => {
    const page = pagePeople(
      article("de", "Wolf im Oberland", [
        "Bauernpräsident Günther Felßner forderte, die Verordnung müsse auch für Rinderweiden gelten. Ärztepräsident Klaus Reinhardt warnte vor Engpässen.",
        "Bayerns Umweltminister Thorsten Glauber (Freie Wähler) kündigte eine neue Verordnung an.",
      ]),
      "de",
    );
    expect(row(page, "Günther Felßner")).toEqual(["Günther Felßner", "Bauernpräsident", false]);
    expect(row(page, "Klaus Reinhardt")).toEqual(["Klaus Reinhardt", "Ärztepräsident", false]);
    expect(row(page, "Thorsten Glauber")?.[2]).toBe(true);
  });
});

describe("an office that leads the sentence before the name", () => {
  it("gives the office opening a sentence to the next sentence's subject", () => {
    const page = pagePeople(
      article("en", "Rent rules overhaul will not drive out landlords, Minister insists", [
        "The Minister for Housing has insisted that changes to rent controls will increase the supply of rental homes, as Opposition parties warned tenants would face higher rents.",
        "James Browne told the Dáil on Tuesday that the new system would give “certainty to investors and security to renters”.",
        "Economist Ronan Lyons of Trinity College Dublin said the existing rent pressure zones had “frozen the market in place”. Mr Browne said the board would monitor the changes.",
      ]),
      "en",
    );
    expect(row(page, "James Browne")).toEqual(["James Browne", "Minister for Housing", true]);
  });

  it("gives it to no one named after another sentence, nor where someone named just before may hold it", () => {
    const later = pagePeople(
      article("en", "Rent rules", [
        "The Minister for Housing has insisted that changes to rent controls will increase supply.",
        "Opposition parties warned tenants would face higher rents. James Browne told the Dáil the system would work.",
      ]),
      "en",
    );
    expect(row(later, "James Browne")).toEqual(["James Browne", null, false]);
    const ambiguous = pagePeople(
      article("de", "Treffen in Paris", [
        "Friedrich Merz traf Emmanuel Macron in Paris. Der Kanzler sagte, man sei sich einig.",
        "Olaf Scholz widersprach.",
      ]),
      "de",
    );
    expect(row(ambiguous, "Olaf Scholz")).toEqual(["Olaf Scholz", null, false]);
  });

  it("reads a definite office with its public body after a name too: 'The Minister for Finance said'", () => {
    const page = pagePeople(
      article("en", "Budget", [
        "Jack Chambers has defended the Budget. The Minister for Finance said it would protect the public finances.",
      ]),
      "en",
    );
    expect(row(page, "Jack Chambers")).toEqual(["Jack Chambers", "Minister for Finance", true]);
  });
});

describe("an office's portfolio before or after the name", () => {
  it("ends the portfolio before a name whose given name no list knows: 'Minister for Children Norma Foley'", () => {
    const page = pagePeople(
      article("en", "Childcare fees set to rise", [
        "Elaine Dunne, chief executive of the Federation of Early Childhood Providers, said one in five services was at risk. Minister for Children Norma Foley said the Government had increased funding by 13 per cent.",
        "Secretary of Homeland Security Kristi Noem did not comment. Foley said talks would continue.",
      ]),
      "en",
    );
    expect(row(page, "Norma Foley")).toEqual(["Norma Foley", "Minister for Children", true]);
    expect(page.said(page.find("Norma Foley")!)).toEqual(["Norma Foley", "Foley"]);
    expect(row(page, "Kristi Noem")).toEqual(["Kristi Noem", "Secretary of Homeland Security", true]);
  });

  it("makes no people of a portfolio's list: 'the Minister for Children, Disability and Equality'", () => {
    const page = pagePeople(
      article("en", "Childcare fees set to rise", [
        "Norma Foley, the Minister for Children, Disability and Equality, said the scheme would help. Peter Burke, Minister for Enterprise, Tourism and Employment, agreed.",
      ]),
      "en",
    );
    expect(page.people.map((p) => [p.name, p.official])).toEqual([
      ["Norma Foley", true],
      ["Peter Burke", true],
    ]);
  });
});
