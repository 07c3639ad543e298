// Owners named only in the genitive, chambers and institutes that are no public office, dotted
// offices ("U.S. attorney"), places inside roles ("Middle East envoy") and prose that opens with a
// credit word: cases from wire, broadcaster and magazine articles in both languages.
import { describe, expect, it } from "vitest";
import { article, pagePeople } from "./page-people";

const rows = (lang: string, headline: string, paragraphs: string[]) =>
  pagePeople(article(lang, headline, paragraphs), lang).people.map((p) => [p.name, p.role, p.official]);

describe("owners named only in the genitive", () => {
  it("makes the owner of a spokesperson or of a predecessor a person", () => {
    expect(
      rows("de", "Drohnen über Flughäfen: Dobrindt will Abschuss erlauben", [
        "Hinter vielen Vorfällen vermuten Sicherheitsbehörden Russland. Putins Sprecher Dmitri Peskow wies das zurück: Die Vorwürfe seien „haltlos“.",
        "Kremls Sprecher Peskow hatte schon im Sommer ähnlich argumentiert.",
      ]),
    ).toEqual([
      ["Putin", null, false],
      // Official as the Kremlin's spokesman, not as Putin's.
      ["Dmitri Peskow", "Putins Sprecher", true],
    ]);
    expect(
      rows("en", "Kremlin rejects peace plan", [
        "Putin's spokesman Dmitry Peskov said Moscow had not received the plan. Trump's predecessor Joe Biden said it rewarded aggression.",
      ]),
    ).toEqual([
      ["Putin", null, false],
      ["Dmitry Peskov", "Putin's spokesman", false],
      ["Trump", null, false],
      ["Joe Biden", "Trump's predecessor", false],
    ]);
  });

  it("links the owner named in the genitive to the same name elsewhere: 'Kramers Vereinskollegin' … 'Kramer'", () => {
    const page = pagePeople(
      article("de", "Skispringen: Kramer verpasst Olympia", [
        "Für die Einreise nach China hätte Kramer einen CT-Wert von 35 erreichen müssen. Noch am Samstag hatte Kramer in Willingen gewonnen.",
        "Eva Pinkelnig soll am Dienstag folgen, mitsamt Kramers Vereinskollegin Lisa Eder.",
      ]),
      "de",
    );
    const kramer = page.find("Kramer")!;
    expect(page.said(kramer)).toEqual(["Kramer", "Kramer", "Kramer", "Kramers"]);
  });

  it("keeps a place that owns an office no person: 'Russlands Präsident'", () => {
    expect(rows("de", "Kreml", ["Russlands Präsident Wladimir Putin schwieg. Chinas Außenminister Wang Yi reiste ab."])).toEqual([
      ["Wladimir Putin", "Russlands Präsident", true],
      ["Wang Yi", "Chinas Außenminister", true],
    ]);
  });
});

