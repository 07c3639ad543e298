// Heads and staff of public agencies, heads of unions and associations, and newsroom credits, as
// British, Irish, American, German and Austrian sites print them.
import { describe, expect, it } from "vitest";
import { article, pagePeople, row } from "./page-people";

describe("a public agency's executive or epidemiologist", () => {
  it("counts the chief executive of a health service and a state epidemiologist as official", () => {
    const page = pagePeople(
      article("en", "Trolley crisis", [
        "The chief executive of the HSE, Bernard Gloster, said hospitals were under “enormous pressure”. Dr Colm Henry, the HSE’s chief clinical officer, said the flu season had arrived early.",
        "Sir Jim Mackey, the chief executive of NHS England, said the health service was preparing for a tough winter.",
        "Dr. Linda Bell, the state epidemiologist, said most of the infected people were unvaccinated children.",
      ]),
      "en",
    );
    expect(row(page, "Bernard Gloster")).toEqual(["Bernard Gloster", "chief executive of the HSE", true]);
    expect(row(page, "Colm Henry")).toEqual(["Colm Henry", "HSE’s chief clinical officer", true]);
    expect(row(page, "Jim Mackey")).toEqual(["Jim Mackey", "chief executive of NHS England", true]);
    expect(row(page, "Linda Bell")).toEqual(["Linda Bell", "state epidemiologist", true]);
  });

  it("keeps a company's or a confederation's chief executive private", () => {
    const page = pagePeople(
      article("en", "Winter pressures", [
        "Matthew Taylor, chief executive of the NHS Confederation, said trusts were struggling. Ken Murphy, the chief executive of Tesco, said food prices would rise.",
      ]),
      "en",
    );
    expect(row(page, "Matthew Taylor")?.[2]).toBe(false);
    expect(row(page, "Ken Murphy")?.[2]).toBe(false);
  });

  it("gives an office that opens the sentence before to the person named next", () => {
    const page = pagePeople(
      article("en", "Measles outbreak grows", [
        "The Department of Health confirmed the figures on Tuesday.",
        "The state epidemiologist said cases had doubled. Linda Bell urged parents to vaccinate their children.",
      ]),
      "en",
    );
    expect(row(page, "Linda Bell")).toEqual(["Linda Bell", "state epidemiologist", true]);
  });
});

describe("a central bank's governor named after the person", () => {
  it("reads the bank's name across its link", () => {
    const page = pagePeople(
      article("en", "Bank of England holds rates", [
        "Andrew Bailey, the Bank of England governor, said rates were likely to continue on a gradual downward path.",
      ]),
      "en",
    );
    expect(row(page, "Andrew Bailey")).toEqual(["Andrew Bailey", "Bank of England governor", true]);
  });
});

describe("a union's head", () => {
  it("reads the union's initials before its general secretary or president as private", () => {
    const page = pagePeople(
      article("en", "Unions react", [
        "The TUC general secretary, Paul Nowak, said the Bank was “keeping the brakes on”. Nicola Ranger, the RCN’s general secretary, said nurses felt undervalued.",
        "NATO Secretary General Mark Rutte said the alliance would keep working. Khan, who led the FTC under President Joe Biden, will focus on affordability.",
      ]),
      "en",
    );
    expect(row(page, "Paul Nowak")).toEqual(["Paul Nowak", "TUC general secretary", false]);
    expect(row(page, "Nicola Ranger")).toEqual(["Nicola Ranger", "RCN’s general secretary", false]);
    expect(row(page, "Mark Rutte")?.[2]).toBe(true);
    expect(row(page, "Joe Biden")?.[2]).toBe(true);
  });

  it("gives the whole title of a union's head named in the next sentence", () => {
    const page = pagePeople(
      article("en", "Nurses to be balloted", [
        "Nurses are to be balloted on strike action after the Royal College of Nursing rejected the award.",
        "The union's general secretary said members were angry. Nicola Ranger told the BBC the award was grotesque.",
      ]),
      "en",
    );
    expect(row(page, "Nicola Ranger")).toEqual(["Nicola Ranger", "union's general secretary", false]);
  });

  it("keeps a federation's president private though a public body ends its name", () => {
    const page = pagePeople(
      article("en", "Senate passes stopgap bill", [
        "Everett Kelley, president of the American Federation of Government Employees, urged lawmakers to pass it. Valentina Matviyenko, the chair of the Federation Council, backed the law.",
      ]),
      "en",
    );
    expect(row(page, "Everett Kelley")?.[2]).toBe(false);
    expect(row(page, "Valentina Matviyenko")?.[2]).toBe(true);
  });

  it("asks the sentence before whether the body that 'deren' or 'dessen' points to is public", () => {
    const page = pagePeople(
      article("de", "Hungersnot im Sudan", [
        "Die Welthungerhilfe sprach von einer „Katastrophe mit Ansage“. Deren Generalsekretär Mathias Mogge sagte, viele Regionen seien nicht erreichbar.",
        "Die IG Metall hat zum Warnstreik aufgerufen. Deren Zweiter Vorsitzender Jürgen Kerner sagte, man sei bereit.",
        "Das Bundesamt für Migration meldete mehr Anträge. Dessen Präsident Hans-Eckhard Sommer sagte, die Zahl steige.",
      ]),
      "de",
    );
    expect(row(page, "Mathias Mogge")).toEqual(["Mathias Mogge", "Generalsekretär", false]);
    expect(row(page, "Jürgen Kerner")?.[2]).toBe(false);
    expect(row(page, "Hans-Eckhard Sommer")).toEqual(["Hans-Eckhard Sommer", "Präsident", true]);
  });
});

