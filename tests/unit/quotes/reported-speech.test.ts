// German reported speech that only its mood marks, and speakers named around a quote rather than
// beside it: a block quote's next paragraph, "it said" of a company, a body taken up by its noun.
import { describe, expect, it } from "vitest";
import { brief, quotesOf, speakersWithPeople } from "./context";

describe("reported speech in the subjunctive", () => {
  it("reads Konjunktiv I by its ending right after the subject, for verbs no list holds", () => {
    expect(brief(quotesOf("de", "Der Bund greife zu kurz, kritisierte der Deutsche Städtetag am Montag."))).toEqual([
      "indirect|Der Bund greife zu kurz|Deutsche Städtetag",
    ]);
    const seiler = "Der Streik treffe Millionen Pendler völlig unnötig, sagte Personalvorstand Martin Seiler.";
    expect(brief(quotesOf("de", seiler))).toEqual(["indirect|Der Streik treffe Millionen Pendler völlig unnötig|Martin Seiler"]);
    const lewe = "Der Bund greife zu kurz, wenn er die Kosten nur für ein Jahr übernehme, sagte Lewe.";
    expect(quotesOf("de", "Markus Lewe ist Präsident des Städtetags.", lewe).map((q) => q.text)).toEqual([
      "Der Bund greife zu kurz, wenn er die Kosten nur für ein Jahr übernehme",
    ]);
  });

  it("takes no adjective, preterite or determiner with that ending for a subjunctive", () => {
    const indicative = [
      "Die neue Regelung gilt zunächst bis Ende des Jahres, teilte das Ministerium mit.",
      "Eine ganze Reihe von Fragen blieb offen, sagte ein Bahnsprecher.",
      "Der 38 Jahre alte Bürgermeister wurde im Amt bestätigt, berichtete die Zeitung.",
      "Die Firma machte Verluste, sagte Martin Seiler.",
      "Die Berichte der Zeitung waren falsch, sagte Martin Seiler.",
      "Sie werden vor allem im wichtigen Dienst öffentliche Unterstützung erfahren, sagte Martin Seiler.",
    ];
    for (const p of indicative) expect(brief(quotesOf("de", p))).toEqual([]);
  });

  it("takes a body after „hieß es“ for the speaker of reported speech", () => {
    const fronted = quotesOf("de", "Man werde die Lage genau beobachten, hieß es aus dem Bundesinnenministerium.");
    expect(brief(fronted)).toEqual(["indirect|Man werde die Lage genau beobachten|dem Bundesinnenministerium"]);
    const after = quotesOf("de", "Aus dem Ministerium hieß es, der Bund unterstütze die Länder bereits mit Milliarden.");
    expect(brief(after)).toEqual(["indirect|der Bund unterstütze die Länder bereits mit Milliarden|dem Ministerium"]);
    expect(brief(quotesOf("de", "Man werde die Lage genau beobachten, hieß es."))).toEqual([]);
  });

  it("reads fronted reported speech whose verb of saying is followed by prepositional phrases, from after the writer's colon", () => {
    const srf = quotesOf("de", "Man stehe in engem Kontakt mit der Regierung, sagte Karin Keller-Sutter in einem Interview mit Radio SRF.");
    expect(brief(srf)).toEqual(["indirect|Man stehe in engem Kontakt mit der Regierung|Karin Keller-Sutter"]);
    const colon = quotesOf(
      "de",
      "Die Fans waren bereit: Der Stiefel sei in wenigen Tagen ausverkauft gewesen, verkündete Konzernchef Andrew Rees am Donnerstag bei der Vorlage der Zahlen.",
    );
    expect(brief(colon)).toEqual(["indirect|Der Stiefel sei in wenigen Tagen ausverkauft gewesen|Andrew Rees"]);
    // A clause joined on by "aber" without a verb of its own reports with the clause before it.
    const joined = quotesOf("de", "Die Lage sei ernst, aber beherrschbar, sagte Innenminister Alexander Dobrindt am Montag in Berlin.");
    expect(brief(joined)).toEqual(["indirect|Die Lage sei ernst, aber beherrschbar|Alexander Dobrindt"]);
    expect(brief(quotesOf("de", "Die Lage war ernst, aber beherrschbar, sagte Innenminister Alexander Dobrindt."))).toEqual([]);
    // A clause that goes on after the speaker is no report's end.
    expect(brief(quotesOf("de", "Er sei krank gewesen, sagte Peter Wilke später noch einmal ganz ruhig und gefasst."))).toEqual([]);
  });

  it("reads a reported clause opened by its noun subject, not a relative clause", () => {
    const noun = quotesOf("de", "Eine Sprecherin des Ministeriums sagte, zusätzliche Mittel seien Sache der Verhandlungen.");
    expect(brief(noun)).toEqual(["indirect|zusätzliche Mittel seien Sache der Verhandlungen|eine Sprecherin des Ministeriums"]);
    expect(brief(quotesOf("de", "Das erzählte eine Anwohnerin, die anonym bleiben wolle."))).toEqual([]);
  });

  it("reads a reported clause opened by an adverb before its verb, not the writer's own", () => {
    const qs = quotesOf("de", "Unionsfraktionsvize Norbert Röttgen sagte, notfalls werde man beim Wehrdienst nachsteuern müssen.");
    expect(brief(qs)).toEqual(["indirect|notfalls werde man beim Wehrdienst nachsteuern müssen|Norbert Röttgen"]);
    expect(brief(quotesOf("de", "Außerdem fand er, ich sollte unbedingt Geigespielen lernen."))).toEqual([]);
  });

  it("steps over a party in parentheses between the speaker and the verb", () => {
    const qs = quotesOf("de", "Bildungsministerin Bettina Stark-Watzinger (FDP) sagte, mit der Reform werde das Bafög einfacher.");
    expect(brief(qs)).toEqual(["indirect|mit der Reform werde das Bafög einfacher|Bettina Stark-Watzinger"]);
  });
});

