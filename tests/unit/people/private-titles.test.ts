// Offices of companies and clubs, organisations used as adjectives, and reference-list noise on corpus pages nobody labelled.
import { describe, expect, it } from "vitest";
import { readabilityPeople, textPeople, trafilaturaPeople } from "./page-people";

const snippet = trafilaturaPeople;
const readability = readabilityPeople;

describe("an office of a company or club is no public office", () => {
  it("takes a company's president for no official (corpus)", () => {
    const st = readability("seattletimes-1", "en");
    const besecker = st.find("Tyler Besecker");
    expect(besecker?.role).toContain("Company");
    expect(besecker?.official).toBe(false);
  });

  it("takes a sports club's president for no official (corpus)", () => {
    const hb = snippet("handball.ch-bruderduell.html", "de");
    const president = hb.people.find((p) => p.role?.startsWith("Präsident des BSV"));
    expect(president).toBeDefined();
    expect(president?.official).toBe(false);
  });

  it("keeps presidents of states and public bodies official", () => {
    const de = textPeople(
      "Der Präsident des Fußballvereins, Hans Gerber, schwieg. Vereinspräsident Uwe Kolb auch. US-Präsident Joe Biden sprach mit Präsident der Bundesbank Joachim Nagel.",
      "de",
    );
    expect(de.find("Uwe Kolb")?.official).toBe(false);
    expect(de.find("Joe Biden")?.official).toBe(true);
    const en = textPeople("Jane Roe, the president of Acme Corp, met Emmanuel Macron, the President of France.", "en");
    expect(en.find("Jane Roe")?.official).toBe(false);
    expect(en.find("Emmanuel Macron")?.official).toBe(true);
  });

  it("takes an office of a body the text names a company elsewhere for no public office (corpus)", () => {
    const mozilla = readability("wikipedia", "en");
    expect(mozilla.text).toContain("Tristan Nitot, president of Mozilla Europe, has said");
    expect(mozilla.text).toContain("Mozilla Corporation");
    const nitot = mozilla.find("Tristan Nitot");
    expect(nitot?.role).toBe("president of Mozilla Europe");
    expect(nitot?.official).toBe(false);
    // "Europe" and "Eurostar" do not start with the EU's stem: "eu" stands alone.
    const t = textPeople("Jane Roe, a spokeswoman for Eurostar, said so.", "en");
    expect(t.find("Jane Roe")?.role).toBe("spokeswoman for Eurostar");
    expect(t.find("Jane Roe")?.official).toBe(false);
  });

  it("keeps heads of states and public bodies official beside a company's name", () => {
    const en = textPeople(
      "Ann Lee of Acme Corporation met Ursula von der Leyen, the president of the European Commission, and Claudia Sheinbaum, the President of Mexico. Peter Stano, the EU spokesman, came.",
      "en",
    );
    expect(en.find("Ursula von der Leyen")?.official).toBe(true);
    expect(en.find("Claudia Sheinbaum")?.official).toBe(true);
    expect(en.find("Peter Stano")?.official).toBe(true);
    const de = textPeople("Andrea Nahles, die Präsidentin der Bundesagentur für Arbeit, sprach mit der Siemens AG.", "de");
    expect(de.find("Andrea Nahles")?.official).toBe(true);
  });

  it("counts a public body of several words only as the whole phrase (corpus)", () => {
    const bbc = trafilaturaPeople("bbc.com.52241221.html", "en");
    expect(bbc.find("Anthony Fauci")?.role).toBe("key member of the White House's coronavirus task force");
    expect(bbc.find("Anthony Fauci")?.official).toBe(true);
    const en = textPeople(
      "Jane Roe, a spokeswoman for United Airlines, said so. Ann Lee, a spokeswoman for the United Nations, agreed.",
      "en",
    );
    expect(en.find("Jane Roe")?.official).toBe(false);
    expect(en.find("Ann Lee")?.official).toBe(true);
    // "haus" alone is no body: a publishing house's spokeswoman is none of the White House.
    const de = textPeople(
      "Die Verlagshaus-Sprecherin Eva Kern schwieg. Karine Jean-Pierre, die Sprecherin des Weißen Hauses, sprach.",
      "de",
    );
    expect(de.find("Eva Kern")?.official).toBe(false);
    expect(de.find("Karine Jean-Pierre")?.official).toBe(true);
  });

  it("takes the head of an association's branch for no official (corpus)", () => {
    const diakonie = snippet("diakonie.de-Lebensgefühl.html", "de");
    expect(diakonie.find("Ulrich Lilie")?.role).toBe("Präsident der Diakonie Deutschland");
    expect(diakonie.find("Ulrich Lilie")?.official).toBe(false);
    const amnesty = snippet("amnesty.de-waffensysteme.html", "de");
    expect(amnesty.find("Agnès Callamard")?.role).toBe("Generalsekretärin von Amnesty International");
    expect(amnesty.find("Agnès Callamard")?.official).toBe(false);
    // A public body's word in the branch's name names the association: a community, no municipality.
    const kurds = snippet("d32ad974a4b04657bb6e4d91852bd52d.html", "de");
    expect(kurds.find("Ali Ertan Toprak")?.role).toBe("Präsident der Kurdischen Gemeinde Deutschland");
    expect(kurds.find("Ali Ertan Toprak")?.official).toBe(false);
  });

  it("keeps heads of public bodies official beside a branch's name (corpus)", () => {
    expect(snippet("bundesrat.de-erinnerungen.html", "de").find("Stephan Harbarth")?.official).toBe(true);
    const de = textPeople(
      "Frank-Walter Steinmeier, Präsident der Bundesrepublik Deutschland, sprach mit Andrea Nahles, Präsidentin der Bundesagentur für Arbeit, und Hans Gerber, Bürgermeister der Gemeinde Neuhausen.",
      "de",
    );
    for (const name of ["Frank-Walter Steinmeier", "Andrea Nahles", "Hans Gerber"]) expect(de.find(name)?.official).toBe(true);
    const en = textPeople(
      "Jane Roe, president of the International Olympic Committee, met Tom Poe, president of Transparency International.",
      "en",
    );
    expect(en.find("Jane Roe")?.official).toBe(true);
    expect(en.find("Tom Poe")?.official).toBe(false);
  });

  it("keeps an office public where a public body stands beside a company word", () => {
    const t = textPeople("Ann Lee, the president of the Senate Club, spoke.", "en");
    expect(t.find("Ann Lee")?.official).toBe(true);
  });
});

