// Errors a reader would notice on corpus pages nobody labelled: groups taken for people, roles cut short.
import { describe, expect, it } from "vitest";
import { readabilityPeople, textPeople, trafilaturaPeople } from "./page-people";

const page = trafilaturaPeople;
const readability = (name: string) => readabilityPeople(name);

describe("groups are no people", () => {
  it("takes no plural of a nationality for a person, nor its later mentions (corpus)", () => {
    const bbc = page("bbc.com.52241221.html", "en");
    expect(bbc.text).toContain("African Americans");
    expect(bbc.people.filter((p) => /Americans?$/u.test(p.name))).toEqual([]);
    expect(bbc.find("Anthony Fauci")).toBeDefined();
  });

  it("drops a nationality word before a name: no 'Turkish Wikipedia' (corpus)", () => {
    const wm = page("wikimediafoundation.org.turkey.html", "en");
    expect(wm.text).toContain("Turkish Wikipedia");
    expect(wm.people.map((p) => p.name)).not.toContain("Turkish Wikipedia");
    expect(textPeople("Russian Alexei Navalny said it. Navalny left.", "en").find("Navalny")?.name).toBe("Alexei Navalny");
  });

  it("takes a land after a given name for no person: 'white Christian America' (corpus)", () => {
    const ny = page("nymag.com.polarization.html", "en");
    expect(ny.text).toContain("white Christian America finds");
    expect(ny.people.filter((p) => p.name.includes("Christian"))).toEqual([]);
  });

  it("keeps a person whose surname is a nationality word after a given name", () => {
    const t = textPeople("Bill English, the former prime minister, said it. English left.", "en");
    expect(t.find("Bill English")?.mentions).toHaveLength(2);
    const nz = readabilityPeople("wikipedia-2");
    expect(nz.text).toContain("Australian English");
    expect(nz.people.filter((p) => / (?:English|Asian)$/u.test(p.name))).toEqual([]);
  });
});

describe("roles run to the end of their phrase", () => {
  it("keeps the nouns after a possessive and a body's name before the role (corpus)", () => {
    const bbc = page("bbc.com.52241221.html", "en");
    expect(bbc.find("Anthony Fauci")?.role).toBe("key member of the White House's coronavirus task force");
    const kersten = bbc.find("Jason Kersten");
    expect(kersten?.role).toBe("Department of Correction spokesman");
    expect(kersten?.official).toBe(true);
  });

  it("takes a role noun after the head as the head (corpus)", () => {
    expect(page("theguardian.com.academics.html", "en").find("Jo Grady")?.role).toBe("UCU general secretary");
  });

  it("keeps the owner's whole name before a possessive", () => {
    const t = textPeople("The Prime Minister's national security adviser Andrew Shearer declined.", "en");
    expect(t.find("Andrew Shearer")?.role).toBe("Prime Minister's national security adviser");
  });

  it("gives a German role in the genitive or dative in the nominative (corpus)", () => {
    const benko = page("finanzmarktwelt.de-Benko-Firma.html", "de");
    expect(benko.text).toContain("des bekannten österreichischen Immobilieninvestors Rene Benko");
    expect(benko.find("Rene Benko")?.role).toBe("bekannter österreichischer Immobilieninvestor");
    const t = textPeople("Er traf sich mit dem serbischen Präsidenten Aleksandar Vucic. Die Ministerin Anna Berg kam.", "de");
    expect(t.find("Aleksandar Vucic")?.role).toBe("serbischer Präsident");
    expect(t.find("Anna Berg")?.role).toBe("Ministerin");
  });
});

describe("owners and titles of several words", () => {
  it("reads a possessive as the owner of the role, not the role (corpus)", () => {
    const politico = page("politico.com.retirement.html", "en");
    expect(politico.find("Wayne King")?.role).toBe("congressman’s deputy chief of staff");
    expect(page("tomshardware.com.rtx.html", "en").people.map((p) => p.name)).not.toContain("Edition");
  });
});

