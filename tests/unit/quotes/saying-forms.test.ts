// Forms of saying that name their speaker in less usual places: a reflexive between the verb and
// its subject, a verb that calls something by the quoted words, reported speech whose verb looks
// indicative, and a plural pronoun for the group that spoke just before.
import { describe, expect, it } from "vitest";
import { brief, quotesOf } from "./context";

describe("a reflexive verb of saying", () => {
  it("takes the subject after „äußerte sich“ beside a quote and in a paragraph after a block quote", () => {
    const direct = quotesOf(
      "de",
      "„Das ist ein guter Tag für die Region“, äußerte sich Bürgermeister Klaus Weber nach der Abstimmung erfreut.",
    );
    expect(brief(direct)).toEqual(["direct|Das ist ein guter Tag für die Region|Klaus Weber"]);
    const block = quotesOf(
      "de",
      "Die Ministerin will den Entwurf noch vor der Sommerpause ins Kabinett bringen.",
      { kind: "quote", text: "„Wir werden nicht lockerlassen. Die Menschen erwarten zu Recht, dass wir liefern.“" },
      "So äußerte sich Bundesbauministerin Verena Hubertz am Montag in Berlin.",
    );
    expect(block.map((q) => q.speaker)).toEqual(["Verena Hubertz"]);
  });
});

