// Shapes of names and roles in news prose that the corpus pages lack: a name's closing period, an
// office named after the person, a role given by a verb, initials, dotted bodies, ranks and titles.
import { describe, expect, it } from "vitest";
import { pagePeople, article, row } from "./page-people";

describe("where a name ends", () => {
  it("keeps the period of a generation suffix, and of a regnal number where ordinals take one", () => {
    const en = pagePeople(
      article("en", "Court weighs case", [
        "Chief Justice John G. Roberts Jr. wrote for the majority. King Charles III. attended the ceremony.",
        "Roberts declined to comment.",
      ]),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["John G. Roberts Jr.", "Charles III"]);
    const de = pagePeople(
      article("de", "Papst empfängt König", [
        "Papst Leo XIV. hat den jordanischen König Abdullah II. im Vatikan empfangen. Beide sprachen über den Nahen Osten.",
      ]),
      "de",
    );
    expect(de.people.map((p) => p.name)).toEqual(["Leo XIV.", "Abdullah II."]);
  });

  it("reads a particle after a name of several words that opens with a given name, but not a preposition", () => {
    const de = pagePeople(
      article("de", "Klimagipfel", [
        "Brasiliens Präsident Luiz Inácio Lula da Silva begrüßte die Zusage. Der Präsident der Konferenz, André Corrêa do Lago, mahnte zu mehr Ehrgeiz.",
        "Der Militärexperte Carlo Masala von der Universität der Bundeswehr hält den Plan für unausgegoren.",
      ]),
      "de",
    );
    expect(de.people.map((p) => p.name)).toEqual(["Luiz Inácio Lula da Silva", "André Corrêa do Lago", "Carlo Masala"]);
  });

  it("keeps a frequent surname that ends like a German noun ('Çelik', as 'Politik')", () => {
    const de = pagePeople(
      article("de", "Lehrermangel", [
        "Auch die Lehrergewerkschaft GEW zeigte sich skeptisch. Die Landesvorsitzende Ayla Çelik sagte, ohne bessere Bezahlung werde man keine Lehrkräfte finden.",
        "Çelik forderte die Landesregierung zu Gesprächen auf.",
      ]),
      "de",
    );
    expect(row(de, "Ayla Çelik")).toEqual(["Ayla Çelik", "Landesvorsitzende", true]);
    expect(de.said(de.find("Ayla Çelik")!)).toEqual(["Ayla Çelik", "Çelik"]);
  });

  it("takes a storm's name for no person", () => {
    const en = pagePeople(
      article("en", "Storm", ["Hurricane Melissa made landfall on Tuesday. Melissa was among the strongest storms on record."]),
      "en",
    );
    expect(en.people).toEqual([]);
    const de = pagePeople(
      article("de", "Unwetter", ["Sturmtief Zoltan hat in Norddeutschland Schäden angerichtet. Zoltan zieht weiter nach Osten."]),
      "de",
    );
    expect(de.people).toEqual([]);
  });

  it("reads kinship particles between any names, where nouns are capitalised too", () => {
    const de = pagePeople(
      article("de", "Katar vermittelt", [
        "Der Plan wurde gemeinsam mit dem katarischen Emir Tamim bin Hamad Al Thani ausgearbeitet. Der Emir reist nächste Woche nach Kairo.",
      ]),
      "de",
    );
    expect(row(de, "Tamim bin Hamad Al Thani")).toEqual(["Tamim bin Hamad Al Thani", "katarischer Emir", true]);
  });
});