describe("German particles and prepositions", () => {
  it("ends a name at 'von' after a surname: the body after it is no part of the name (corpus)", () => {
    const tg = page("tegernseerstimme.de-Klimavorreiter.html", "de");
    expect(tg.text).toContain("Gunnar Maaß von der Arbeitsgemeinschaft Fernwärme");
    expect(tg.people.map((p) => p.name)).toContain("Gunnar Maaß");
    expect(tg.find("Gunnar Maaß")?.mentions).toHaveLength(2);
    const t = textPeople("Ursula von der Leyen reiste ab. Richard von Weizsäcker blieb.", "de");
    expect(t.people.map((p) => p.name)).toEqual(["Ursula von der Leyen", "Richard von Weizsäcker"]);
  });

  it("joins a capitalised particle with its article: 'Alexander Van der Bellen' (corpus)", () => {
    const ex = page("exxpress.at-zaehne.html", "de");
    expect(ex.find("Alexander Van der Bellen")?.role).toBe("Bundespräsident");
  });

  it("takes no word after 'in' a policy noun for a politician: 'die Regierung in Zeiten von' (corpus)", () => {
    const gg = page("geschichtedergegenwart.ch.foucault.html", "de");
    expect(gg.text).toContain("Regierung in Zeiten von Covid-19");
    expect(gg.people.filter((p) => p.name.startsWith("Zeiten"))).toEqual([]);
  });

  it("takes the author's note closing the text for a credit (corpus)", () => {
    const wapo = readability("wapo-1");
    expect(wapo.text).toMatch(/\nErin Cunningham is an? /u);
    expect(wapo.find("Erin Cunningham")).toBeUndefined();
    // A note in italics with the author's addresses may be left out of the text as a closing note: no person either way.
    expect(readability("breitbart").find("Lucas Nolan")).toBeUndefined();
  });

  it("takes no 'von' after a word for a credit line (corpus)", () => {
    const gk = page("piratenpartei-mv.de.grundeinkommen.html", "de");
    expect(gk.text).toContain("Statements von Inge Hannemann");
    expect(gk.find("Inge Hannemann")).toBeDefined();
  });
});

describe("titles before and after names", () => {
  // A role with its body before a given name; "Justice" before a name as the judge's title.
  it.each([
    ["nationnews.com-schools.html", "Minister of Education Kay McConney", "Kay McConney", "Minister of Education"],
    ["timesofisrael.com.washington.html", "new Chief Justice Debra Stephens", "Debra Stephens", "new Chief Justice"],
  ])("%s: reads '%s' as an official's role (corpus)", (file, written, name, role) => {
    const p = page(file, "en");
    expect(p.text).toContain(written);
    expect(p.find(name)?.role).toBe(role);
    expect(p.find(name)?.official).toBe(true);
  });

  it("gives a title after a comma to the name after it, not to a place before it (corpus)", () => {
    const wapo = readability("wapo-2");
    expect(wapo.text).toContain("beloved in Israel, President Obama");
    expect(wapo.people.map((p) => p.name)).not.toContain("Israel");
  });

  it("takes unknown words between a determiner and a noun for a thing: 'A Gallup Korea poll' (corpus)", () => {
    const korea = readability("schema-org-context-object");
    expect(korea.text).toContain("A Gallup Korea poll");
    expect(korea.people.map((p) => p.name)).not.toContain("Gallup Korea");
  });

  it("runs a body's name over initials: 'the D.A. Davidson brokerage' (corpus)", () => {
    const st = readability("seattletimes-1");
    // "as a managing director at …": an "-ing" word inside the noun phrase is part of the title.
    expect(st.find("Tom Forte")?.role).toBe("managing director at the D.A. Davidson");
    expect(st.find("D.A. Davidson")).toBeUndefined();
  });

  it("reads initials written together: 'President George H.W. Bush' (corpus)", () => {
    const wapo = readability("wapo-2");
    expect(wapo.text).toContain("President George H.W. Bush");
    expect(wapo.find("George H.W. Bush")?.role).toBe("President");
    const t = textPeople("Vice President J.D. Vance met them in the U.S. Senate. Vance left. P.S. See you.", "en");
    expect(t.people.map((p) => [p.name, p.role])).toEqual([["J.D. Vance", "Vice President"]]);
    expect(t.said(t.people[0]!)).toEqual(["J.D. Vance", "Vance"]);
  });

  it("reads a role before an honorific: 'Chief Education Officer Dr Ramona Archer-Bradshaw' (corpus)", () => {
    const nn = page("nationnews.com-schools.html", "en");
    expect(nn.text).toContain("Chief Education Officer Dr Ramona Archer-Bradshaw");
    expect(nn.find("Ramona Archer-Bradshaw")?.role).toBe("Chief Education Officer");
    const t = textPeople("Prime Minister Sir Keir Starmer said talks would go on. Sir Keir left.", "en");
    expect(t.people.map((p) => [p.name, p.role, p.official])).toEqual([["Keir Starmer", "Prime Minister", true]]);
  });

  it("reads a capitalised title right before a name as an office: 'PAHO Director Carissa F. Etienne' (corpus)", () => {
    const paho = page("breakingbelizenews.com-paho.html", "en");
    expect(paho.text).toContain("Pan American Health Organization (PAHO) Director Carissa F. Etienne");
    expect(paho.find("Carissa F. Etienne")?.official).toBe(true);
    const t = textPeople(
      "Speaker Mike Johnson was cautious. Later Representative Jane Roe spoke, and a representative of the firm, John Doe, left.",
      "en",
    );
    expect(t.people.map((p) => [p.name, p.role, p.official])).toEqual([
      ["Mike Johnson", "Speaker", true],
      ["Jane Roe", "Representative", true],
      ["John Doe", "representative of the firm", false],
    ]);
    // At a sentence's start a noun the text also writes lower case is capitalised by its place only.
    const v = readability("videos-1");
    expect(v.text).toContain("Director David Lowery filmed");
    expect(v.find("David Lowery")?.official).toBe(false);
  });

  it("takes no sentence adverb nor model number for a name: 'Thus, a manager', 'Nachfolger Hy5 TT' (corpus)", () => {
    const bj = page("businessjargons.com.leadership.html", "en");
    expect(bj.text).toContain("Thus, a manager behavior");
    expect(bj.find("Thus")).toBeUndefined();
    const adac = page("adac.de.kindersitze.html", "de");
    expect(adac.text).toContain("Nachfolger Hy5 TT");
    expect(adac.find("Hy5")).toBeUndefined();
  });

  it("ends an organisation's name after its link: no 'Boycott Nixon' in 'Committee to Boycott Nixon' (corpus)", () => {
    const vv = page("villagevoice.com-Party.html", "en");
    expect(vv.text).toContain("Committee to Boycott Nixon");
    expect(vv.people.map((p) => p.name)).not.toContain("Boycott Nixon");
    const t = textPeople("Paul Johnson, the former director of the Institute for Fiscal Studies, said the numbers add up.", "en");
    expect(t.people.map((p) => p.name)).toEqual(["Paul Johnson"]);
  });

  it("reads the 'B.' of 'z. B.' as no initial (corpus)", () => {
    const aa = page("auswaertiges-amt.de-Italien.html", "de");
    expect(aa.text).toContain("(z. B. Europäischer Feuerwaffenpass)");
    expect(aa.people.filter((p) => p.name.startsWith("B. "))).toEqual([]);
  });

  it("reads an honorific without a period before a new name", () => {
    const t = textPeople("Yesterday Dr Ramona Bradshaw said hello. Mrs Smith left.", "en");
    expect(t.people.map((p) => p.name)).toEqual(["Ramona Bradshaw", "Smith"]);
  });
});