describe("verbs that call something by the quoted words", () => {
  it("gives „nannte … einen“ and „bezeichnete … als“ to their subject", () => {
    const qs = quotesOf(
      "de",
      "Der Sozialverband VdK hatte den Entwurf schon vor Wochen als „Bürokratiemonster ohne jeden Nutzen“ bezeichnet.",
      "CDU-Chef Friedrich Merz nannte den Vorschlag am Dienstag einen „Angriff auf die Mitte der Gesellschaft“.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["der Sozialverband VdK", "Friedrich Merz"]);
  });
});

describe("reported speech whose verb looks indicative", () => {
  it("reads a main clause with a plural or preterite-like Konjunktiv II verb after the verb's comma", () => {
    const qs = quotesOf(
      "de",
      "Die Grünen erklärten am Dienstag, die geplanten Hilfen reichten bei weitem nicht aus.",
      "Bundeskanzler Friedrich Merz sagte, die Gespräche mit der SPD kämen gut voran.",
      "Die Bahn teilte mit, die Züge fielen noch bis Freitag aus.",
    );
    expect(brief(qs)).toEqual([
      "indirect|die geplanten Hilfen reichten bei weitem nicht aus|die Grünen",
      "indirect|die Gespräche mit der SPD kämen gut voran|Friedrich Merz",
      "indirect|die Züge fielen noch bis Freitag aus|die Bahn",
    ]);
  });

  it("takes no infinitive, relative clause or list of verbs for one", () => {
    const none = [
      "Der Finanzminister versprach, die Steuern für kleine Einkommen deutlich zu senken.",
      "Scholz kündigte an, die Renten bis 2031 stabil halten zu wollen.",
      "Das erzählte eine Frau, die drei Kinder großgezogen hatten.",
      "Nutzer können Musik oder Sticker hinzufügen, ihre Videos herunterladen und verschiedene Effekte verwenden.",
      "Die Klägerin lasse sich das Recht einräumen, die zur Verfügung gestellten Bilder vervielfältigen zu lassen.",
    ];
    for (const p of none) expect(brief(quotesOf("de", p))).toEqual([]);
  });
});

describe("a plural pronoun for a group that spoke", () => {
  it("gives „sagten sie“ and the sentence after to the group named just before", () => {
    const qs = quotesOf(
      "de",
      "Bundeskanzler Friedrich Merz lud die Sozialpartner ins Kanzleramt ein. Die Gewerkschaften forderten, die Regierung müsse beim Mindestlohn nachlegen. „Wir lassen uns nicht länger hinhalten“, sagten sie nach dem Treffen.",
      "Sie kündigten an, die Warnstreiks würden ausgeweitet.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["die Gewerkschaften", "die Gewerkschaften", "die Gewerkschaften"]);
  });

  it("gives „they said“ to the officials who spoke before, and no one where a person was named since", () => {
    const group = quotesOf(
      "en",
      "The officials said that the talks had stalled over the weekend. “We remain hopeful of a deal,” they said.",
    );
    expect(group.map((q) => q.speaker)).toEqual(["the officials", "the officials"]);
    const since = quotesOf(
      "de",
      "Die Gewerkschaften forderten, die Regierung müsse nachlegen. Arbeitsministerin Bärbel Bas lehnte ab. „Wir bleiben hart“, sagten sie.",
    );
    expect(since.map((q) => q.speaker)).toEqual(["die Gewerkschaften", null]);
  });
});

describe("probe findings", () => {
  it("reads a term a verb calls something by after „als“ as a quotation", () => {
    const qs = quotesOf(
      "de",
      "Die Deutsche Krankenhausgesellschaft (DKG) bezeichnete den Kompromissvorschlag des Ministeriums als „Reform im Blindflug“.",
    );
    expect(brief(qs)).toEqual(["direct|Reform im Blindflug|Deutsche Krankenhausgesellschaft"]);
  });

  it("takes „sie“ for several people who open the sentence before with a plural verb", () => {
    const qs = quotesOf(
      "de",
      "Die Haushälter der Koalition zeigten sich zuversichtlich. „Wir gehen von kleineren Änderungen aus“, sagten sie am Rande der Sitzung.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["die Haushälter der Koalition"]);
  });

  it("takes the name set off after a role, with its own role or where it is from", () => {
    const role = quotesOf(
      "de",
      "Die Vorsitzende der Gesundheitsministerkonferenz, Sachsen-Anhalts Ressortchefin Petra Grimm-Benne, sagte: „Wir lassen uns nichts vorschreiben.“",
    );
    expect(role.map((q) => q.speaker)).toEqual(["Petra Grimm-Benne"]);
    const origin = quotesOf(
      "de",
      "Deren Verhandlungsführer, Cedric Schuster aus Samoa, sprach von einem „Todesurteil für Länder wie meines“.",
    );
    expect(origin.map((q) => q.speaker)).toEqual(["Cedric Schuster"]);
  });

  it("reads no adverb that opens a clause as the speaker", () => {
    const qs = quotesOf("de", "Thorsten Frei lobte die Einigung. Zugleich räumte er ein, dass nicht alle Wünsche erfüllt werden konnten.");
    expect(qs.map((q) => q.speaker)).toEqual(["Thorsten Frei"]);
  });

  it("gives a quote after „who call“ to no one where the relative pronoun's noun cannot speak, never the sentence's subject", () => {
    const qs = quotesOf(
      "en",
      "A growing group of Senate Republicans is pressing leadership to act, setting up a clash with conservatives who call the tax credits a “slush fund for insurance companies.”",
    );
    expect(qs.map((q) => q.speaker)).toEqual([null]);
  });

  it("takes no agency dateline's place for the subject of a sentence", () => {
    const qs = quotesOf(
      "en",
      "FRANKFURT, Oct 29 (Reuters) - The European Central Bank kept rates unchanged on Thursday, saying inflation was “broadly on track” to settle at its target.",
    );
    expect(qs.map((q) => `${q.kind}|${q.speaker}`)).toEqual(["indirect|the European Central Bank", "direct|the European Central Bank"]);
  });
});

describe("a verb that repeats what was said", () => {
  it("reports after „repeated that“ and attributes a quote it follows, but not where it repeats a thing", () => {
    expect(brief(quotesOf("en", "Orbán repeated that his country would not contribute any money to Ukraine."))).toEqual([
      "indirect|his country would not contribute any money to Ukraine|Orbán",
    ]);
    expect(brief(quotesOf("en", "Viktor Orbán spoke last.", "“We will not pay,” he repeated."))).toEqual([
      "direct|We will not pay,|Viktor Orbán",
    ]);
    expect(quotesOf("en", "The pattern repeated itself across the region in May.")).toEqual([]);
  });
});
