// Cases found on news text written in the styles of German and English outlets: each on a real
// corpus page where one shows it, else on a short sentence.
import { describe, expect, it } from "vitest";
import { peopleRows, readabilityPeople, textPeople, trafilaturaPeople } from "./page-people";

const trafilatura = trafilaturaPeople;
const readability = readabilityPeople;
const people = peopleRows;

describe("roles in apposition", () => {
  it("reads a role after an age: 'Yoon, 63, a former chief prosecutor' (corpus)", () => {
    const page = readability("schema-org-context-object");
    const aged = page.find("Yoon Suk Yeol")!.mentions.filter((m) => page.text.startsWith(", 63, a former", m.end));
    expect(aged).toHaveLength(1);
    expect(people("Maria Gonzalez, 54, a federal worker in Maryland, said she had cut back.", "en")).toEqual([
      ["Maria Gonzalez", "federal worker in Maryland", false],
    ]);
  });

  it("reads a participle as an adjective of the role: 'a retired farmer' (corpus)", () => {
    expect(trafilatura("dailymail.co.uk.food.html", "en").find("Curry")?.role).toBe("retired farmer");
  });

  it("reads a role before a name that opens with a place: 'South Korean President', 'North Carolina Gov.' (corpus)", () => {
    expect(readability("schema-org-context-object").find("Yoon Suk Yeol")?.role).toBe("South Korean President");
    expect(people("Lower Saxony premier Olaf Lies called for calm.", "en")).toEqual([["Olaf Lies", "Lower Saxony premier", true]]);
  });

  it("reads a role that opens with a place: 'Kim Jong-un, the North Korean leader'", () => {
    expect(people("Kim Jong-un, the North Korean leader, did not attend.", "en")).toEqual([["Kim Jong-un", "North Korean leader", true]]);
  });

  it("reads a role with a club's name that is also a given name: 'Enzo Maresca, the Chelsea head coach'", () => {
    expect(people("Enzo Maresca, the Chelsea head coach, said his side had been second best.", "en")).toEqual([
      ["Enzo Maresca", "Chelsea head coach", false],
    ]);
  });

  it("takes no body that goes on for a party after the name (corpus)", () => {
    expect(trafilatura("womencantalksports.com.top10.html", "en").find("Christian Ponder")).toBeDefined();
    expect(readability("telegraph").find("Constantino Chiwenga")?.role).toBe("ZDF commander general");
    expect(people("Judge James E. Boasberg of the Federal District Court in Washington ruled.", "en")).toEqual([
      ["James E. Boasberg", "Judge", true],
    ]);
  });

  it("reads a role whose body's name runs up to the comma (corpus)", () => {
    expect(trafilatura("golf.de-augusta.html", "de").find("Cliff Roberts")).toBeDefined();
    expect(people("The governor of the Bank of England, Andrew Bailey, declined to comment.", "en")).toEqual([
      ["Andrew Bailey", "governor of the Bank of England", true],
    ]);
  });
});

describe("roles before a comma", () => {
  it("reads a role with an owner and a participle (corpus)", () => {
    const vv = trafilatura("villagevoice.com-Party.html", "en");
    expect([vv.find("Gerald Ford")?.role, vv.find("Gerald Ford")?.official]).toEqual(["Nixon’s appointed vice president", true]);
    expect(vv.find("Ivana")?.role).toBe("Trump’s first wife");
  });

  it("reads English nouns before a role noun: 'the sports minister', 'the club's sporting director'", () => {
    expect(
      people(
        "The sports minister, Stephanie Peacock, was there. The club's sporting director, Laurence Stewart, declined to comment.",
        "en",
      ),
    ).toEqual([
      ["Stephanie Peacock", "sports minister", true],
      ["Laurence Stewart", "club's sporting director", false],
    ]);
  });

  it("reads a role whose body's name holds a role word: 'A spokeswoman for the Justice Department, Abigail Jackson'", () => {
    expect(people("A spokeswoman for the Justice Department, Abigail Jackson, said so.", "en")).toEqual([
      ["Abigail Jackson", "spokeswoman for the Justice Department", true],
    ]);
  });

  it("reads a role after an owner whose name is also a given name: 'Chelsea's co-owner Todd Boehly'", () => {
    expect(people("Chelsea's co-owner Todd Boehly was not at the game.", "en")).toEqual([["Todd Boehly", "Chelsea's co-owner", false]]);
  });
});

