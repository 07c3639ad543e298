// Probe shapes from British, American, German and Austrian news prose: namesakes sharing a surname,
// a party owning a name, roles after "then", whips, policy spokespeople and peers.
import { describe, expect, it } from "vitest";
import { pagePeople, article, row } from "./page-people";

describe("namesakes", () => {
  it("links an honorific and surname to the namesake named before it, not to a longer name written later", () => {
    const page = pagePeople(
      article("en", "Trump Says He Will Pardon Former Honduran President", [
        "President Trump said on Friday that he would pardon Juan Orlando Hernández, the former president of Honduras who is serving a 45-year prison sentence.",
        "Mr. Hernández, who led Honduras from 2014 to 2022, was convicted last year in Manhattan. The judge who sentenced Mr. Hernández called him a two-faced politician.",
        "Hernández's wife, Ana García de Hernández, thanked Mr. Trump in a post on X.",
      ]),
      "en",
    );
    const juan = page.find("Juan Orlando Hernández")!;
    expect(page.said(juan)).toEqual(["Juan Orlando Hernández", "Hernández", "Hernández", "Hernández"]);
    expect(page.said(page.find("Ana García de Hernández")!)).toEqual(["Ana García de Hernández"]);
  });
});

describe("owners", () => {
  it("makes a name a party owns a politician's, but not one a broadcaster owns", () => {
    const page = pagePeople(
      article("en", "Reeves defends budget tax rises", [
        "Labour's Emily Thornberry said the plan was flawed. Reform UK's Richard Tice said Reeves should resign.",
        "Speaking to Fox News' Bret Baier, Defense Secretary Pete Hegseth said the strikes would continue.",
      ]),
      "en",
    );
    expect(row(page, "Emily Thornberry")).toEqual(["Emily Thornberry", null, true]);
    expect(row(page, "Richard Tice")).toEqual(["Richard Tice", null, true]);
    expect(row(page, "Bret Baier")).toEqual(["Bret Baier", null, false]);
  });
});

describe("roles after the name", () => {
  it("reads a role after 'then' or 'new' as the apposition", () => {
    const page = pagePeople(
      article("en", "Honduran ex-leader convicted", [
        "Damian Williams, then the United States attorney in Manhattan, called the verdict a warning to corrupt leaders.",
        "“Well, then that would be quite different,” said a skeptical Robert Wolfarth, the trust’s new chairman.",
      ]),
      "en",
    );
    expect(row(page, "Damian Williams")).toEqual(["Damian Williams", "then the United States attorney in Manhattan", true]);
    expect(row(page, "Robert Wolfarth")?.[1]).toBe("trust’s new chairman");
  });

  it("reads a role after a party-and-state label, and a government's counsel as an office", () => {
    const page = pagePeople(
      article("en", "Hegseth faces bipartisan scrutiny", [
        "Sen. Roger Wicker (R-Miss.), the chair of the Armed Services Committee, and Sen. Jack Reed (D-R.I.), the panel's top Democrat, said they would conduct oversight.",
        "Former Pentagon general counsel Jeh Johnson said the legal justification was thin. Johnson served under Obama.",
      ]),
      "en",
    );
    expect(row(page, "Roger Wicker")).toEqual(["Roger Wicker", "chair of the Armed Services Committee", true]);
    expect(row(page, "Jack Reed")?.[2]).toBe(true);
    expect(row(page, "Jeh Johnson")).toEqual(["Jeh Johnson", "Former Pentagon general counsel", true]);
  });

  it("keeps a rank before a label when a relative clause after it only describes: 'who leads a bipartisan group'", () => {
    const page = pagePeople(
      article("en", "Moderates push for vote", [
        "Rep. Brian Fitzpatrick (R-Pa.), who leads a bipartisan group pushing a two-year extension, said he would keep pressing.",
      ]),
      "en",
    );
    expect(row(page, "Brian Fitzpatrick")).toEqual(["Brian Fitzpatrick", "Rep.", true]);
  });

  it("takes a letter after a preposition for the end of a sentence before a body's name", () => {
    const page = pagePeople(
      article("en", "Hegseth calls report fabricated", [
        "Hegseth called the report fabricated in a post on X. White House press secretary Karoline Leavitt said the admiral had acted within his authority.",
      ]),
      "en",
    );
    expect(page.people.map((p) => p.name)).toEqual(["Karoline Leavitt"]);
  });

  it("keeps a whip's title out of the name", () => {
    const page = pagePeople(
      article("en", "Johnson faces GOP revolt", [
        "House Minority Leader Hakeem Jeffries called the GOP's position cruel. Jeffries's deputy, Minority Whip Katherine Clark, said Democrats had the votes.",
      ]),
      "en",
    );
    expect(row(page, "Katherine Clark")).toEqual(["Katherine Clark", "Minority Whip", true]);
  });

  it("reads a baroness as a name's honorific", () => {
    const page = pagePeople(
      article("en", "Peers table amendments", [
        "Baroness Tanni Grey-Thompson, the Paralympian, said the amendments reflected serious concerns. Grey-Thompson's own amendments would require a second hearing.",
      ]),
      "en",
    );
    expect(page.said(page.find("Tanni Grey-Thompson")!)).toEqual(["Tanni Grey-Thompson", "Grey-Thompson"]);
  });
});

