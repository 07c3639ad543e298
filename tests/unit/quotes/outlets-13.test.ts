// Attribution forms from Tagesspiegel, Stern, RND, Welt, ORF, SRF, AP, Axios, Al Jazeera,
// Bloomberg, Sky News and FT prose: one case per cause.
import { describe, expect, it } from "vitest";
import { quotesOf, quotesWithPeople as withPeople, type Para } from "./context";
const said = (lang: string, ...paras: Para[]) => withPeople(lang, ...paras).map((q) => `${q.kind}|${q.speaker}`);

describe("quotes in news prose of more outlets", () => {
  it("takes the name set off after a noun for a person in no listed office", () => {
    const paras = [
      "Die Intendantin der Schaubühne, Anna Meier, zeigte sich fassungslos. „Wenn diese Kürzungen kommen, müssen wir im Herbst zwei Produktionen absagen.“",
    ];
    expect(said("de", ...paras)).toEqual(["direct|Anna Meier"]);
  });

  it("reads fronted reported speech over a number's comma, an infinitive clause and an elided verb", () => {
    const paras = [
      "Finanzminister Markus Marterbauer (SPÖ) rechnet mit einem höheren Defizit. Das Defizit werde heuer bei rund 4,5 Prozent der Wirtschaftsleistung liegen, sagte Marterbauer im Ö1-Morgenjournal.",
      "Kultursenator Joe Chialo (CDU) geriet unter Druck. Man habe aber versucht, die großen Häuser zu schonen, sagte er.",
      "Die Reise sei richtig, das Tempo aber nicht, sagte Grünen-Außenpolitikerin Agnieszka Brugger.",
    ];
    const found = withPeople("de", ...paras).filter((q) => q.kind === "indirect");
    expect(found.map((q) => `${q.text}|${q.speaker}`)).toEqual([
      "Das Defizit werde heuer bei rund 4,5 Prozent der Wirtschaftsleistung liegen|Markus Marterbauer",
      "Man habe aber versucht, die großen Häuser zu schonen|Joe Chialo",
      "Die Reise sei richtig, das Tempo aber nicht|Agnieszka Brugger",
    ]);
  });

  it("keeps a noun phrase a preposition governs in a fronted clause out of the subject", () => {
    const paras = [
      "Der Landesrechnungshof mahnt seit Jahren zu einem strikteren Kurs. In ihrem jüngsten Bericht schrieb Präsidentin Karin Klingen, Berlin lebe „seit Langem über seine Verhältnisse“.",
    ];
    expect(said("de", ...paras)).toEqual(["indirect|Karin Klingen", "direct|Karin Klingen"]);
  });

  it("names the company a sentence introduced for „das Unternehmen“ and “the company”", () => {
    const de = [
      "Der Autozulieferer ZF Friedrichshafen will in Deutschland bis Ende 2028 weitere 7600 Stellen abbauen. Betroffen seien vor allem die Standorte Schweinfurt und Saarbrücken, teilte das Unternehmen am Dienstag mit.",
    ];
    expect(said("de", ...de)).toEqual(["indirect|ZF Friedrichshafen"]);
    const en = [
      "Chipmaker Nvidia reported record revenue on Wednesday, beating forecasts again.",
      "“Demand remains extraordinary across every region,” the company said in a statement.",
    ];
    expect(said("en", ...en)).toEqual(["direct|Nvidia"]);
  });

  it("takes a quoting verb's object for the speaker", () => {
    const paras = [
      "Die „Neue Zürcher Zeitung“ zitiert einen westlichen Diplomaten mit den Worten, Berlin versuche, „verlorenes Vertrauen in der Region zurückzugewinnen“.",
    ];
    expect(said("de", ...paras)).toEqual(["direct|einen westlichen Diplomaten"]);
    expect(quotesOf("en", "The newspaper quoted a senior official as saying the plan was “dead on arrival”.")[0]?.speaker).toBe(
      "a senior official",
    );
  });

  it("gives a role the person it names, not one a preposition governs in its sentence, and carries that on", () => {
    const paras = [
      "Rachel Reeves has defended her budget tax rises, insisting they were necessary.",
      "Speaking to Sky News' Sunday Morning with Trevor Phillips, the chancellor said: \"I'm not going to pretend these were easy decisions.\"",
      'She added that the government had "protected working people" by not raising income tax.',
    ];
    expect(said("en", ...paras)).toEqual([
      "indirect|Rachel Reeves",
      "direct|Rachel Reeves",
      "indirect|Rachel Reeves",
      "direct|Rachel Reeves",
    ]);
  });

  it("keeps the body a role names: another's role with the same noun is someone else", () => {
    const paras = [
      "Die Vorstandsvorsitzende des GKV-Spitzenverbands, Doris Pfeiffer, sagte, ohne Zuschüsse drohe ein Anstieg.",
      "Der Patientenschützer Eugen Brysch kritisierte, der Entwurf lasse die Pflege zu Hause außen vor. Vier von fünf Pflegebedürftigen würden daheim versorgt, sagte der Vorstand der Deutschen Stiftung Patientenschutz.",
    ];
    expect(said("de", ...paras)).toEqual(["indirect|Doris Pfeiffer", "indirect|Eugen Brysch", "indirect|Eugen Brysch"]);
  });

  it("reads “one” before a noun, several people of a body and their “they”", () => {
    expect(said("en", "“We are seeing a lot of companies with great demos and no business,” one partner wrote.")).toEqual([
      "direct|one partner",
    ]);
    const diplomat =
      "One senior EU diplomat said the Russian response was “entirely predictable”, adding: “They want a ceasefire on their terms.”";
    expect(said("en", diplomat)).toEqual([
      "indirect|one senior EU diplomat",
      "direct|one senior EU diplomat",
      "direct|one senior EU diplomat",
    ]);
    const analysts = [
      "Analysts at Rhodium Group said in a note that weak domestic demand was now a bigger drag than tariffs. “Consumers simply aren’t spending,” they wrote.",
    ];
    expect(said("en", ...analysts)).toEqual(["indirect|Analysts at Rhodium Group", "direct|Analysts at Rhodium Group"]);
  });

  it("takes no subject after a participle, nor a verb's form where a noun stands", () => {
    const guterres =
      "UN Secretary-General Antonio Guterres welcomed the announcement, saying it was “a small but vital opening” for civilians.";
    expect(said("en", guterres)).toEqual(["indirect|Antonio Guterres", "direct|Antonio Guterres"]);
    const li =
      "Premier Li Qiang told a meeting last week that China would “step up counter-cyclical adjustments” and keep policy steady, according to state broadcaster CCTV.";
    expect(said("en", li)).toEqual(["indirect|Li Qiang", "direct|Li Qiang"]);
  });

  it("splits an office the people engine alone lists off the name, and reads a role's body after 'von' as no name", () => {
    const paras = [
      "Die bürgerlichen Parteien begrüssten den Entscheid. FDP-Nationalrat Josef Dittli sagte, der Schritt komme spät, aber er sei richtig.",
      "„Ohne mehr Personal wird das nicht gehen“, sagte Stadtrat Thomas Meier am Rande der Sitzung.",
      "Das Modell gibt es in zwei Varianten. Sam Altman, CEO von OpenAI, schrieb auf X, die Nutzer hätten sich mehr Persönlichkeit gewünscht.",
    ];
    expect(said("de", ...paras)).toEqual(["indirect|Josef Dittli", "direct|Thomas Meier", "indirect|Sam Altman"]);
  });
});