describe("roles around a name", () => {
  it("reads a modifier as the role's noun before a name or ending an apposition", () => {
    const page = pagePeople(
      article("en", "Spy chiefs meet", [
        "CIA chief John Ratcliffe met his counterparts in London on Tuesday.",
        "Kaja Kallas, the EU’s foreign policy chief and a former Estonian prime minister, welcomed the talks.",
      ]),
      "en",
    );
    expect(row(page, "John Ratcliffe")).toEqual(["John Ratcliffe", "CIA chief", true]);
    expect(row(page, "Kaja Kallas")).toEqual(["Kaja Kallas", "EU’s foreign policy chief", true]);
  });

  it("reads a plural owner's bare apostrophe inside an apposition", () => {
    const page = pagePeople(
      article("en", "NHS figures", ["Daisy Cooper, the Liberal Democrats’ deputy leader, called for more investment in social care."]),
      "en",
    );
    expect(row(page, "Daisy Cooper")).toEqual(["Daisy Cooper", "Liberal Democrats’ deputy leader", true]);
  });

  it("reads a body's initials written with periods", () => {
    const page = pagePeople(
      article("en", "Wray silent", [
        "Christopher Wray, the former F.B.I. director who resigned last year, did not respond to a request for comment.",
        "The U.N. secretary general, António Guterres, called for calm.",
      ]),
      "en",
    );
    expect(row(page, "Christopher Wray")).toEqual(["Christopher Wray", "former F.B.I. director", true]);
    expect(row(page, "António Guterres")).toEqual(["António Guterres", "U.N. secretary general", true]);
  });

  it("takes no owner's title for the role of a relative clause", () => {
    const page = pagePeople(
      article("en", "Lobbying", [
        "James Forsyth, who served as the former prime minister’s political secretary, has registered as a consultant.",
      ]),
      "en",
    );
    expect(row(page, "James Forsyth")?.[1]).toMatch(/political secretary$/);
  });

  it("gives a role by what the person leads", () => {
    const en = pagePeople(
      article("en", "Budget watchdog", [
        "Jane Roe, who heads the Environmental Protection Agency, defended the cuts. Tom Baker, who runs a bakery in Leeds, was not convinced.",
      ]),
      "en",
    );
    expect(row(en, "Jane Roe")).toEqual(["Jane Roe", "heads the Environmental Protection Agency", true]);
    expect(row(en, "Tom Baker")?.[2]).toBe(false);
    const de = pagePeople(
      article("de", "Arbeitsmarkt", ["Andrea Nahles, die die Bundesagentur für Arbeit leitet, sieht den Arbeitsmarkt robust."]),
      "de",
    );
    expect(row(de, "Andrea Nahles")?.[2]).toBe(true);
    expect(row(de, "Andrea Nahles")?.[1]).toContain("Bundesagentur für Arbeit");
  });

  it("gives a person named without a role the office of the subject that follows", () => {
    const page = pagePeople(
      article("en", "Reeves defends budget", [
        "Rachel Reeves has defended her budget against accusations that it broke Labour’s promises.",
        "Speaking on the Today programme, the chancellor said she had been left with no option.",
        "Keir Starmer, Prime Minister, spoke later. Anna Smith watched. The prime minister said nothing.",
      ]),
      "en",
    );
    expect(row(page, "Rachel Reeves")).toEqual(["Rachel Reeves", "chancellor", true]);
    // An office someone holds in the text before is theirs, not the one's named before it.
    expect(row(page, "Anna Smith")).toEqual(["Anna Smith", null, false]);
    // One written later may be another's: "the former prime minister".
    const later = pagePeople(
      article("en", "Revolt", [
        "Sir Keir Starmer is facing the biggest rebellion of his premiership.",
        "The prime minister told the Commons that the changes were right.",
        "Tony Blair, the former prime minister, urged Labour to hold its nerve.",
      ]),
      "en",
    );
    expect(row(later, "Keir Starmer")).toEqual(["Keir Starmer", "prime minister", true]);
  });

  it("gives a title of rank as a private role, and reads German ranks", () => {
    const en = pagePeople(article("en", "Royal visit", ["Prince William has met British troops stationed in Estonia."]), "en");
    expect(row(en, "Prince William")).toEqual(["Prince William", "Prince", false]);
    const de = pagePeople(
      article("de", "Heer", [
        "Generalleutnant Alfons Mais nahm als Beobachter teil. Der ukrainische Generalstabschef Oleksandr Syrskyj meldete neue Angriffe.",
      ]),
      "de",
    );
    expect(row(de, "Alfons Mais")).toEqual(["Alfons Mais", "Generalleutnant", true]);
    expect(row(de, "Oleksandr Syrskyj")?.[2]).toBe(true);
  });

  it("reads a British portfolio of nouns joined by 'and', and a second office after 'und'", () => {
    const en = pagePeople(
      article("en", "Welfare vote", [
        "The work and pensions secretary, Pat McFadden, met rebels on Tuesday. The culture, media and sport secretary Lisa Nandy stayed away.",
      ]),
      "en",
    );
    expect(row(en, "Pat McFadden")).toEqual(["Pat McFadden", "work and pensions secretary", true]);
    expect(row(en, "Lisa Nandy")).toEqual(["Lisa Nandy", "culture, media and sport secretary", true]);
    const de = pagePeople(
      article("de", "Rentenstreit", ["Friedrich Merz, der Bundeskanzler und CDU-Vorsitzende, versuchte zu schlichten."]),
      "de",
    );
    expect(row(de, "Friedrich Merz")?.[1]).toMatch(/^Bundeskanzler und CDU-Vorsitzende/);
  });

  it("reads a spokesperson's role across the title and name of the one they speak for", () => {
    const de = pagePeople(
      article("de", "Migration", ["Die Sprecherin von Innenminister Alexander Dobrindt, Anna Müller, wies die Berichte zurück."]),
      "de",
    );
    expect(row(de, "Anna Müller")).toEqual(["Anna Müller", "Sprecherin von Innenminister Alexander Dobrindt", true]);
    const en = pagePeople(
      article("en", "State Department", ["A spokeswoman for Secretary of State Marco Rubio, Tammy Bruce, declined to comment."]),
      "en",
    );
    expect(row(en, "Tammy Bruce")?.[2]).toBe(true);
  });

  it("reads a role noun in another's genitive before a comma as its body", () => {
    const de = pagePeople(
      article("de", "Haushalt", [
        "Der Vorsitzende der Demokraten im Senat, Chuck Schumer, kritisierte das Gesetz. Die Republikanerin Susan Collins stimmte zu.",
      ]),
      "de",
    );
    expect(row(de, "Chuck Schumer")).toEqual(["Chuck Schumer", "Vorsitzender der Demokraten im Senat", true]);
    expect(row(de, "Susan Collins")).toEqual(["Susan Collins", "Republikanerin", true]);
    const en = pagePeople(article("en", "Briefing", ["A spokesman for the president, Tom Hill, declined to comment."]), "en");
    expect(row(en, "Tom Hill")?.[1]).toBe("spokesman for the president");
  });

  it("takes the heads of employers' and sports associations for no officials", () => {
    const de = pagePeople(
      article("de", "Reaktionen", [
        "Arbeitgeberpräsident Rainer Dulger forderte Nachbesserungen. Uefa-Präsident Aleksander Čeferin wies die Kritik zurück.",
      ]),
      "de",
    );
    expect(de.people.map((p) => [p.name, p.official])).toEqual([
      ["Rainer Dulger", false],
      ["Aleksander Čeferin", false],
    ]);
  });

  it("takes no place after a name and its link for a person", () => {
    const page = pagePeople(
      article("en", "Newsom speaks", [
        "Gov. Gavin Newsom of California, a potential presidential candidate, criticised the pick.",
        "Detective Chief Inspector Jane Smith of Scotland Yard said the investigation was continuing.",
      ]),
      "en",
    );
    expect(page.people.map((p) => p.name)).toEqual(["Gavin Newsom", "Jane Smith"]);
  });

  it("gives a role between commas to the name after it, not to a place before it", () => {
    const page = pagePeople(
      article("en", "Philp attacks", [
        "In London, the shadow home secretary, Chris Philp, accused the government of being asleep at the wheel.",
      ]),
      "en",
    );
    expect(page.people.map((p) => [p.name, p.role, p.official])).toEqual([["Chris Philp", "shadow home secretary", true]]);
  });
});