describe("a role noun with an inflection it does not take", () => {
  it("reads no 'Premiere' as a premier (corpus)", () => {
    const golf = snippet("golfpost.de-premiere.html", "de");
    expect(golf.text).toContain("Premiere beim Desert Swing");
    expect(golf.people.filter((p) => p.role?.includes("Premiere"))).toEqual([]);
    expect(textPeople("Der Premier Li Qiang reiste ab.", "de").find("Li Qiang")?.official).toBe(true);
  });
});

describe("bodies used as adjectives are no people", () => {
  it("takes 'Democratic House members' and 'one Commons Tory rebellion' for no person (corpus)", () => {
    const fte = snippet("fivethirtyeight.com.endorsement.html", "en");
    expect(fte.text).toContain("Democratic House members");
    expect(fte.people.filter((p) => p.name.includes("House"))).toEqual([]);
    const dm = snippet("dailymail.co.uk.food.html", "en");
    expect(dm.text).toContain("Commons Tory rebellion");
    expect(dm.people.filter((p) => p.name.includes("Commons"))).toEqual([]);
    expect(dm.find("Neil Parish")?.official).toBe(true);
  });

  it("takes 'the Commons' before a role for no person (corpus)", () => {
    const std = snippet("standard.co.uk.caribbean.html", "en");
    expect(std.text).toContain("Speaking in the Commons, the Conservative MP");
    expect(std.people.map((p) => p.name)).not.toContain("Commons");
  });
});

