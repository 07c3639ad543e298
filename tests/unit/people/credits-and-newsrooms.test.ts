// Photo credits inside captions, reporters named by their newsroom, company titles, places after a
// role, and names whose shape looked like something else.
import { describe, expect, it } from "vitest";
import { pagePeople } from "./page-people";

/** An article as a news site prints it: headline, then the paragraphs and captions as given. */
const article = (lang: string, headline: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${headline}</title></head><body><main><article><h1>${headline}</h1>` +
  `<div class="article-body">${body}</div></article></main></body></html>`;

const rows = (page: ReturnType<typeof pagePeople>) => page.people.map((p) => [p.name, p.role, p.official]);

describe("photo credits inside captions", () => {
  it("makes no person of a photographer after an agency's slash or a credit label's colon", () => {
    const de = pagePeople(
      article(
        "de",
        "Merz verteidigt Haushaltskurs",
        `<figure><img src="a.jpg" alt=""><figcaption>Bundeskanzler Friedrich Merz im Bundestag. Bild: dpa/Kay Nietfeld</figcaption></figure>` +
          `<p>Bundeskanzler Friedrich Merz hat den Haushaltsentwurf der Bundesregierung im Bundestag verteidigt. Die Opposition warf ihm Wortbruch vor.</p>` +
          `<figure><img src="b.jpg" alt=""><figcaption>Die Regierungsbank während der Debatte. Foto: picture alliance / Kay Nietfeld</figcaption></figure>` +
          `<p>Die Abstimmung über den Etat ist für Freitag geplant. Merz zeigte sich zuversichtlich.</p>`,
      ),
      "de",
    );
    // The caption's own person stays, with the role the caption gives, not the place it shows.
    expect(rows(de)).toEqual([["Friedrich Merz", "Bundeskanzler", true]]);
    const en = pagePeople(
      article(
        "en",
        "Senate passes stopgap bill",
        `<p>The Senate passed a stopgap spending bill late on Friday. The Senate majority leader, John Thune, said the chamber had done its job.</p>` +
          `<figure><img src="b.jpg" alt=""><figcaption>Protesters outside the Capitol on Friday. Photograph: Anna Moneymaker</figcaption></figure>` +
          `<p>The House is expected to vote on Monday.</p>`,
      ),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["John Thune"]);
  });

  it("reads a verb of reporting with a clause after it as prose, not a credit line", () => {
    const en = pagePeople(
      article(
        "en",
        "Talks resume in Doha",
        `<p>Negotiators met again on Monday to discuss the ceasefire, which has held for weeks.</p>` +
          `<p>Peter Baker reported that the deal was close.</p>` +
          `<p>Stella Kim reported from Seoul.</p>`,
      ),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["Peter Baker"]);
  });
});

describe("reporters named by their newsroom", () => {
  it("takes a correspondent reporting from a place for a person, whatever the given name", () => {
    const en = pagePeople(
      article(
        "en",
        "Israeli strikes hit southern Lebanon",
        `<p>Israeli strikes hit several villages in southern Lebanon on Monday, despite the ceasefire.</p>` +
          `<p>Al Jazeera’s Zeina Khodr, reporting from Beirut, said the mood in the capital was tense.</p>`,
      ),
      "en",
    );
    expect(en.people.map((p) => p.name)).toEqual(["Zeina Khodr"]);
  });
});

describe("company titles", () => {
  it("keeps a capitalised company officer's title before a name private", () => {
    const en = pagePeople(
      article(
        "en",
        "OpenAI revenue climbs",
        `<p>Revenue rose sharply in the third quarter, the company said on Tuesday.</p>` +
          `<p>Chief Financial Officer Sarah Friar said demand was strong. Chief Operating Officer Brad Lightcap added that new contracts were signed.</p>` +
          `<p>Chief Medical Officer Chris Whitty said the vaccine programme would continue.</p>`,
      ),
      "en",
    );
    expect(rows(en)).toEqual([
      ["Sarah Friar", "Chief Financial Officer", false],
      ["Brad Lightcap", "Chief Operating Officer", false],
      ["Chris Whitty", "Chief Medical Officer", true],
    ]);
  });
});

describe("offices and their employers", () => {
  it("keeps an office at an employer no public body names private, and reads a coordinator's body", () => {
    const en = pagePeople(
      article(
        "en",
        "Subsidies expire",
        `<p>Premiums for marketplace plans will rise sharply next year.</p>` +
          `<p>Cynthia Cox, a vice president at KFF, a health policy research group, said premiums would more than double. John Smith, a minister at the Foreign Office, disagreed.</p>`,
      ),
      "en",
    );
    expect(rows(en)).toEqual([
      ["Cynthia Cox", "vice president at KFF", false],
      ["John Smith", "minister at the Foreign Office", true],
    ]);
    const de = pagePeople(
      article(
        "de",
        "Lage in Gaza bleibt dramatisch",
        `<p>Die Lage im Gazastreifen bleibt nach Angaben von Hilfsorganisationen dramatisch.</p>` +
          `<p>Der UN-Nothilfekoordinator Tom Fletcher sprach von einer Hungersnot. Der Koordinator Hans Meier vom Roten Kreuz forderte mehr Hilfe.</p>`,
      ),
      "de",
    );
    expect(rows(de)).toEqual([
      ["Tom Fletcher", "UN-Nothilfekoordinator", true],
      ["Hans Meier", "Koordinator", false],
    ]);
  });
});

describe("bodies a role names", () => {
  it("takes no sentence's first word for a body before an acronym, and knows a chamber by its name", () => {
    const en = pagePeople(
      article(
        "en",
        "Cop30 deal reached",
        `<p>Countries at the climate summit have agreed a deal on adaptation finance.</p>` +
          `<p>The EU climate commissioner, Wopke Hoekstra, said the bloc accepted the text. Mohamed Adow, the director of the thinktank Power Shift Africa, called the outcome a betrayal.</p>` +
          `<p>Carl Heastie, the Assembly speaker, was more cautious.</p>`,
      ),
      "en",
    );
    expect(rows(en)).toEqual([
      ["Wopke Hoekstra", "EU climate commissioner", true],
      ["Mohamed Adow", "director of the thinktank Power Shift Africa", false],
      ["Carl Heastie", "Assembly speaker", true],
    ]);
  });

  it("reads a led body past its dotted initials and a place's first word", () => {
    const en = pagePeople(
      article(
        "en",
        "Admiral to retire",
        `<p>The U.S. military has carried out another strike in the Caribbean.</p>` +
          `<p>Adm. Alvin Holsey, who leads U.S. Southern Command, is set to retire next month. Jane Smith, who heads the F.B.I. field office in Miami, declined to comment.</p>`,
      ),
      "en",
    );
    expect(rows(en)).toEqual([
      ["Alvin Holsey", "leads U.S. Southern Command", true],
      ["Jane Smith", "heads the F.B.I. field office in Miami", true],
    ]);
  });
});

describe("words that look like names", () => {
  it("makes no person of a role's place and its region", () => {
    const en = pagePeople(
      article(
        "en",
        "Measles cases climb",
        `<p>Measles cases have reached their highest level in decades.</p>` +
          `<p>Jennifer Nuzzo, an epidemiologist at Brown University, said the panel's credibility was at stake. Parents like Maria Lopez, a mother of three in Lubbock, Texas, say they are confused.</p>`,
      ),
      "en",
    );
    expect(rows(en)).toEqual([
      ["Jennifer Nuzzo", "epidemiologist at Brown University", false],
      ["Maria Lopez", "mother", false],
    ]);
  });

  it("reads given names ending in s as given names, not genitives, and a platform's letter as no initial", () => {
    const de = pagePeople(
      article(
        "de",
        "Bundesrat schickt EU-Verträge in die Vernehmlassung",
        `<p>Der Bundesrat hat am Freitag das Vertragspaket mit der EU vorgestellt.</p>` +
          `<p>Pierre-Yves Maillard, Präsident des Gewerkschaftsbunds, bleibt skeptisch. Die Politologin Sarah Bütikofer erwartet eine knappe Abstimmung.</p>` +
          `<p>Kritik kam vom Gewerbeverband: Direktor Urs Furrer sprach von einem Notbehelf.</p>` +
          `<p>EU-Kommissar Maroš Šefčovič gratulierte auf X. Brüssel erwarte eine rasche Ratifizierung, schrieb der Slowake.</p>`,
      ),
      "de",
    );
    expect(rows(de)).toEqual([
      ["Pierre-Yves Maillard", "Präsident des Gewerkschaftsbunds", false],
      ["Sarah Bütikofer", "Politologin", false],
      ["Urs Furrer", "Direktor", false],
      ["Maroš Šefčovič", "EU-Kommissar", true],
    ]);
  });

  it("knows a federal agency by its initials", () => {
    const en = pagePeople(
      article(
        "en",
        "Vaccine panel meets",
        `<p>A federal vaccine advisory panel meets this week.</p>` +
          `<p>"We're seeing outbreaks," said Demetre Daskalakis, who resigned as director of the CDC's immunization center in August.</p>`,
      ),
      "en",
    );
    expect(en.find("Demetre Daskalakis")?.official).toBe(true);
  });
});
