// Focused cases: each on a real corpus page where one shows it, else on a short sentence.
import { describe, expect, it } from "vitest";
import { goldPages } from "../../../bench/corpus";
import { pagePeople, textPeople } from "./page-people";

const gold = new Map(goldPages().map((g) => [g.id, g]));
const page = (id: string) => {
  const g = gold.get(id)!;
  return pagePeople(g.html, g.lang, g.url);
};

describe("particles", () => {
  it("keeps French and Italian particles in the name (corpus)", () => {
    const hb = page("handelsblatt.com.grenzschliessungen");
    expect(hb.find("Jean-Yves Le Drian")?.official).toBe(true);
    expect(hb.said(hb.find("Jean-Yves Le Drian")!)).toContain("Le Drian");
    expect(hb.find("Amélie de Montchalin")?.role).toBe("Europaministerin");
    expect(page("spiegel.de.albtraum").find("Giovanni di Lorenzo")).toBeDefined();
  });

  it("joins 'von der' and links a sentence-initial 'Von der Leyen'", () => {
    const t = textPeople("EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Von der Leyen sagte, es helfe.", "de");
    const p = t.find("Ursula von der Leyen")!;
    expect(p.official).toBe(true);
    expect(t.said(p)).toEqual(["Ursula von der Leyen", "Von der Leyen"]);
  });
});

describe("initials, genitives and honorifics", () => {
  it("reads initials inside a name (corpus)", () => {
    const ny = page("nytimes-1");
    expect(ny.find("Donald J. Trump")).toBeDefined();
    expect(textPeople("President Joseph R. Biden spoke. Biden left.", "en").find("Joseph R. Biden")?.mentions).toHaveLength(2);
  });

  it("reads initials written as two capitals after a title, and a generation suffix", () => {
    const t = textPeople(
      "Yesterday, Vice President JD Vance praised it. Vance left. Chief Justice John G. Roberts Jr. wrote it. Roberts left.",
      "en",
    );
    expect(t.people.map((p) => [p.name, p.role, t.said(p)])).toEqual([
      ["JD Vance", "Vice President", ["JD Vance", "Vance"]],
      ["John G. Roberts Jr.", "Chief Justice", ["John G. Roberts Jr.", "Roberts"]],
    ]);
    // A party's letters before a given name are no initials.
    expect(textPeople("Ayer la diputada PS Emilia Nuyado habló.", "es").find("Emilia Nuyado")).toBeDefined();
  });

  it("links German genitives to the person (corpus and seed)", () => {
    const sp = page("spiegel.de.albtraum");
    const moreno = sp.find("Juan Moreno")!;
    expect(sp.said(moreno)).toEqual(expect.arrayContaining(["Moreno", "Morenos"]));
    expect(sp.people.filter((p) => p.name.startsWith("Juan Moreno"))).toHaveLength(1);
  });

  it("links honorific mentions (corpus)", () => {
    const bbc = page("bbc-1");
    expect(bbc.said(bbc.find("Barack Obama")!)).toContain("Obama");
    const ny = page("nytimes-1");
    expect(ny.find("Bashir")?.name).toBe("Omar Hassan al-Bashir");
    const t = textPeople("Sen. Elizabeth Warren (D-Mass.) objected. Ms. Warren said so.", "en");
    expect(t.find("Elizabeth Warren")?.role).toBe("Sen.");
    expect(t.said(t.find("Elizabeth Warren")!)).toContain("Warren");
  });
});

