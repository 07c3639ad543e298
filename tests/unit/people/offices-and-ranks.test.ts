// An office named after the person in the next sentence, a rank that yields to the office after the
// name, a see after German "von", and heads of clubs and companies that the text names as such.
import { describe, expect, it } from "vitest";
import { pagePeople, article, row } from "./page-people";

describe("an office named in the next sentence", () => {
  it("gives a public body's leader to the one person named before: 'The Conservative leader added', 'Der CSU-Chef kündigte an'", () => {
    const en = pagePeople(
      article("en", "Badenoch attacks Budget", [
        "Kemi Badenoch has accused the government of breaking its promises to working people.",
        "Badenoch said on Tuesday that the plans were a disgrace. The Conservative leader added that her party would vote against them.",
        "Tim Cook spoke to investors on Monday. The Apple chief said sales had been strong.",
        "Chuck Schumer fired back within the hour. The minority leader said Republicans had walked away from the talks.",
      ]),
      "en",
    );
    expect(row(en, "Kemi Badenoch")).toEqual(["Kemi Badenoch", "Conservative leader", true]);
    // A leader of no public body is no office to give.
    expect(row(en, "Tim Cook")).toEqual(["Tim Cook", null, false]);
    expect(row(en, "Chuck Schumer")).toEqual(["Chuck Schumer", "minority leader", true]);
    const de = pagePeople(
      article("de", "Söder lobt Haushalt", [
        "„Das ist ein guter Tag für Bayern“, sagte Markus Söder am Mittwoch in München. Der CSU-Chef kündigte an, im Bundesrat zuzustimmen.",
      ]),
      "de",
    );
    expect(row(de, "Markus Söder")).toEqual(["Markus Söder", "CSU-Chef", true]);
  });

  it("reads the subject after a quotation and after a verb of saying: '…,” the prime minister said', '…“, sagte der Kanzler'", () => {
    const en = pagePeople(
      article("en", "Starmer in Kyiv", [
        "Keir Starmer has arrived in Kyiv for talks on security guarantees.",
        "“We will stand with Ukraine for as long as it takes,” the prime minister said.",
      ]),
      "en",
    );
    expect(row(en, "Keir Starmer")).toEqual(["Keir Starmer", "prime minister", true]);
    const de = pagePeople(
      article("de", "Merz in Kiew", [
        "Friedrich Merz ist zu einem unangekündigten Besuch in Kiew eingetroffen. „Wir stehen an Ihrer Seite“, sagte der Kanzler.",
        "Markus Söder lobte den Besuch. „Das ist ein starkes Zeichen“, sagte der Bundeskanzler Olaf Scholz am Abend.",
      ]),
      "de",
    );
    expect(row(de, "Friedrich Merz")).toEqual(["Friedrich Merz", "Kanzler", true]);
    // A name after the office takes it: not the one named before.
    expect(row(de, "Markus Söder")).toEqual(["Markus Söder", null, false]);
  });

  it("reads the body after the head's noun: 'Die Fraktionsvorsitzende der Grünen sagte'", () => {
    const page = pagePeople(
      article("de", "Haushalt", [
        "Katharina Dröge hat der Regierung Versäumnisse beim Klimaschutz vorgeworfen. Die Fraktionsvorsitzende der Grünen sagte, der Haushalt reiche nicht.",
      ]),
      "de",
    );
    expect(row(page, "Katharina Dröge")).toEqual(["Katharina Dröge", "Fraktionsvorsitzende der Grünen", true]);
  });

  it("gives no spokesperson's role back: a body has many", () => {
    const en = pagePeople(
      article("en", "Order signed", [
        "Donald Trump signed the order on Monday. The White House spokeswoman said it would take effect at once.",
      ]),
      "en",
    );
    expect(row(en, "Donald Trump")).toEqual(["Donald Trump", null, false]);
    const de = pagePeople(
      article("de", "Keine Einigung", [
        "Wladimir Putin empfing am Dienstag den US-Gesandten. Der Kremlsprecher sagte danach, es gebe keine Einigung.",
      ]),
      "de",
    );
    expect(row(de, "Wladimir Putin")).toEqual(["Wladimir Putin", null, false]);
  });

  it("passes over a person who holds a role of their own", () => {
    const page = pagePeople(
      article("en", "Zelensky meets US envoy", [
        "Volodymyr Zelensky has met US envoy Steve Witkoff in Kyiv as Washington pushes for a deal to end the war.",
        "The Ukrainian president said after the meeting that any agreement must include real security guarantees.",
      ]),
      "en",
    );
    expect(row(page, "Volodymyr Zelensky")).toEqual(["Volodymyr Zelensky", "Ukrainian president", true]);
    expect(row(page, "Steve Witkoff")).toEqual(["Steve Witkoff", "US envoy", true]);
  });

  it("gives no office where two people were named since the sentence before", () => {
    const page = pagePeople(
      article("en", "Starmer in Paris", [
        "Keir Starmer met Emmanuel Macron in Paris on Thursday. The president said Europe had to spend more on defence.",
      ]),
      "en",
    );
    expect(row(page, "Emmanuel Macron")).toEqual(["Emmanuel Macron", null, false]);
    expect(row(page, "Keir Starmer")).toEqual(["Keir Starmer", null, false]);
  });
});