describe("names inside longer names and titles of things", () => {
  it("takes no place name's end for a person at a sentence's start: 'New Zealand Oxford Dictionary' (corpus)", () => {
    const nz = readability("wikipedia-2", "en");
    expect(nz.text).toContain(". New Zealand Oxford Dictionary.");
    expect(nz.people.filter((p) => p.name.includes("Zealand"))).toEqual([]);
    expect(nz.people.filter((p) => p.name.endsWith("Māori"))).toEqual([]);
    expect(nz.find("James Cook")).toBeDefined();
    expect(nz.find("Jacinda Ardern")).toBeDefined();
  });

  it("takes no licence after a title for a person: 'GNU Lesser General Public License' (corpus)", () => {
    const wiki = readability("wikipedia", "en");
    expect(wiki.text).toContain("GNU Lesser General Public License");
    expect(wiki.people.filter((p) => p.name.includes("License"))).toEqual([]);
    expect(wiki.find("Brendan Eich")).toBeDefined();
  });
});

describe("public offices the role words name", () => {
  it("takes an attorney-general and an opposition leader for officials (corpus)", () => {
    const hs = readability("herald-sun-1", "en");
    expect(hs.find("George Brandis")?.role).toBe("Attorney-General");
    expect(hs.find("George Brandis")?.official).toBe(true);
    expect(hs.find("Bill Shorten")?.role).toBe("Opposition Leader");
    expect(hs.find("Bill Shorten")?.official).toBe(true);
  });

  it("takes an Austrian party's spokesperson for an official (corpus)", () => {
    const ex = snippet("exxpress.at-zaehne.html", "de");
    expect(ex.find("Thomas Spalt")?.role).toBe("FPÖ-Kultursprecher");
    expect(ex.find("Thomas Spalt")?.official).toBe(true);
  });

  it("takes a legislature's name for no person: 'General Assembly' (corpus)", () => {
    const pol = snippet("politico.com.retirement.html", "en");
    expect(pol.text).toContain("General Assembly");
    expect(pol.people.map((p) => p.name)).not.toContain("Assembly");
    expect(pol.find("Mark Meadows")?.official).toBe(true);
  });

  it("reads people listed beside a name as no apposition: 'Lorenz, his secretary, his programmer' (corpus)", () => {
    const q = readability("quanta-1", "en");
    expect(q.text).toContain("Lorenz, his secretary, his programmer");
    const lorenz = q.find("Edward Norton Lorenz");
    expect(lorenz?.role).toBeNull();
    expect(lorenz?.official).toBe(false);
    expect(
      textPeople("It could have cleared the way for Jamie Casso, his son-in-law and chief of staff.", "en").find("Jamie Casso")?.role,
    ).toBe("son-in-law");
  });
});

describe("reference lists", () => {
  it("takes the authors of a reference list's entries for no people of the story (corpus)", () => {
    const nz = readability("wikipedia-2", "en");
    expect(nz.text).toContain('^ Hamer, David. "Seddon, Richard John".');
    expect(nz.text).toContain("^ Wilmshurst, J. M.; Hunt, T. L.;");
    const names = nz.people.map((p) => p.name);
    expect(names).not.toContain("Richard John");
    expect(names.filter((n) => /^\p{Lu}\. \p{Lu}$/u.test(n))).toEqual([]);
    expect(nz.find("James Cook")).toBeDefined();
    expect(nz.find("Edmund Hillary")).toBeDefined();
  });

  it("keeps the people of a film table beside the references (corpus)", () => {
    const films = readability("wikipedia-4", "en");
    expect(films.text).toContain("^ Matthew Jones; Joan Ormrod (2015)");
    expect(films.people.map((p) => p.name)).not.toContain("Joan Ormrod");
    expect(films.find("Bill Murray")).toBeDefined();
    expect(films.find("Claire Denis")).toBeDefined();
  });

  it("keeps a name beside a verb 'retrieved' in prose", () => {
    const t = textPeople("Divers retrieved 2 bodies, said Sheriff Tom Hale. Hale declined to comment.", "en");
    expect(t.find("Tom Hale")?.official).toBe(true);
  });
});