describe("titles before a name", () => {
  it("cuts an abbreviated title from a place ending in a given name: 'North Carolina Gov. Josh Stein'", () => {
    const t = textPeople("Families are searching. North Carolina Gov. Josh Stein said 40 people were missing. Stein left.", "en");
    expect(t.people.map((p) => [p.name, t.said(p)])).toEqual([["Josh Stein", ["Josh Stein", "Stein"]]]);
  });

  it("keeps a place and its link out of the title: 'toured Buncombe County with Sen. Thom Tillis'", () => {
    expect(people("Stein toured Buncombe County with Sen. Thom Tillis on Monday.", "en")).toEqual([["Thom Tillis", "Sen.", true]]);
  });

  it("reads a title after a sentence ending in a given name: 'in Charlotte. Coach Dave Canales'", () => {
    const t = textPeople("Young visited a shelter in Charlotte. Coach Dave Canales said the team would donate.", "en");
    expect(t.find("Dave Canales")?.role).toBe("Coach");
  });

  it("reads a role before several honorifics: 'Der Klimaforscher Prof. Dr. Stefan Rahmstorf'", () => {
    expect(people("Der Klimaforscher Prof. Dr. Stefan Rahmstorf warnte vor Hitze.", "de")).toEqual([
      ["Stefan Rahmstorf", "Klimaforscher", false],
    ]);
  });

  it("takes no team or firm inside a role for a person (corpus)", () => {
    expect(trafilatura("womencantalksports.com.top10.html", "en").find("Christian Ponder")?.role).toBe("NFL quarterback");
    const t = textPeople(
      "Carolina Panthers quarterback Bryce Young visited a shelter. Biden's former secretary of state, Antony Blinken, spoke.",
      "en",
    );
    expect(t.people.map((p) => p.name)).toEqual(["Bryce Young", "Antony Blinken"]);
  });
});

describe("not people", () => {
  it("takes no land that owns an apposition for a listed name: 'Ms. Takaichi, Japan's first female leader'", () => {
    const t = textPeople("He met Prime Minister Sanae Takaichi of Japan. Ms. Takaichi, Japan's first female leader, agreed.", "en");
    expect(t.people.map((p) => p.name)).toEqual(["Sanae Takaichi"]);
  });

  it("takes no company inside a role after a name: '…, the former chief executive of Goldman Sachs, said'", () => {
    const t = textPeople("Lloyd Blankfein, the former chief executive of Goldman Sachs, said markets were calm.", "en");
    expect(t.people.map((p) => p.name)).toEqual(["Lloyd Blankfein"]);
  });
});

describe("names", () => {
  it("keeps a father's given name after a particle in the name", () => {
    const t = textPeople("Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani met envoys.", "en");
    expect(t.people.map((p) => [p.name, p.role])).toEqual([["Mohammed bin Abdulrahman Al Thani", "Qatar's Prime Minister"]]);
  });

  it("keeps a regnal number in the name, not in a later mention (corpus)", () => {
    const wiki = readability("wikipedia-2");
    expect(wiki.find("Elizabeth II")?.role).toBe("Queen");
    const t = textPeople("Pope Leo XIV called for peace. Leo spoke in Rome. World War II ended.", "en");
    expect(t.people.map((p) => [p.name, t.said(p)])).toEqual([["Leo XIV", ["Leo XIV", "Leo"]]]);
  });

  it("links a family name written first: 'Wang Wentao' … 'Wang said' (corpus)", () => {
    const page = readability("schema-org-context-object");
    expect(page.said(page.find("Yoon Suk Yeol")!).filter((m) => m === "Yoon").length).toBeGreaterThan(20);
    const t = textPeople("Commerce Minister Wang Wentao met Maros Sefcovic. Wang said Beijing wanted dialogue.", "en");
    expect(t.said(t.find("Wang Wentao")!)).toEqual(["Wang Wentao", "Wang"]);
  });

  it("links a whole name once, not its words apart (corpus)", () => {
    const page = trafilatura("Popkultur.de-Schauspieler.html", "de");
    expect(page.said(page.find("Wentworth Miller")!)).not.toContain("Wentworth");
    const golf = trafilatura("golf.de-augusta.html", "de");
    expect(golf.said(golf.find("Lee Elder")!)).not.toContain("Lee");
  });

  it("knows given names ending in -s, which a German genitive would cut off: 'Denys Schmyhal'", () => {
    const t = textPeople("Verteidigungsminister Boris Pistorius will seinen ukrainischen Amtskollegen Denys Schmyhal treffen.", "de");
    expect(t.find("Denys Schmyhal")?.official).toBe(true);
  });
});

