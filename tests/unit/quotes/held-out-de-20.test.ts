// German reported speech and speakers on news pages the engine had not seen (tagesschau.de, FAZ,
// SZ, Zeit, NZZ, derStandard, ZDF): one case per cause.
import { describe, expect, it } from "vitest";
import { brief, quotesOf, quotesWithPeople } from "./context";

const indirect = (lang: string, ...paras: string[]) =>
  quotesWithPeople(lang, ...paras)
    .filter((q) => q.kind === "indirect")
    .map((q) => `${q.text}|${q.speaker}`);

describe("German quotes on unseen news pages, round 20", () => {
  it("carries a speaker's words on in “müssten”, “würde”, “könnten” after a quote or a body that speaks", () => {
    const merz = [
      "„Wir können nicht mehr ausgeben, als wir einnehmen“, sagte Merz am Dienstag in Berlin bei einem Treffen mit den Ministerpräsidentinnen und Ministerpräsidenten. Die Länder müssten ebenfalls ihren Beitrag leisten.",
    ];
    expect(indirect("de", ...merz)).toEqual(["Die Länder müssten ebenfalls ihren Beitrag leisten|Merz"]);
    const body = [
      "Der Deutsche Städtetag warnte vor einer Überlastung der Kommunen. Viele Städte könnten ihre Haushalte schon jetzt nicht mehr ausgleichen. Ohne zusätzliche Hilfe würde die Lage im kommenden Jahr noch schwieriger.",
    ];
    expect(indirect("de", ...body).map((s) => s.split("|")[0])).toEqual([
      "Viele Städte könnten ihre Haushalte schon jetzt nicht mehr ausgleichen",
      "Ohne zusätzliche Hilfe würde die Lage im kommenden Jahr noch schwieriger",
    ]);
  });

  it("leaves the writer a modal in a relative clause, after a coordinator or after a condition", () => {
    const quote = "„Sie ist nicht zu ersetzen“, sagte Sportdirektorin Kim Renkema.";
    const writer = [
      "Die Stuttgarterinnen führen in der Serie mit 2:1 und würden mit einem Sieg den Meistertitel perfekt machen.",
      "Es gibt in der EU kein Endlager, das tatsächlich Belege liefern könnte.",
      "Auch wenn das Datenleck die Sicherheit nicht gefährdet, könnte der Vorgang für den Konzern Folgen haben.",
    ];
    for (const sentence of writer) expect(indirect("de", `${quote} ${sentence}`)).toEqual([]);
  });

  it("reads a reported main clause whose subject runs over a number and whose verb is a short subjunctive", () => {
    const bas = [
      "Arbeitsministerin Bärbel Bas sagte, das Rentenniveau von 48 Prozent sei „nicht verhandelbar“. Die Koalition habe sich im Vertrag darauf verständigt.",
    ];
    expect(indirect("de", ...bas)).toEqual([
      "das Rentenniveau von 48 Prozent sei „nicht verhandelbar“|Bärbel Bas",
      "Die Koalition habe sich im Vertrag darauf verständigt|Bärbel Bas",
    ]);
    const rock = ["Hauptgeschäftsführer Joachim Rock sagte, die Pläne träfen vor allem Menschen mit psychischen Erkrankungen."];
    expect(indirect("de", ...rock)).toEqual(["die Pläne träfen vor allem Menschen mit psychischen Erkrankungen|Joachim Rock"]);
  });

  it("knows the Konjunktiv I of t-stems, the Konjunktiv II by umlaut and “rechnete … vor”", () => {
    const winkel = [
      "Der Vorsitzende der Jungen Union, Johannes Winkel, hielt dagegen. Das Paket belaste die junge Generation mit Milliardenkosten, sagte er der F.A.Z.",
    ];
    expect(indirect("de", ...winkel)).toEqual(["Das Paket belaste die junge Generation mit Milliardenkosten|Johannes Winkel"]);
    const werding = [
      "Der Wirtschaftsweise Martin Werding bewertete die Pläne als „teuer und wenig zielgenau“. Die Kosten würden sich bis 2040 auf mehr als 200 Milliarden Euro summieren, rechnete er vor.",
    ];
    expect(indirect("de", ...werding)).toEqual([
      "Die Kosten würden sich bis 2040 auf mehr als 200 Milliarden Euro summieren|Martin Werding",
    ]);
  });

  it("takes a plural subject for no company and a Swiss department for a body", () => {
    const bahn = [
      { kind: "heading" as const, text: "Bahn rechnet mit weiteren Verzögerungen" },
      "Ein Bahnsprecher wies die Kritik zurück. Die Verzögerungen lägen vor allem an den schwierigen geologischen Verhältnissen, teilte das Unternehmen auf Anfrage mit.",
    ];
    expect(brief(quotesWithPeople("de", ...bahn))).toEqual([
      "indirect|Die Verzögerungen lägen vor allem an den schwierigen geologischen Verhältnissen|das Unternehmen",
    ]);
    const nzz = [
      "«Das ist ein Signal, das wir seit Jahren fordern», sagte Dominik Knill.",
      "Das Finanzdepartement warnte, die Schuldenbremse lasse kaum Spielraum.",
    ];
    expect(indirect("de", ...nzz)).toEqual(["die Schuldenbremse lasse kaum Spielraum|das Finanzdepartement"]);
  });

  it("reads the gender of “die Abgeordnete” from its article only", () => {
    const paras = [
      "Die Neos-Abgeordnete Karin Doppelbauer nannte das Budget „ein Dokument der Mutlosigkeit“. Es brauche endlich eine Pensionsreform, forderte sie.",
    ];
    expect(indirect("de", ...paras)).toEqual(["Es brauche endlich eine Pensionsreform|Karin Doppelbauer"]);
  });

  it("reads words the mood shows as reported that hold a quotation, and a subject's noun after a preposition", () => {
    const spokeswoman = [
      'Das Bundeswirtschaftsministerium verwies auf das geplante Klimageld. Es solle "so bald wie möglich" ausgezahlt werden, teilte eine Sprecherin mit.',
    ];
    expect(indirect("de", ...spokeswoman)).toEqual(['Es solle "so bald wie möglich" ausgezahlt werden|eine Sprecherin']);
    const correspondent = [
      "ZDF-Korrespondentin Nicole Diekmann berichtet aus Jerusalem, die Stimmung zwischen beiden Regierungen sei angespannt.",
    ];
    expect(indirect("de", ...correspondent)).toEqual(["die Stimmung zwischen beiden Regierungen sei angespannt|Nicole Diekmann"]);
  });

  it("takes a headline under a kicker set as a paragraph for no quotation", () => {
    const paras = [
      "Nahost-Reise",
      { kind: "heading" as const, text: 'Wadephul: "Die humanitäre Lage ist unerträglich"' },
      '"Die humanitäre Lage ist unerträglich", sagte Außenminister Johann Wadephul am Montag in Jerusalem.',
    ];
    expect(brief(quotesWithPeople("de", ...paras))).toEqual(["direct|Die humanitäre Lage ist unerträglich|Johann Wadephul"]);
  });

  it("takes capitals after an article for a thing's name, and a “Verhandler” for a person", () => {
    const product =
      "Die Stadt setzt künftig auf das System Smart Parking Pro. Damit sollen Autofahrer „schneller einen freien Parkplatz finden“.";
    expect(quotesOf("de", product).map((q) => q.speaker)).toEqual([null]);
    const eu = "Ein Verhandler aus der EU-Delegation sagte dem SPIEGEL: »Die Saudis spielen auf Zeit.«";
    expect(quotesOf("de", eu).map((q) => q.speaker)).toEqual(["ein Verhandler"]);
  });
});