describe("German parliamentary roles", () => {
  it("makes the head of an American agency named by its initials an official", () => {
    const page = pagePeople(
      article("de", "Trump stoppt Asylentscheidungen", [
        "Der Schütze hatte nach Angaben von CIA-Direktor John Ratcliffe früher mit dem US-Geheimdienst zusammengearbeitet. Ratcliffes Behörde prüft nun ihre Unterlagen.",
      ]),
      "de",
    );
    expect(row(page, "John Ratcliffe")).toEqual(["John Ratcliffe", "CIA-Direktor", true]);
  });

  it("reads a role before a body's abbreviation in parentheses and a comma", () => {
    const page = pagePeople(
      article("de", "Union und SPD einigen sich beim Verbrenner-Aus", [
        "Die Präsidentin des Verbands der Automobilindustrie (VDA), Hildegard Müller, begrüßte die Einigung.",
      ]),
      "de",
    );
    expect(row(page, "Hildegard Müller")).toEqual(["Hildegard Müller", "Präsidentin des Verbands der Automobilindustrie", false]);
  });

  it("reads Austrian scholars and a security council's secretary", () => {
    const page = pagePeople(
      article("de", "Selenskyjs mächtigster Mann muss gehen", [
        "Diese Rolle übernimmt nun der Sekretär des Sicherheitsrats, Rustem Umjerow. Der Politikwissenschafter Gerhard Mangott sieht Selenskyj geschwächt.",
      ]),
      "de",
    );
    expect(row(page, "Rustem Umjerow")).toEqual(["Rustem Umjerow", "Sekretär des Sicherheitsrats", true]);
    expect(row(page, "Gerhard Mangott")).toEqual(["Gerhard Mangott", "Politikwissenschafter", false]);
  });

  it("makes budget politicians and policy spokespeople officials, but not an association's", () => {
    const page = pagePeople(
      article("de", "Klingbeil verteidigt neue Schulden", [
        "Die Grünen-Haushälterin Paula Piechotta warf der Koalition vor, Investitionsmittel zweckzuentfremden. Für die Union verteidigte der haushaltspolitische Sprecher Christian Haase die Pläne.",
        "Der wirtschaftspolitische Sprecher des BDI, Klaus Weber, sah das anders.",
      ]),
      "de",
    );
    expect(row(page, "Paula Piechotta")).toEqual(["Paula Piechotta", "Grünen-Haushälterin", true]);
    expect(row(page, "Christian Haase")).toEqual(["Christian Haase", "haushaltspolitischer Sprecher", true]);
    expect(row(page, "Klaus Weber")).toEqual(["Klaus Weber", "wirtschaftspolitischer Sprecher des BDI", false]);
  });
});