describe("chambers, institutes and companies", () => {
  it("reads professions' chambers and economic institutes as private bodies, also by the initials after the role", () => {
    expect(
      rows("de", "Streit um Kassenfinanzen", [
        "Der Präsident der Bundesärztekammer, Dr. Klaus Reinhardt, forderte, die Praxen von Bürokratie zu entlasten.",
        "Der Präsident des Deutschen Instituts für Wirtschaftsforschung (DIW), Marcel Fratzscher, bezweifelt, dass die Reform Geld spart. Ifo-Präsident Clemens Fuest stimmte zu.",
        "Die Vorstandsvorsitzende der Bundesagentur für Arbeit, Andrea Nahles, mahnte mehr Personal an.",
      ]),
    ).toEqual([
      ["Klaus Reinhardt", "Präsident der Bundesärztekammer", false],
      ["Marcel Fratzscher", "Präsident des Deutschen Instituts für Wirtschaftsforschung", false],
      ["Clemens Fuest", "Ifo-Präsident", false],
      ["Andrea Nahles", "Vorstandsvorsitzende der Bundesagentur für Arbeit", true],
    ]);
  });

  it("finds a public body's initials only where a compound's part starts: not the 'nsa' of 'Lufthansa'", () => {
    expect(
      rows("de", "Drohnen über Flughäfen", [
        "Lufthansa-Chef Carsten Spohr verlangte schnelle Lösungen. Gesamtbetriebsratschef Frank Werneke schloss sich an.",
        "Ex-CIA-Chef David Petraeus warnte vor Russland. Ordnungsamtsleiter Hans Huber sperrte das Gelände.",
      ]),
    ).toEqual([
      ["Carsten Spohr", "Lufthansa-Chef", false],
      ["Frank Werneke", "Gesamtbetriebsratschef", false],
      ["David Petraeus", "Ex-CIA-Chef", true],
      ["Hans Huber", "Ordnungsamtsleiter", true],
    ]);
  });

  it("knows foreign parliaments' chambers and a chief of staff as public offices", () => {
    expect(
      rows("de", "Impfpolitik", [
        "Das Weiße Haus stellte sich hinter den Minister: Trumps Stabschefin Susie Wiles sprach ihm das Vertrauen aus.",
        "Der Sprecher des Repräsentantenhauses, Mike Johnson, wollte sich nicht äußern.",
      ]),
    ).toEqual([
      ["Susie Wiles", "Trumps Stabschefin", true],
      ["Mike Johnson", "Sprecher des Repräsentantenhauses", true],
    ]);
  });

  it("takes a party's or parliamentary group's expert for a member of parliament, not an expert of a field", () => {
    expect(
      rows("de", "Sparpaket", [
        "Der Gesundheitsexperte der Grünen-Fraktion, Janosch Dahmen, warf der Ministerin vor, die Probleme zu vertagen. CDU-Außenexperte Roderich Kiesewetter widersprach.",
        "Der Militärexperte Gustav Gressel hält eine Waffenruhe für unwahrscheinlich. Der Experte der Europäischen Union, Hans Maier, schwieg.",
      ]),
    ).toEqual([
      ["Janosch Dahmen", "Gesundheitsexperte der Grünen-Fraktion", true],
      ["Roderich Kiesewetter", "CDU-Außenexperte", true],
      ["Gustav Gressel", "Militärexperte", false],
      ["Hans Maier", "Experte der Europäischen Union", false],
    ]);
  });
});

describe("offices and places written in capitals", () => {
  it("reads 'U.S. attorney' with periods as the federal prosecutor's office, and a court's district as no person", () => {
    expect(
      rows("en", "Comey pleads not guilty", [
        "The case was brought by Lindsey Halligan, the interim U.S. attorney for the Eastern District of Virginia, who was installed days after her predecessor, Erik Siebert, resigned under pressure.",
        "U.S. Attorney Jeanine Pirro said her office would appeal. A defense lawyer, Joe Tacopina, objected.",
      ]),
    ).toEqual([
      ["Lindsey Halligan", "interim U.S. attorney for the Eastern District of Virginia", true],
      ["Erik Siebert", "predecessor", true],
      ["Jeanine Pirro", "U.S. Attorney", true],
      ["Joe Tacopina", "defense lawyer", false],
    ]);
  });

  it("keeps a place's last listed word in the role: 'Middle East envoy', 'a Middle East analyst'", () => {
    expect(
      rows("en", "Gaza talks", [
        "Later, US Middle East envoy Steve Witkoff met the mediators in Cairo.",
        "Mouin Rabbani, a Middle East analyst, told reporters that both sides were testing the deal. “Nobody wants to be blamed,” Rabbani said.",
      ]),
    ).toEqual([
      ["Steve Witkoff", "US Middle East envoy", true],
      ["Mouin Rabbani", "Middle East analyst", false],
    ]);
  });
});

describe("prose that opens with a credit word", () => {
  it("reads 'Reporting from …' as a correspondent's sentence, not a credit line, and a broadcaster as no person", () => {
    const page = pagePeople(
      article("en", "Israel strikes Gaza despite ceasefire", [
        "Reporting from Gaza City, Al Jazeera’s Hani Mahmoud said families who had returned to the north were fleeing again.",
        "Reporting by Nidal al-Mughrabi; Editing by Alex Richardson",
      ]),
      "en",
    );
    expect(page.people.map((p) => p.name)).toEqual(["Hani Mahmoud"]);
  });
});