describe("German bodies and roles", () => {
  it("reads an institute's initials in a hyphenated name as private and a committee as public", () => {
    const page = pagePeople(
      article("de", "Konjunktur", [
        "Clemens Fuest, Präsident des Ifo-Instituts, sprach von einer „hartnäckigen Strukturkrise“. Der Bezirksausschussvorsitzende Alexander Miklosy will zu einer Bürgerversammlung einladen.",
      ]),
      "de",
    );
    expect(row(page, "Clemens Fuest")).toEqual(["Clemens Fuest", "Präsident des Ifo-Instituts", false]);
    expect(row(page, "Alexander Miklosy")?.[2]).toBe(true);
  });

  it("reads a long body's name before the comma, and a genitive's article after the role", () => {
    const page = pagePeople(
      article("de", "Klinikreform", [
        "Der Präsident des Bayerischen Landesamts für Gesundheit und Lebensmittelsicherheit, Christian Weidner, betonte, die Notfallversorgung bleibe gesichert.",
        "Der Anwalt eines Beschuldigten, Hans-Jürgen Weiland, kündigte Beschwerde an.",
      ]),
      "de",
    );
    expect(row(page, "Christian Weidner")).toEqual([
      "Christian Weidner",
      "Präsident des Bayerischen Landesamts für Gesundheit und Lebensmittelsicherheit",
      true,
    ]);
    expect(row(page, "Hans-Jürgen Weiland")).toEqual(["Hans-Jürgen Weiland", "Anwalt eines Beschuldigten", false]);
  });

  it("reads the roles of private people that reporters meet in the street", () => {
    const page = pagePeople(
      article("de", "Streit um den Radweg", [
        "Eine Pendlerin, die 34-jährige Pflegekraft Jana Möller, sagte, sie sei auf den Zug angewiesen. Wirtin Maria Huber fürchtet um ihr Geschäft.",
        "Für die Pensionistin Erika Lang bedeutet das lange Wartezeiten. Die Hebamme Sabine Gruber arbeitet seit 25 Jahren im Kreißsaal. Der Kriminologe Christian Pfeiffer widersprach.",
      ]),
      "de",
    );
    expect(row(page, "Jana Möller")).toEqual(["Jana Möller", "34-jährige Pflegekraft", false]);
    expect(row(page, "Maria Huber")).toEqual(["Maria Huber", "Wirtin", false]);
    expect(row(page, "Erika Lang")).toEqual(["Erika Lang", "Pensionistin", false]);
    expect(row(page, "Sabine Gruber")).toEqual(["Sabine Gruber", "Hebamme", false]);
    expect(row(page, "Christian Pfeiffer")).toEqual(["Christian Pfeiffer", "Kriminologe", false]);
  });
});

describe("names that a role before a comma must not make", () => {
  it("makes no person of a word after a clause's comma, nor of a place after an apposition", () => {
    const de = pagePeople(
      article("de", "Bahnstreik", [
        "Der Ehrenvorsitzende des Verbands, Karl-Peter Naumann, sagte, Pendler hätten in den vergangenen Jahren schon genug gelitten.",
      ]),
      "de",
    );
    expect(de.people.map((p) => p.name)).toEqual(["Karl-Peter Naumann"]);
    const en = pagePeople(
      article("en", "Union deal", [
        "Ann Harrison, a professor at the University of California, Berkeley, said the deal showed how much leverage unions still have.",
        "Lorena Ortiz, a mother of two on the Southwest Side, said she was relieved.",
      ]),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["Ann Harrison", "Lorena Ortiz"]);
  });

  it("finds a name of unknown words whose surname before 'Jr.' stands alone later", () => {
    const page = pagePeople(
      article("en", "Bribery scheme", [
        "Prosecutors said contractor Elvin R. Mitchell Jr. paid Smith in cash handed over in restaurant parking lots. Mitchell was sentenced last year.",
      ]),
      "en",
    );
    expect(row(page, "Mitchell")).toEqual(["Elvin R. Mitchell Jr.", "contractor", false]);
  });
});

describe("a newsroom's credit line", () => {
  it("makes no person of a name with a newsroom title on a line of its own", () => {
    const en = pagePeople(
      article("en", "Council approves plan", [
        "The council approved the plan on Tuesday. Paul Dacre, editor of the Daily Mail, was not at the meeting.",
        "Jane Whitfield, Senior Editor",
      ]),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["Paul Dacre"]);
    const de = pagePeople(
      article("de", "Ratsbeschluss", ["Der Rat beschloss den Plan am Dienstag.", "Anna Berger, Chefredakteurin"]),
      "de",
    );
    expect(de.people).toEqual([]);
  });
});
