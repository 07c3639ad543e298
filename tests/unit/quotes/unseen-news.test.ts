// Attribution forms that news text the engine had not seen used (parliament, Swiss and Austrian
// outlets, tabloid, sport, Q&A interview, briefing, feature, health, column, wire): one case per cause.
import { describe, expect, it } from "vitest";
import { brief, contextOf, quotesOf } from "./context";
import { findQuotes } from "../../../src/quotes";
import { findPeople } from "../../../src/people";

const speakers = (lang: string, ...paras: string[]) => quotesOf(lang, ...paras).map((q) => q.speaker);

describe("quotes in news text of new kinds", () => {
  it("takes no fronted object for the subject: its determiner shows its case", () => {
    const paras = [
      "Wirtschaftsminister Guy Parmelin gab sich zurückhaltend.",
      "Einen Zeitplan wollte er nicht nennen: «Es wäre unseriös, jetzt ein Datum zu nennen.»",
    ];
    expect(speakers("de", ...paras)).toEqual(["Guy Parmelin"]);
  });

  it("reads an object pronoun beside a source word, not a possessive", () => {
    const de = ["Christian Günter sah es ähnlich.", "Ihm zufolge habe die Mannschaft »in den entscheidenden Momenten die Köpfe verloren«."];
    expect(speakers("de", ...de)).toEqual(["Christian Günter"]);
    const en = ["Melody Ding led the study.", "According to her, walking is “a much more realistic goal for most people.”"];
    expect(speakers("en", ...en)).toEqual(["Melody Ding"]);
    const spokesman = quotesOf(
      "en",
      "Anna Meyer left early.",
      "According to her spokesman Tom Reed, she was “very tired after the long flight.”",
    );
    expect(spokesman.map((q) => q.speaker)).toEqual(["Tom Reed"]);
  });

  it("takes a separable verb of saying only with its particle closing the clause, and verbs of manner", () => {
    const zu = "»Wir haben in der ersten Halbzeit nicht stattgefunden«, gab Leverkusens Trainer Kasper Hjulmand nach dem Spiel zu.";
    expect(speakers("de", zu)).toEqual(["Kasper Hjulmand"]);
    expect(speakers("de", "„Wir kämpfen bis zum Schluss weiter“, gab der Trainer Kasper Hjulmand die Parole aus.")).toEqual([null]);
    expect(speakers("de", "»Zwei Tore, drei Punkte – besser geht es nicht«, strahlte Patrik Schick.")).toEqual(["Patrik Schick"]);
    expect(speakers("en", "“I have never seen a crowd like that,” Kevin Guthrie pointed out.")).toEqual(["Kevin Guthrie"]);
  });

  it("gives a plural „sie“ beside a plural verb to no one person", () => {
    const plural = ["Maria Schulz leitet das Labor.", "„Das Signal ändert sich bei Giften deutlich“, sagten sie."];
    expect(speakers("de", ...plural)).toEqual([null]);
    const one = ["Maria Schulz leitet das Labor.", "„Das Signal ändert sich bei Giften deutlich“, sagte sie."];
    expect(speakers("de", ...one)).toEqual(["Maria Schulz"]);
    expect(
      brief(quotesOf("de", "Die Forscher testeten Gifte. So stellten sie fest, dass sich das Stromsignal bei Zugabe änderte.")),
    ).toEqual([]);
  });

  it("takes a definite noun for persons beside a plural verb for several people, as written", () => {
    const paras = ["Maria Schulz leitet das Labor.", "„Das Signal ändert sich deutlich“, sagten die Forscher."];
    expect(speakers("de", ...paras)).toEqual(["die Forscher"]);
    expect(speakers("de", "Maria Schulz ist Ministerin.", "„Das Signal ändert sich deutlich“, sagte die Ministerin.")).toEqual([
      "Maria Schulz",
    ]);
  });

  it("takes a capitalised noun after a numeral for no name", () => {
    expect(brief(quotesOf("de", "46 Prozent gaben an, dass durch Multitasking die Anforderungen gewachsen sind."))).toEqual([]);
  });

  it("finds capitalised nouns in marks when a verb of saying follows their comma", () => {
    expect(brief(quotesOf("de", "Die Koalition betreibe „Politik nach Kassenlage“, sagte Armin Grau."))).toEqual([
      "direct|Politik nach Kassenlage|Armin Grau",
    ]);
  });

  it("finds two words said before a pronoun and its verb", () => {
    const paras = ["Back on the water, Alan Pritchard cuts the engine.", "“That’s it,” he says. “Another one done.”"];
    expect(brief(quotesOf("en", ...paras))).toEqual(["direct|That’s it,|Alan Pritchard", "direct|Another one done.|Alan Pritchard"]);
  });

  it("heads a phrase with the role noun after an organisation's name", () => {
    const paras = [
      "Wes Streeting is the Health Secretary.",
      "When I put this to a Department of Health spokesman, he replied that the Government was ‘investing record sums and cutting waiting lists’.",
    ];
    expect(speakers("en", ...paras)).toEqual(["a Department of Health spokesman", "a Department of Health spokesman"]);
  });

  it("steps over where a named speaker comes from, and keeps it for an unnamed one", () => {
    expect(speakers("en", "‘I waited 14 hours on a trolley,’ an 82-year-old woman from Leicester told me.")).toEqual([
      "an 82-year-old woman from Leicester",
    ]);
    expect(speakers("de", "„Ich arbeite 20 Stunden in der Woche“, sagte ein Student aus Augsburg dem ZDF.")).toEqual([
      "ein Student aus Augsburg",
    ]);
    expect(speakers("en", "“The yen will stay weak,” said a trader from Tokyo.")).toEqual(["a trader from Tokyo"]);
    expect(speakers("de", "„Wir prüfen das“, sagte ein Sprecher aus dem Ministerium.")).toEqual(["ein Sprecher"]);
    expect(speakers("de", "„Wir haben Angst um unsere Kinder“, sagte Maria Schulz aus Köln.")).toEqual(["Maria Schulz"]);
  });

  it("takes an unlisted noun for a person by its ending, right before a verb of saying", () => {
    const trader = "“The market is pricing in a longer disruption,” a Singapore-based trader said.";
    expect(speakers("en", trader)).toEqual(["a Singapore-based trader"]);
  });

  it("gives the writer's „ich“ in an interview's answer to the one who answers", () => {
    const ctx = contextOf(
      "de",
      "Die Innsbrucker Virologin Dorothee von Laer über die Grippewelle und die Politik.",
      "STANDARD: Viele Menschen halten sich für immun. Was entgegnen Sie?",
      "Von Laer: Ich sage meinen Studierenden immer: „Ein Virus liest keine Statistiken.“ Immunität lässt nach.",
    );
    expect(findQuotes(ctx, findPeople(ctx)).map((q) => q.speaker)).toEqual(["Dorothee von Laer"]);
    const column = ["Die Virologin Dorothee von Laer warnt.", "Ich sage meinen Studierenden immer: „Ein Virus liest keine Statistiken.“"];
    const ctx2 = contextOf("de", ...column);
    expect(findQuotes(ctx2, findPeople(ctx2)).map((q) => q.speaker)).toEqual([null]);
  });

  it("carries no speaker from the section before into a crosshead", () => {
    const qs = quotesOf(
      "de",
      "«Eine Eskalation würde vor allem den Exportfirmen schaden», sagt Stefan Brupbacher.",
      { kind: "heading", text: "«Sie haben uns zum Bittsteller gemacht»" },
      "Anders sieht man es bei den Gewerkschaften, die den Kurs scharf kritisieren.",
    );
    expect(brief(qs)).toContain("direct|Sie haben uns zum Bittsteller gemacht|null");
  });
});