describe("roles read without their article", () => {
  it("give a role noun that is an adjective the determiner's gender: 'der CSU-Vorsitzende' → 'CSU-Vorsitzender' (corpus)", () => {
    const rtl = page("rtl.de-lockdown.html", "de");
    expect(rtl.text).toMatch(/der FDP-Vorsitzende Christian Lindner/iu);
    expect(rtl.find("Christian Lindner")?.role).toBe("FDP-Vorsitzender");
    const t = textPeople("Der CSU-Vorsitzende Markus Söder lobte ihn. Die frühere Grünen-Vorsitzende Ricarda Lang widersprach.", "de");
    expect(t.people.map((p) => [p.name, p.role])).toEqual([
      ["Markus Söder", "CSU-Vorsitzender"],
      ["Ricarda Lang", "frühere Grünen-Vorsitzende"],
    ]);
  });

  it("give German adjectives the ending they take without one, by the role noun's gender", () => {
    const t = textPeople(
      "Am Montag sprach Rubio mit seinem deutschen Kollegen Johann Wadephul. Stattdessen kam der stellvertretende Außenminister Christopher Landau. Die langjährige frühere Nato-Sprecherin Oana Lungescu schwieg. Das langjährige Mitglied Hans Meier ging.",
      "de",
    );
    expect(t.find("Johann Wadephul")?.role).toBe("deutscher Kollege");
    expect(t.find("Christopher Landau")?.role).toBe("stellvertretender Außenminister");
    expect(t.find("Oana Lungescu")?.role).toBe("langjährige frühere Nato-Sprecherin");
    expect(t.find("Hans Meier")?.role).toBe("langjähriges Mitglied");
  });
  it("leave English roles as written", () => {
    const t = textPeople("The former Secretary of State Hillary Clinton spoke.", "en");
    expect(t.find("Hillary Clinton")?.role).toBe("former Secretary of State");
  });
});

