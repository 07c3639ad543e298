// Associations' heads are no officials, however their offices are called; a party's spokesperson
// for a brief is one. Roles given through "as" and an employer after "an der" / "at".
import { describe, expect, it } from "vitest";
import { article, pagePeople, row } from "./page-people";

describe("a party's spokesperson or expert for a brief", () => {
  it("keeps a noun in '-ing' and the party before the spokesperson: 'Sinn Féin housing spokesman'", () => {
    const page = pagePeople(
      article("en", "Government accused of 'abject failure' on housing", [
        "Sinn Féin housing spokesman Eoin Ó Broin said the figures were “a damning indictment” of the Coalition.",
        "Labour housing spokeswoman Rebecca Moynihan called for an emergency budget.",
      ]),
      "en",
    );
    expect(row(page, "Eoin Ó Broin")).toEqual(["Eoin Ó Broin", "Sinn Féin housing spokesman", true]);
    expect(row(page, "Rebecca Moynihan")).toEqual(["Rebecca Moynihan", "Labour housing spokeswoman", true]);
  });

  it("reads a party's adjective before an expert: 'der grüne Innenexperte'", () => {
    const page = pagePeople(
      article("de", "Streit über Mietpreisbremse", [
        "Der grüne Innenexperte Konstantin von Notz nannte den Streit »peinlich«.",
        "Die sozialdemokratische Rechtsexpertin Carmen Wegge widersprach.",
        "Der Experte Hans Grün vom Mieterverein sah das anders.",
      ]),
      "de",
    );
    expect(row(page, "Konstantin von Notz")).toEqual(["Konstantin von Notz", "grüner Innenexperte", true]);
    expect(row(page, "Carmen Wegge")?.[2]).toBe(true);
    expect(row(page, "Hans Grün")?.[2]).toBe(false);
  });
});

describe("roles given through 'as'", () => {
  it("reads the office after 'serving as', 'appointed', 'elected' and a sentence's opening 'As'", () => {
    const page = pagePeople(
      article("en", "Budget reaction", [
        "Rachel Reeves, serving as chancellor since July 2024, said the changes were fair.",
        "Keir Starmer, elected Labour leader in 2020, backed her.",
        "Pat McFadden, appointed minister in September, agreed.",
        "As mayor, Sadiq Khan has long called for more powers.",
      ]),
      "en",
    );
    expect(row(page, "Rachel Reeves")).toEqual(["Rachel Reeves", "chancellor", true]);
    expect(row(page, "Keir Starmer")).toEqual(["Keir Starmer", "Labour leader", true]);
    // A month after the role is its date, no body of it.
    expect(row(page, "Pat McFadden")).toEqual(["Pat McFadden", "minister", true]);
    expect(row(page, "Sadiq Khan")).toEqual(["Sadiq Khan", "mayor", true]);
  });

  it("takes no description after 'as' for a role: 'as a friend to women'", () => {
    const page = pagePeople(
      article("en", "Tech's allies", ["Most of them trumpeted themselves as Feminist Allies, as a friend to women in tech."]),
      "en",
    );
    expect(page.find("Feminist Allies")).toBeUndefined();
  });
});

describe("associations, unions and lobbies", () => {
  it("keeps the president of an association named by a compound on 'bund' private, and the federal one public", () => {
    const page = pagePeople(
      article("de", "Mietpreisbremse: Koalition streitet", [
        "»Wer die Bremse auslaufen lässt, lässt Millionen Mieter im Stich«, sagte Lukas Siebenkotten, Präsident des Deutschen Mieterbunds.",
        "Hans Müller, Präsident des Bauernverbands Hessen, sprach von einem »Tag der Wut«.",
        "Bundespräsident Frank-Walter Steinmeier mahnte zur Einigung.",
      ]),
      "de",
    );
    expect(row(page, "Lukas Siebenkotten")).toEqual(["Lukas Siebenkotten", "Präsident des Deutschen Mieterbunds", false]);
    expect(row(page, "Hans Müller")?.[2]).toBe(false);
    expect(row(page, "Frank-Walter Steinmeier")).toEqual(["Frank-Walter Steinmeier", "Bundespräsident", true]);
  });

  it("keeps heads of unions and of bodies known only by initials private, and states' public", () => {
    const page = pagePeople(
      article("en", "Farmers and unions react to Reeves' tax plans", [
        "Tom Bradshaw, president of the National Farmers' Union, said the measure would “rip the heart out of family farms”.",
        "Paul Nowak, general secretary of the TUC, welcomed the rise. Derrick Johnson, president of the NAACP, voiced support.",
        "Shawn Fain, president of the United Auto Workers, spoke at a rally.",
        "Mathias Cormann, secretary-general of the OECD, and Vladimir Putin, President of the Russian Federation, were not asked.",
      ]),
      "en",
    );
    expect(row(page, "Tom Bradshaw")).toEqual(["Tom Bradshaw", "president of the National Farmers' Union", false]);
    expect(row(page, "Paul Nowak")?.[2]).toBe(false);
    expect(row(page, "Derrick Johnson")?.[2]).toBe(false);
    expect(row(page, "Shawn Fain")?.[2]).toBe(false);
    expect(row(page, "Mathias Cormann")?.[2]).toBe(true);
    expect(row(page, "Vladimir Putin")?.[2]).toBe(true);
  });
});