describe("subjects, clubs, peers and Irish offices", () => {
  it("gives no one before a comma the office of the clause's subject: '… with Trevor Phillips, the chancellor said'", () => {
    expect(
      rows("en", "Reeves defends tax rises", [
        "Speaking to Sky News' Sunday Morning with Trevor Phillips, the chancellor said she had asked those with the broadest shoulders to pay more. Kemi Badenoch, the Conservative leader, called on her to resign.",
      ]),
    ).toEqual([
      ["Trevor Phillips", null, false],
      ["Kemi Badenoch", "Conservative leader", true],
    ]);
  });

  it("reads a club's word in any part of a hyphenated compound: 'FC-Bayern-Präsident'", () => {
    expect(
      rows("de", "CSU-Parteitag", [
        "Unter den Gästen war auch FC-Bayern-Präsident Herbert Hainer. Der Unternehmer und Bayern-Mäzen Uli Hoeneß fehlte dagegen. CDU-Landesverband-Chef Hans Maier kam spät.",
      ]),
    ).toEqual([
      ["Herbert Hainer", "FC-Bayern-Präsident", false],
      ["Uli Hoeneß", "Unternehmer und Bayern-Mäzen", false],
      ["Hans Maier", "CDU-Landesverband-Chef", true],
    ]);
  });

  it("gives a peer named with his seat the apposition after it: 'Lord Falconer of Thoroton, the former justice secretary'", () => {
    expect(
      rows("en", "Assisted dying bill", [
        "Lord Falconer of Thoroton, the former justice secretary who is steering the bill through the Lords, accused some opponents of trying to talk it out.",
      ]),
    ).toEqual([["Falconer of Thoroton", "former justice secretary", true]]);
  });

  it("knows Ireland's offices and parties: 'Taoiseach', 'Tánaiste', 'Sinn Féin leader'", () => {
    expect(
      rows("en", "Taoiseach says Government will not water down housing targets", [
        "Taoiseach Micheál Martin has insisted the Government will not water down its housing targets. Sinn Féin leader Mary Lou McDonald accused the Government of failing a generation.",
        "Tánaiste Simon Harris said the targets remained. Mr Harris’s comments came as the Central Bank warned on costs.",
      ]),
    ).toEqual([
      ["Micheál Martin", "Taoiseach", true],
      ["Mary Lou McDonald", "Sinn Féin leader", true],
      ["Simon Harris", "Tánaiste", true],
    ]);
  });
});

describe("bodies before a role, in English", () => {
  it("reads lower-case nouns between a public body's initials and the role noun: 'UN human rights chief', 'RSF leader'", () => {
    expect(
      rows("en", "RSF accused of mass killings", [
        "The paramilitary Rapid Support Forces (RSF) have been accused of killing hundreds of civilians. RSF leader Mohamed Hamdan Dagalo said any violations would be investigated.",
        "UN human rights chief Volker Turk said he was “horrified” by reports of executions.",
      ]),
    ).toEqual([
      ["Mohamed Hamdan Dagalo", "RSF leader", true],
      ["Volker Turk", "UN human rights chief", true],
    ]);
  });

  it("reads British and Irish parties, services and titles: 'Lib Dem leader', 'Fire Brigade', 'Minister for Justice', 'Labour TD'", () => {
    expect(
      rows("en", "Minister orders review of fire safety", [
        "Minister for Justice Jim O’Callaghan has ordered a review of fire safety. Dublin Fire Brigade’s chief fire officer, Dennis Keeley, said crews had rescued 30 people.",
        "Labour TD Aodhán Ó Ríordáin said the State had failed. Lib Dem leader Sir Ed Davey said his MPs would vote against.",
      ]),
    ).toEqual([
      ["Jim O’Callaghan", "Minister for Justice", true],
      ["Dennis Keeley", "Dublin Fire Brigade’s chief fire officer", true],
      ["Aodhán Ó Ríordáin", "Labour TD", true],
      ["Ed Davey", "Lib Dem leader", true],
    ]);
  });

  it("ends what a relative clause's verb leads at a preposition: 'who led Labour | between 2010 and 2015'", () => {
    expect(
      rows("en", "Miliband: ‘We will not go back on net zero’", [
        "Ed Miliband met us at his department in Westminster on a rainy afternoon last week.",
        "Miliband, who led Labour between 2010 and 2015, said he was “more determined than ever” to deliver on the promise.",
      ]),
    ).toEqual([["Ed Miliband", "led Labour", true]]);
  });
});