describe("roles and officials", () => {
  it("reads British opposition roles: 'The shadow chancellor, Mel Stride', 'The Liberal Democrat leader, Ed Davey'", () => {
    const t = textPeople("The shadow chancellor, Mel Stride, said no. The Liberal Democrat leader, Ed Davey, called for a U-turn.", "en");
    expect(t.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Mel Stride", "shadow chancellor", true],
      ["Ed Davey", "Liberal Democrat leader", true],
    ]);
  });

  it("reads a role with the place it stands for: 'the senator from Kentucky, Rand Paul'", () => {
    const t = textPeople("The budget passed, the senator from Kentucky, Rand Paul, wrote on Friday. Paul voted no.", "en");
    expect(t.find("Rand Paul")?.role).toBe("senator from Kentucky");
    expect(t.find("Rand Paul")?.official).toBe(true);
  });

  it("makes a commission's spokesman an official: 'A spokesman for the commission, Olof Gill'", () => {
    const t = textPeople("A spokesman for the commission, Olof Gill, declined to comment. Gill left.", "en");
    expect([t.find("Olof Gill")?.role, t.find("Olof Gill")?.official]).toEqual(["spokesman for the commission", true]);
  });

  it("decomposes German compounds by their ending", () => {
    const t = textPeople(
      "Vize-Regierungssprecherin Christiane Hoffmann sagte, Bundesgesundheitsminister Karl Lauterbach komme. Konzernsprecher Peter Weber schwieg.",
      "de",
    );
    expect(t.find("Christiane Hoffmann")?.official).toBe(true);
    expect(t.find("Karl Lauterbach")?.role).toBe("Bundesgesundheitsminister");
    expect(t.find("Peter Weber")?.official).toBe(false);
  });

  it("takes a role in apposition (corpus)", () => {
    const ts = page("tagesschau.de.rheinmetall");
    const lindner = ts.find("Tobias Lindner")!;
    expect(lindner.role).toBe("sicherheitspolitischer Sprecher der Grünen im Bundestag");
    expect(lindner.official).toBe(true);
    const t = textPeople("Marco Rubio, the secretary of state, spoke.", "en");
    expect(t.find("Marco Rubio")?.role).toBe("secretary of state");
  });

  it("reads a role in a relative clause, but not another person's title there", () => {
    const t = textPeople(
      "Thomas Berg, der seit 2019 Vorsitzender der SPD-Fraktion ist, sprach. Anna Weber, die mit Kanzler Scholz sprach, lachte.",
      "de",
    );
    expect(t.find("Thomas Berg")?.role).toBe("Vorsitzender der SPD-Fraktion");
    expect(t.find("Thomas Berg")?.official).toBe(true);
    expect(t.find("Anna Weber")?.role).toBeNull();
    const e = textPeople("John Smith, who is the secretary of state, spoke.", "en");
    expect(e.find("John Smith")?.role).toBe("secretary of state");
  });

  it("gives no one a plural role", () => {
    const t = textPeople("The show's judges Melanie Brown and Rita Ora agreed.", "en");
    expect(t.find("Melanie Brown")?.official).toBe(false);
    expect(t.find("Melanie Brown")?.role).toBeNull();
  });

  it("keeps former roles, as they read without their article", () => {
    const t = textPeople("Der ehemalige Bundeskanzler Gerhard Schröder schwieg. Former Secretary of State Hillary Clinton spoke.", "de");
    expect(t.find("Gerhard Schröder")?.role).toBe("ehemaliger Bundeskanzler");
    expect(t.find("Gerhard Schröder")?.official).toBe(true);
  });

  it("makes listed politicians officials (corpus)", () => {
    const hb = page("handelsblatt.com.grenzschliessungen");
    for (const name of ["Adenauer", "Brandt", "Schmidt", "Schröder", "Genscher", "Steinmeier"]) {
      expect(hb.find(name)?.official, name).toBe(true);
    }
  });

  it("keeps experts, executives and artists private", () => {
    const t = textPeople("Tesla CEO Elon Musk was there; Musk said nothing. The analyst Priya Sharma agreed.", "en");
    expect(t.find("Elon Musk")?.official).toBe(false);
    expect(t.find("Priya Sharma")?.official).toBe(false);
    const faz = page("faz.net.streaming");
    expect(faz.people.filter((p) => p.official)).toHaveLength(0);
  });
});

describe("not people", () => {
  it("skips place adjectives, genitives of places, months and weekdays", () => {
    const t = textPeople("Die Brüsseler Behörde und Russlands Armee warteten im Mai. Am Montag sprach Rubio.", "de");
    expect(t.people).toEqual([]);
  });

  it("skips German nouns beside a name (corpus)", () => {
    const sp = page("spiegel.de.albtraum");
    expect(sp.people.map((p) => p.name)).not.toContain("Milizmänner Relotius");
    expect(sp.find("Relotius")?.name).toBe("Claas Relotius");
  });

  it("skips bylines and credits (corpus)", () => {
    const ts = page("tagesschau.de.rheinmetall");
    expect(ts.find("Volkmar Kabisch")).toBeUndefined();
    expect(ts.find("Benedikt Strunz")).toBeUndefined();
  });

  it("skips bands listed among people (corpus)", () => {
    expect(page("faz.net.streaming").find("Rammstein")).toBeUndefined();
  });
});

describe("French, Spanish and Italian (started)", () => {
  it.each([
    ["fr", "Le président Emmanuel Macron a reçu la porte-parole du gouvernement Maud Bregeon.", "Emmanuel Macron"],
    ["es", "El presidente Pedro Sánchez habló con la ministra Yolanda Díaz.", "Pedro Sánchez"],
    ["it", "Il ministro Antonio Tajani ha incontrato il sindaco Roberto Gualtieri.", "Antonio Tajani"],
  ])("%s", (lang, text, name) => {
    const p = textPeople(text, lang).find(name);
    expect(p?.official).toBe(true);
  });
});