describe("a rank before the name and an office after it", () => {
  it("takes the office of a body after an abbreviated rank, but keeps the rank before a bare description", () => {
    const page = pagePeople(
      article("en", "Pentagon defends strikes", [
        "WASHINGTON (AP) — Defense Secretary Pete Hegseth appeared alongside Gen. Dan Caine, chairman of the Joint Chiefs of Staff, before the Senate Armed Services Committee.",
        "Adm. Alvin Holsey, the commander of U.S. Southern Command, is retiring early. Gov. Gavin Newsom, a potential candidate, called the strikes illegal.",
        "Rep. Hakeem Jeffries, the House Democratic leader, called the decision “reckless.”",
      ]),
      "en",
    );
    expect(row(page, "Dan Caine")).toEqual(["Dan Caine", "chairman of the Joint Chiefs of Staff", true]);
    expect(row(page, "Alvin Holsey")).toEqual(["Alvin Holsey", "commander of U.S. Southern Command", true]);
    expect(row(page, "Gavin Newsom")).toEqual(["Gavin Newsom", "Gov.", true]);
    expect(row(page, "Hakeem Jeffries")).toEqual(["Hakeem Jeffries", "House Democratic leader", true]);
  });
});

describe("German role words around names", () => {
  it("reads a see after 'von' before the name, but not a noun", () => {
    const page = pagePeople(
      article("de", "Woelki unter Druck", [
        "Der Erzbischof von Köln Rainer Woelki steht erneut in der Kritik. Ein Gutachten wirft dem Bistum Versäumnisse vor.",
        "Der Bischof von Limburg Georg Bätzing äußerte sich zurückhaltend. Der Sohn von Box-Legende Muhammad Ali meldete sich ebenfalls zu Wort.",
      ]),
      "de",
    );
    expect(row(page, "Rainer Woelki")).toEqual(["Rainer Woelki", "Erzbischof von Köln", false]);
    expect(row(page, "Georg Bätzing")).toEqual(["Georg Bätzing", "Bischof von Limburg", false]);
    expect(row(page, "Muhammad Ali")?.[1]).toBeNull();
  });

  it("finds a name after a weekday with its article: 'traf am Montag Emmanuel Macron'", () => {
    const page = pagePeople(
      article("de", "Merz in Paris", ["Der Kanzler traf am Montag Emmanuel Macron in Paris. Beide sprachen über die Ukraine."]),
      "de",
    );
    expect(page.people.map((p) => p.name)).toEqual(["Emmanuel Macron"]);
  });
});

describe("heads of clubs and companies", () => {
  it("keeps a club's president private where the text names the club, and a city's mayor public", () => {
    const page = pagePeople(
      article("de", "Hainer wehrt sich gegen Kritik", [
        "Der FC Bayern hat auf seiner Jahreshauptversammlung einen Rekordumsatz verkündet. Bayern-Präsident Herbert Hainer wies Kritik am Katar-Sponsoring zurück.",
        "Beim VfB Stuttgart blieb es ruhig. Die Oberbürgermeisterin von Stuttgart Anna Berg gratulierte dem Verein zum Pokalsieg.",
      ]),
      "de",
    );
    expect(row(page, "Herbert Hainer")).toEqual(["Herbert Hainer", "Bayern-Präsident", false]);
    expect(row(page, "Anna Berg")).toEqual(["Anna Berg", "Oberbürgermeisterin von Stuttgart", true]);
  });

  it("keeps an association private whose compound starts with a public body: 'Bundeswehrverband'", () => {
    const page = pagePeople(
      article("de", "Wehrdienst", [
        "Der Vorsitzende des Bundeswehrverbands, André Wüstner, forderte mehr Tempo bei der Ausstattung der Kasernen.",
        "Die Chefin des CDU-Landesverbands, Anna Berg, begrüßte die Einigung.",
      ]),
      "de",
    );
    expect(row(page, "André Wüstner")).toEqual(["André Wüstner", "Vorsitzender des Bundeswehrverbands", false]);
    expect(row(page, "Anna Berg")).toEqual(["Anna Berg", "Chefin des CDU-Landesverbands", true]);
  });

  it("knows the words that end companies' names: 'Samsung Electronics Chairman', 'Nissan Motor'", () => {
    const page = pagePeople(
      article("en", "Chip deal", [
        "Samsung Electronics Chairman Lee Jae-yong met Trade Minister Ryosei Akazawa on Wednesday.",
        "Nissan Motor said on Thursday it would close two more plants.",
      ]),
      "en",
    );
    expect(row(page, "Lee Jae-yong")).toEqual(["Lee Jae-yong", "Samsung Electronics Chairman", false]);
    expect(row(page, "Ryosei Akazawa")?.[2]).toBe(true);
    expect(page.people.map((p) => p.name)).not.toContain("Nissan Motor");
  });
});

describe("German roles of talks, unions and opposition before a name", () => {
  it("reads 'Verhandlungsführerin', 'Gewerkschafterin', 'Betriebsrätin' as private roles and 'Oppositionsführer' as an office", () => {
    const page = pagePeople(
      article("de", "Hafen-Streik geht weiter", [
        "„Die Arbeitgeber haben kein verbessertes Angebot vorgelegt“, sagte Verhandlungsführerin Maya Schwiegershausen-Güth.",
        "„Das ist zu wenig“, sagte Gewerkschafterin Anna Berg am Dienstag. Betriebsrätin Petra Schulz kritisierte die Reederei.",
        "Oppositionsführer Friedrich Merz sprach von einem Versagen des Senats. Der Marktführer im Hafen, die HHLA, schwieg.",
      ]),
      "de",
    );
    expect(row(page, "Maya Schwiegershausen-Güth")).toEqual(["Maya Schwiegershausen-Güth", "Verhandlungsführerin", false]);
    expect(row(page, "Anna Berg")).toEqual(["Anna Berg", "Gewerkschafterin", false]);
    expect(row(page, "Petra Schulz")).toEqual(["Petra Schulz", "Betriebsrätin", false]);
    expect(row(page, "Friedrich Merz")).toEqual(["Friedrich Merz", "Oppositionsführer", true]);
  });
});