describe("speakers named around the quote", () => {
  it("takes a block quote's speaker from the next paragraph that points back at it", () => {
    const de = quotesOf(
      "de",
      "Eine Studentin aus Leipzig ergänzte: „Das Bafög reicht hinten und vorne nicht.“",
      { kind: "quote", text: "„Wer heute studieren will, muss sich das leisten können. Das darf nicht sein.“" },
      "Das sagte die Vorsitzende des Studierendenwerks, Beate Schücking, am Dienstag in Berlin.",
    );
    expect(de.map((q) => q.speaker)).toEqual(["eine Studentin aus Leipzig", "Beate Schücking"]);
    const es = quotesOf(
      "de",
      { kind: "quote", text: "„Die Lage an den Hochschulen ist dramatisch.“" },
      "So sagte es der Präsident der Hochschulrektorenkonferenz, Walter Rosenthal, im Interview.",
    );
    expect(es.map((q) => q.speaker)).toEqual(["Walter Rosenthal"]);
    const said = quotesOf(
      "en",
      "Southern Water was fined £40m.",
      { kind: "quote", text: "We are seeing the same names again and again. Fines alone are clearly not enough" },
      "That, said Feargal Sharkey, the campaigner, was why he wanted executives held personally responsible.",
    );
    expect(said.map((q) => q.speaker)).toEqual(["Feargal Sharkey"]);
    const before = quotesOf(
      "en",
      { kind: "quote", text: "We are governing by crisis." },
      "That, Senator Susan Collins said, is why she wants a full-year budget.",
    );
    expect(before.map((q) => q.speaker)).toEqual(["Susan Collins"]);
  });

  it("gives a block quote no speaker from a next paragraph that does not point back", () => {
    const qs = quotesOf(
      "en",
      "Senator Chuck Schumer praised the vote.",
      { kind: "quote", text: "We are governing by crisis." },
      "That bill, Senator Susan Collins argued, came too late.",
    );
    // The paragraph's own words are hers ("That bill … came too late"); the block quote is not.
    expect(qs.filter((q) => q.kind !== "indirect").map((q) => q.speaker)).not.toContain("Susan Collins");
  });

  it("takes „it said“ for the organisation the sentence before opens with", () => {
    const company = "Southern Water apologised. “We accept the findings in full,” it said in a statement.";
    const fined = "Ofwat fined Southern Water £40m on Tuesday, the campaigner Feargal Sharkey said.";
    expect(speakersWithPeople("en", fined, company)).toEqual(["Feargal Sharkey", "Southern Water"]);
    const body = "The company apologised. “We accept the findings in full,” it said.";
    expect(speakersWithPeople("en", body)).toEqual(["the company"]);
    const person = "Governor Kazuo Ueda spoke after the meeting. “The data matter,” it said.";
    expect(speakersWithPeople("en", person)).toEqual([null]);
  });

  it("takes a body's noun alone for the body named before in full", () => {
    const qs = quotesOf(
      "en",
      "The Bank of Japan raised rates on Friday.",
      "“Underlying inflation is moving toward our target,” the bank said in a statement.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Bank of Japan"]);
    const none = quotesOf("en", "“Excessive volatility is undesirable,” the ministry said.");
    expect(none.map((q) => q.speaker)).toEqual(["the ministry"]);
  });
});