describe("a president compounded with a body's name", () => {
  it("keeps an association's president private, a state's, a party's or a central bank's public", () => {
    const page = pagePeople(
      article("de", "Zölle: Industrie fordert Entlastung", [
        "Swissmem-Präsident Martin Hirzel warnte vor Stellenabbau. Auch SFV-Vizepräsident Hans Meier äußerte sich.",
        "US-Präsident Donald Trump verteidigte die Zölle. SNB-Präsident Martin Schlegel schloss Negativzinsen nicht aus.",
        "Mitte-Präsident Gerhard Pfister und Ex-Präsident Joachim Gauck meldeten sich ebenfalls zu Wort.",
      ]),
      "de",
    );
    expect(row(page, "Martin Hirzel")).toEqual(["Martin Hirzel", "Swissmem-Präsident", false]);
    expect(row(page, "Hans Meier")?.[2]).toBe(false);
    expect(row(page, "Donald Trump")?.[2]).toBe(true);
    expect(row(page, "Martin Schlegel")?.[2]).toBe(true);
    expect(row(page, "Gerhard Pfister")?.[2]).toBe(true);
    expect(row(page, "Joachim Gauck")?.[2]).toBe(true);
  });
});

describe("the level of an association's office", () => {
  it("reads 'Bundes-' before a chair as the level when an association follows, not as the federation", () => {
    const page = pagePeople(
      article("de", "GDL kündigt Warnstreik an", [
        "Detlef Neuß, Bundesvorsitzender des Fahrgastverbands Pro Bahn, sprach von einem »schwarzen Tag für Pendler«.",
        "Der Landesvorsitzende der CDU, Manuel Hagel, forderte eine Schlichtung.",
      ]),
      "de",
    );
    expect(row(page, "Detlef Neuß")).toEqual(["Detlef Neuß", "Bundesvorsitzender des Fahrgastverbands Pro Bahn", false]);
    expect(row(page, "Manuel Hagel")).toEqual(["Manuel Hagel", "Landesvorsitzender der CDU", true]);
  });
});

describe("a party's spokesperson owned with a bare apostrophe", () => {
  it("reads 'the opposition Conservatives' transport spokesman, Richard Holden'", () => {
    const page = pagePeople(
      article("en", "UK rail fares to be frozen", [
        "The opposition Conservatives' transport spokesman, Richard Holden, said the freeze was “a pre-budget gimmick”.",
      ]),
      "en",
    );
    expect(row(page, "Richard Holden")).toEqual(["Richard Holden", "Conservatives' transport spokesman", true]);
  });
});

describe("a union's name beside an office", () => {
  it("takes no word inside a union's name for a company's, and no 'Fed' in 'Federation'", () => {
    const page = pagePeople(
      article("en", "Teachers union sues Trump administration over school funding freeze", [
        "“This is theft from our kids,” Randi Weingarten, president of the American Federation of Teachers, said in a statement.",
        "Education Secretary Linda McMahon defended the freeze. Becky Pringle, president of the National Education Association, said the union would join the suit.",
        "The American ambassador, John Smith, was not asked.",
      ]),
      "en",
    );
    expect(row(page, "Randi Weingarten")).toEqual(["Randi Weingarten", "president of the American Federation of Teachers", false]);
    expect(row(page, "Linda McMahon")).toEqual(["Linda McMahon", "Education Secretary", true]);
    expect(row(page, "Becky Pringle")?.[2]).toBe(false);
    expect(row(page, "John Smith")?.[2]).toBe(true);
  });
});

describe("an employer after the role", () => {
  it("keeps 'an der Charité' in a scientist's role after a title before the name", () => {
    const page = pagePeople(
      article("de", "Neue Variante", [
        "Dr. Anna Schmidt, Virologin an der Charité, hält die Variante für harmlos.",
        "Der Sprachpreis ging an Josef Kraus, den früheren Präsidenten des Lehrerverbands.",
      ]),
      "de",
    );
    expect(row(page, "Anna Schmidt")).toEqual(["Anna Schmidt", "Virologin an der Charité", false]);
    // A prize given "an" someone names no body with them.
    expect(page.find("Josef Kraus")).toBeDefined();
  });

  it("runs a role over a lower-case field to its employer: 'director of advocacy at Focus Ireland'", () => {
    const page = pagePeople(
      article("en", "Homeless figures", [
        "Mike Allen, director of advocacy at Focus Ireland, said the charity was seeing record numbers.",
        "Maria Lopez, a mother of three in Lubbock, said she could not find a home.",
      ]),
      "en",
    );
    expect(row(page, "Mike Allen")).toEqual(["Mike Allen", "director of advocacy at Focus Ireland", false]);
    expect(page.find("Focus Ireland")).toBeUndefined();
    expect(row(page, "Maria Lopez")?.[1]).toBe("mother");
  });
});