describe("German shapes of names and titles", () => {
  it("keeps a name's first word after a title, and shares a compound's head cut short before 'und'", () => {
    const page = pagePeople(
      article("de", "Nahost", [
        "Israels Armeesprecher Effie Defrin sagte, man sei vorbereitet. Putin telefonierte mit Chinas Staats- und Parteichef Xi Jinping.",
      ]),
      "de",
    );
    expect(row(page, "Effie Defrin")).toEqual(["Effie Defrin", "Israels Armeesprecher", true]);
    expect(row(page, "Xi Jinping")).toEqual(["Xi Jinping", "Chinas Staats- und Parteichef", true]);
  });

  it("reads princes, clerical honorifics and negotiators", () => {
    const de = pagePeople(
      article("de", "Botschaften", [
        "König Charles III. und Prinz William schickten eine Botschaft. Ajatollah Ali Chamenei verurteilte die Angriffe. Der Hamas-Unterhändler Chalil al-Haja reiste nach Kairo.",
      ]),
      "de",
    );
    expect(row(de, "Prinz William")).toEqual(["Prinz William", "Prinz", false]);
    expect(de.find("Ali Chamenei")?.name).toBe("Ali Chamenei");
    expect(row(de, "Chalil al-Haja")).toEqual(["Chalil al-Haja", "Hamas-Unterhändler", true]);
    const en = pagePeople(article("en", "Strikes", ["Iran’s supreme leader, Ayatollah Ali Khamenei, condemned the strikes."]), "en");
    expect(row(en, "Ali Khamenei")).toEqual(["Ali Khamenei", "Iran’s supreme leader", true]);
  });
});

describe("aliases", () => {
  it("links initials written in capitals to the person named in full", () => {
    const page = pagePeople(
      article("en", "AOC hits back", [
        "Representative Alexandria Ocasio-Cortez, Democrat of New York, called the nomination an attack on the rule of law.",
        "AOC has repeatedly clashed with the White House.",
      ]),
      "en",
    );
    // The headline's initials too, before the name is written out.
    expect(page.said(page.find("Alexandria Ocasio-Cortez")!)).toEqual(["AOC", "Alexandria Ocasio-Cortez", "AOC"]);
  });
});