describe("tables and reference lists", () => {
  it("reads no name across a table's cells (corpus)", () => {
    const nz = readability("wikipedia-2");
    expect(nz.text).toContain("\n2 Wellington Wellington 418,500 12 New Plymouth Taranaki 58,300\n");
    expect(nz.text).toContain("14 Kapiti Wellington 42,700");
    const names = nz.people.map((p) => p.name);
    for (const joined of ["Wellington Wellington", "Kapiti Wellington", "Christchurch Canterbury", "Auckland Auckland"])
      expect(names).not.toContain(joined);
    // The same words in running text are a name where the surname stands alone elsewhere.
    expect(textPeople("We met Kapiti Wellington there. Wellington said so.", "en").find("Kapiti Wellington")).toBeDefined();
  });

  it("starts a new name at a given name after a table's cell (corpus)", () => {
    const mps = page("dailymail.co.uk.food.html", "en");
    expect(mps.text).toContain("\nNorth East Somerset Jacob Rees-Mogg jacob.reesmogg.mp@parliament.uk\n");
    expect(mps.find("Jacob Rees-Mogg")).toBeDefined();
    // A given name opens no place: "Amber Valley" is a constituency.
    expect(mps.text).toContain("\nAmber Valley Nigel Mills ");
    expect(mps.people.map((p) => p.name)).not.toContain("Amber Valley");
  });

  it("takes no place of a table's row for a name: 'Bishop Auckland', 'Filton and Bradley Stoke' (corpus)", () => {
    const mps = page("dailymail.co.uk.food.html", "en");
    expect(mps.text).toContain("\nBishop Auckland Dehenna Davison dehenna.davison.mp@parliament.uk\n");
    expect(mps.text).toContain("\nFilton and Bradley Stoke Jack Lopresti ");
    const names = mps.people.map((p) => p.name);
    expect(names.filter((n) => n.includes("Auckland") || n.includes("Stoke"))).toEqual([]);
    // The MPs of the other rows stay.
    expect(mps.find("Jacob Rees-Mogg")).toBeDefined();
    // A title before a name in a table's sentence still holds: "… pilot Captain Colter Stevens".
    const films = readability("wikipedia-4");
    expect(films.text).toContain("pilot Captain Colter Stevens repeatedly");
    expect(films.find("Colter Stevens")?.role).toBe("Captain");
  });

  it("keeps a name a sentence in a table's cell leads to (corpus)", () => {
    const films = readability("wikipedia-4");
    expect(films.text).toContain("The film, directed by Lijo Jose Pellissery, tells");
    expect(films.find("Lijo Jose Pellissery")).toBeDefined();
  });

  it("reads a word repeated from cell to cell as two cells: no 'Nelson Nelson' (corpus)", () => {
    const nz = readability("wikipedia-2");
    expect(nz.text).toContain("\n9 Nelson Nelson 67,500 ");
    expect(nz.people.map((p) => p.name)).not.toContain("Nelson Nelson");
  });

  it("takes a reference broken over two lines for one entry: no 'Film Festival Reviews' (corpus)", () => {
    const films = readability("wikipedia-4");
    expect(films.text).toContain('Hole In The Head Film Festival Reviews - Beyond Chron"\n. beyondchron.org. 5 November 2015. Retrieved');
    expect(films.people.filter((p) => p.name.includes("Festival"))).toEqual([]);
  });
});

describe("addresses and organisations", () => {
  it("takes no part of an e-mail address for a name (corpus)", () => {
    const mps = page("dailymail.co.uk.food.html", "en");
    expect(mps.text).toContain("Sir Oliver Heald Oliver.heald.mp@parliament.uk");
    expect(mps.find("Oliver Heald")?.name).toBe("Oliver Heald");
    expect(mps.text).toContain(" Owen Paterson Patersono@parliament.uk");
    expect(mps.find("Owen Paterson")?.name).toBe("Owen Paterson");
    // A footnote's number after a period is no address.
    const fte = page("fivethirtyeight.com.endorsement.html", "en");
    expect(fte.text).toContain("political scientist Boris Shor.3 And");
    expect(fte.find("Boris Shor")).toBeDefined();
  });

  it("takes a company's name for no person: 'Netscape Communications Corporation' (corpus)", () => {
    const mozilla = readability("wikipedia");
    expect(mozilla.text).toContain("\nFounder Netscape Communications Corporation\n");
    expect(mozilla.people.filter((p) => p.name.includes("Corporation"))).toEqual([]);
  });
});

describe("common words inside a name", () => {
  it("reads a common word between a given name and a table's next cell as no name: no 'Ross Dependency Tokelau' (corpus)", () => {
    const nz = readability("wikipedia-2");
    expect(nz.text).toContain("Subantarctic Islands) Ross Dependency Tokelau 15 islands");
    expect(nz.text).toContain("and the Ross Dependency, which is");
    expect(nz.people.filter((p) => /Dependency|Tokelau/u.test(p.name))).toEqual([]);
    // In running text only the last word counts: "Ross" before a common word is still a person.
    expect(textPeople("Diana Ross Tuesday said so.", "en").people).not.toEqual([]);
  });

  it("takes an English word with a common noun's ending for no surname (corpus)", () => {
    const nycha = page("citylimits.org-Nycha.html", "en");
    expect(nycha.text).toContain("Public Housing Preservation Trust, a new government entity");
    expect(nycha.people.filter((p) => p.name.includes("Preservation"))).toEqual([]);
    const blog = readability("firefox-nightly-blog");
    expect(blog.text).toContain("Making Marionette Fission compatible");
    expect(blog.people.filter((p) => p.name.includes("Fission"))).toEqual([]);
  });
});