describe("role nouns", () => {
  it("reads German roles of local politics, courts and culture", () => {
    expect(
      people(
        "Gemeinderätin Sabine Kuhn (Grüne) war dagegen. Stadtkämmerer Jürgen Weiß rechnet. Oberstaatsanwältin Hildegard Bäumler-Hösl widersprach. Die Kabarettistin Carolin Kebekus lachte.",
        "de",
      ),
    ).toEqual([
      ["Sabine Kuhn", "Gemeinderätin (Grüne)", true],
      ["Jürgen Weiß", "Stadtkämmerer", true],
      ["Hildegard Bäumler-Hösl", "Oberstaatsanwältin", true],
      ["Carolin Kebekus", "Kabarettistin", false],
    ]);
    expect(trafilatura("dubisthalle.de-Intendanten-Wechsel.html", "de").find("Karola Wille")?.role).toBe("Intendantin");
  });

  it("reads English roles of schools, sport and protest", () => {
    expect(
      people("Headteacher Mark Evans said so. Organiser Tommy Robinson was absent. Carolina Panthers quarterback Bryce Young came.", "en"),
    ).toEqual([
      ["Mark Evans", "Headteacher", false],
      ["Tommy Robinson", "Organiser", false],
      ["Bryce Young", "Carolina Panthers quarterback", false],
    ]);
  });
});

describe("officials", () => {
  it("makes someone's spokesperson as official as the person: 'seine Sprecherin'", () => {
    const t = textPeople("US-Präsident Donald Trump ließ über seine Sprecherin Karoline Leavitt mitteilen, er sei offen.", "de");
    expect(t.find("Karoline Leavitt")?.official).toBe(true);
    const e = textPeople("Jamie Dimon, the bank's chief executive, spoke. His spokesman, Joe Evans, declined to comment.", "en");
    expect(e.find("Joe Evans")?.official).toBe(false);
  });

  it("reads a public body at the end of a German compound: 'des Innenministeriums', 'des Ordnungsamts'", () => {
    const t = textPeople(
      "Das sagte der Sprecher des Innenministeriums, Max Berger. Der Leiter des Ordnungsamts, Ralf Mayer, bestätigte das. Der Sprecher des Fußballverbands, Tim Kunz, schwieg.",
      "de",
    );
    expect(t.people.map((p) => [p.name, p.official])).toEqual([
      ["Max Berger", true],
      ["Ralf Mayer", true],
      ["Tim Kunz", false],
    ]);
  });

  it("makes a nation's leader or official one: 'Russian leader Vladimir Putin', 'Hamas official Basem Naim'", () => {
    expect(
      people("Russian leader Vladimir Putin spoke. Hamas official Basem Naim spoke. The Australian captain Pat Cummins smiled.", "en"),
    ).toEqual([
      ["Vladimir Putin", "Russian leader", true],
      ["Basem Naim", "Hamas official", true],
      ["Pat Cummins", "Australian captain", false],
    ]);
  });

  it("keeps sport and business private: referees, team captains, industry federations; a central bank is public", () => {
    expect(people("Former Arsenal captain Tony Adams watched. The referee, Michael Oliver, booked five players.", "en")).toEqual([
      ["Tony Adams", "Former Arsenal captain", false],
      ["Michael Oliver", "referee", false],
    ]);
    expect(
      people("Schiedsrichter Felix Zwayer pfiff. BDI-Präsident Peter Leibinger und EZB-Chefin Christine Lagarde kamen.", "de"),
    ).toEqual([
      ["Felix Zwayer", "Schiedsrichter", false],
      ["Peter Leibinger", "BDI-Präsident", false],
      ["Christine Lagarde", "EZB-Chefin", true],
    ]);
  });

  it("knows parties and central banks, and keeps the Red Cross private", () => {
    expect(people("Nigel Farage, the Reform UK leader, spoke. The Fed chair, Jerome Powell, warned.", "en")).toEqual([
      ["Nigel Farage", "Reform UK leader", true],
      ["Jerome Powell", "Fed chair", true],
    ]);
    expect(people("Der Präsident des Bayerischen Roten Kreuzes, Theo Zellner, lobte die Helfer.", "de")).toEqual([
      ["Theo Zellner", "Präsident des Bayerischen Roten Kreuzes", false],
    ]);
  });
});
