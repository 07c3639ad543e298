// Attribution patterns: verbs of saying before and after, "so X", "according to", "told
// reporters", colons, split quotes, pronouns and role nouns, organisations, unnamed speakers.
import { describe, expect, it } from "vitest";
import { brief, contextOf, quotesOf } from "./context";
import { findQuotes } from "../../../src/quotes";
import { findPeople } from "../../../src/people";

describe("who said it", () => {
  it.each([
    ["de", "„Wir lassen die Ukraine nicht allein“, sagte Außenminister Johann Wadephul.", "Johann Wadephul"],
    ["de", "Außenminister Johann Wadephul sagte: „Wir lassen die Ukraine nicht allein.“", "Johann Wadephul"],
    ["de", "„Wir lassen die Ukraine nicht allein“, so Claudia Major, Sicherheitsexpertin beim German Marshall Fund.", "Claudia Major"],
    ["de", "Laut Claudia Major ist das „ein Signal an Moskau und an die Verbündeten“.", "Claudia Major"],
    ["de", "Rubio: „Wir lassen die Ukraine nicht allein.“", "Rubio"],
    ["en", "“We will not abandon Ukraine,” Secretary of State Marco Rubio told reporters.", "Marco Rubio"],
    ["en", "According to Marco Rubio, the talks were “productive and very constructive”.", "Marco Rubio"],
    ["en", "“We will not abandon Ukraine,” said Mr. Reeves, a senior fellow at Harvard.", "Reeves"],
    ["en", "Lee, the Democratic Party leader, said the decree was “an illegal declaration of martial law” today.", "Lee"],
    // An affiliation between name and verb, and the one told after the verb, are no speakers.
    ["de", "Marcel Fratzscher vom DIW sagte dem ZDF, die Investitionen seien „ein Schritt in die richtige Richtung“.", "Marcel Fratzscher"],
    ["en", "“It is a start,” Maria Gonzalez of Brookings said.", "Maria Gonzalez"],
    [
      "en",
      "Representative Hakeem Jeffries of New York, the Democratic leader, said his party had “fought for every dollar.”",
      "Hakeem Jeffries",
    ],
    ["de", "„Das ist nicht hinnehmbar“, sagte dem Spiegel ein Sprecher des Fahrgastverbands.", "ein Sprecher des Fahrgastverbands"],
    // "von der" before a body opens an affiliation, not a name like "von der Leyen".
    [
      "de",
      "„Das ist ein gefährlicher Moment“, sagt die Forscherin Claudia Major von der Stiftung Wissenschaft und Politik.",
      "Claudia Major",
    ],
    ["de", "„Wir helfen“, sagte Ursula von der Leyen in Brüssel.", "Ursula von der Leyen"],
    // A role of its own between the head and the name, and a lower-case role without article.
    ["de", "„Er wollte töten“, sagte der Vorsitzende Richter Winfried van der Grinten.", "Winfried van der Grinten"],
    ["en", "“It will get worse,” said spokeswoman Jane Porter.", "Jane Porter"],
    ["en", "“It will get worse,” said meteorologist Ryan Kittell.", "Ryan Kittell"],
    ["en", "A Labour source was less impressed: “He says that every election.”", "a Labour source"],
    // The subject between auxiliary and participle, after an object pronoun.
    ["de", "Als ich ins Amt kam, hat mir ein General gesagt: „Die Truppe erwartet Ehrlichkeit.“", "ein General"],
  ])("%s: %s", (lang, sentence, speaker) => {
    const [q] = quotesOf(lang, sentence);
    expect(q?.speaker).toBe(speaker);
    expect(sentence.slice(q!.speakerStart, q!.speakerEnd)).toContain(speaker.split(" ").pop());
  });

  it("gives the words of a saying still to come to its reporter, even where a president is known", () => {
    const ctx = contextOf(
      "en",
      "Ursula von der Leyen, the president of the European Commission, flew to Kyiv.",
      "The press secretary, Karoline Leavitt, said the president would announce his decision “in the coming weeks.”",
    );
    expect(findQuotes(ctx, findPeople(ctx)).map((q) => q.speaker)).toEqual(["Karoline Leavitt", "Karoline Leavitt"]);
  });

  it("takes the subject of a verb of saying before a colon, not its object or a capitalised role word", () => {
    const told = quotesOf("en", "Its head of flood management, Jeremy Parr, told BBC Radio Wales: “Our teams worked through the night.”");
    expect(told.map((q) => q.speaker)).toEqual(["Jeremy Parr"]);
    const board = quotesOf("en", "At one meeting, resident Anna Kerr told the board: “You are trading our water for a check.”");
    expect(board.map((q) => q.speaker)).toEqual(["Anna Kerr"]);
    const chief = quotesOf("en", "Chief meteorologist Paul Gundersen said: “Ground is saturated, so more rain could flood it.”");
    expect(chief.map((q) => q.speaker)).toEqual(["Paul Gundersen"]);
    // A verb in second place after an adverb: its subject follows it.
    const de = quotesOf("de", "Maria Berg kam spät. Zugleich mahnte sie: „Die Debatte darf uns nicht aufsaugen.“");
    expect(de.map((q) => q.speaker)).toEqual(["Maria Berg"]);
  });

  it("takes no subject of the words said for the speaker: “said Congress would”", () => {
    const qs = quotesOf(
      "en",
      "Senator John Thune called the vote “a win for the American people” and said Congress would “get to work right after the holidays.”",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["John Thune", "John Thune"]);
  });

  it("lets no pronoun stand for the owner of a named person: “Wales' First Minister Eluned Morgan”", () => {
    const ctx = contextOf(
      "en",
      "Sarah Jenkins said the water came fast. “Everything is ruined,” she told BBC Wales.",
      "Wales' First Minister Eluned Morgan has visited the town this morning.",
      "Speaking to reporters, she said: “I've seen the devastation with my own eyes.”",
    );
    const direct = findQuotes(ctx, findPeople(ctx)).filter((q) => q.kind === "direct");
    expect(direct.map((q) => q.speaker)).toEqual(["Sarah Jenkins", "Eluned Morgan"]);
  });

  it("gives both halves of a quote split by „sagte er“ the same speaker", () => {
    const qs = quotesOf("de", "Marco Rubio kam spät.", "„Wir bleiben“, sagte er, „bei unserer Linie in dieser Frage.“");
    expect(qs.map((q) => q.speaker)).toEqual(["Marco Rubio", "Marco Rubio"]);
    expect(qs.map((q) => q.text)).toEqual(["Wir bleiben", "bei unserer Linie in dieser Frage."]);
  });

  it("resolves pronouns and role nouns to the person last named, with the role", () => {
    const qs = quotesOf(
      "de",
      "Die Außenministerin Anna Lührmann traf ihren Kollegen in Paris.",
      "„Wir stehen an der Seite der Ukraine“, sagte sie.",
      "„Das ist keine Frage des Geldes“, erklärte die Ministerin.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Anna Lührmann", "Anna Lührmann"]);
    expect(qs[1]!.speakerRole).toBe("Außenministerin");
  });

  it("lets a pronoun stand only for a person of its gender, as the role shows it", () => {
    const qs = quotesOf(
      "de",
      "Die Sprecherin Anna Berg traf am Montag Außenminister Karl Muster in Paris.",
      "„Wir haben lange und offen gesprochen“, sagte sie.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Anna Berg"]);
  });

  it("gives an unattributed quote to the unnamed person who just entered the scene", () => {
    const qs = quotesOf("de", "Ein junger Polizist wird knallrot. „Das ist normalerweise nicht so, wir haben uns zufällig getroffen.“");
    expect(qs.map((q) => q.speaker)).toEqual(["ein junger Polizist"]);
  });

  it("keeps two speakers joined by „und“ together", () => {
    const qs = quotesOf("de", "„Beide Regierungen wollen Hindernisse beseitigen“, schreiben Berlin und Paris im Vertrag.");
    expect(qs.map((q) => q.speaker)).toEqual(["Berlin und Paris"]);
  });

  it("grows a surname to the full name written before", () => {
    const qs = quotesOf("en", "Senator Elizabeth Warren spoke on Monday.", "“This is a scandal,” Warren said.");
    expect(brief(qs)).toEqual(["direct|This is a scandal,|Elizabeth Warren"]);
    // A surname of two words too: "De Wever" is "Bart De Wever", no second person.
    const two = quotesOf(
      "en",
      "EU leaders failed to agree, as Belgian Prime Minister Bart De Wever refused to drop his objections.",
      "De Wever has argued that Belgium would be exposed to Russian retaliation.",
    );
    expect(brief(two)).toEqual(["indirect|Belgium would be exposed to Russian retaliation|Bart De Wever"]);
  });

  it("names organisations, documents and unnamed people as written, unknown as null", () => {
    const qs = quotesOf(
      "de",
      "„Wir prüfen den Vorgang sehr genau“, teilte das Ministerium mit.",
      "„Die Lage ist ernst und unübersichtlich“, sagte ein Sprecher.",
      "„Niemand weiß, was morgen kommt“, hieß es.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["das Ministerium", "ein Sprecher", null]);
  });

  it("names several people of a body in the genitive as written, not the body alone nor a group named before", () => {
    const qs = quotesOf(
      "de",
      "Anwohner berichteten, es habe laut geknallt.",
      "Vertreter der Industrie erklärten, die Kosten seien zu hoch.",
      "Abgeordnete der Grünen sagten, das Gesetz sei verfassungswidrig.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Anwohner", "Vertreter der Industrie", "Abgeordnete der Grünen"]);
  });

  it("takes a document as the speaker of „So hieß es dort:“", () => {
    const qs = quotesOf("de", "Der Entwurf wurde bekannt. So hieß es dort: „Die Nato verzichtet auf weitere Mitglieder.“");
    expect(qs[0]?.speaker).toBe("der Entwurf");
  });

  it("uses the people engine's full name and role when it has them", () => {
    const ctx = contextOf("de", "„Das war ein Fehler“, sagte Rubio.");
    const people = [{ name: "Marco Rubio", role: "US-Außenminister", official: true, mentions: [{ start: 27, end: 32 }] }];
    expect(findQuotes(ctx, people).map((q) => [q.speaker, q.speakerRole])).toEqual([["Marco Rubio", "US-Außenminister"]]);
  });

  it("finds indirect speech after a verb of saying, precision first", () => {
    const qs = quotesOf(
      "de",
      "Ein Sprecher teilte lediglich mit, es wäre völlig unrealistisch, Rubio bei jedem Treffen zu erwarten.",
      "Er könne nicht bei jedem Treffen dabei sein, hieß es. Die Amerikaner sagten danach zu, dass Themen separat behandelt werden.",
    );
    expect(brief(qs)).toEqual(["indirect|es wäre völlig unrealistisch, Rubio bei jedem Treffen zu erwarten|ein Sprecher"]);
    const en = quotesOf("en", "Senator Elizabeth Warren said that the bank had misled its customers for years.");
    expect(brief(en)).toEqual(["indirect|the bank had misled its customers for years|Elizabeth Warren"]);
    // A short quoted phrase keeps both its marks; one that is the whole clause is no report.
    const marked = quotesOf("en", 'Senator Elizabeth Warren said that the bank\'s conduct was "a disgrace".');
    expect(brief(marked)).toEqual(['indirect|the bank\'s conduct was "a disgrace"|Elizabeth Warren']);
    const whole = quotesOf("en", 'Danish Climate Minister Lars Aagaard said that "Europe delivers".');
    expect(brief(whole)).toEqual([]);
    // A clause of the writer's words holds it: what the minister said the deal showed.
    const held = quotesOf("en", 'Danish Climate Minister Lars Aagaard said the deal showed that "Europe delivers".');
    expect(brief(held)).toEqual(['indirect|the deal showed that "Europe delivers"|Lars Aagaard']);
  });

  it("finds reported speech before its verb of saying, and carries its speaker to the quote after it", () => {
    const qs = quotesOf(
      "de",
      "Unter den Demonstrierenden war auch Yusuf Demir, der in Wilhelmsburg lebt.",
      "Seine Vermieterin habe die Miete in zwei Jahren um 20 Prozent erhöht, erzählt der 41-Jährige. „Wir wissen nicht, wie lange wir uns das noch leisten können.“",
    );
    expect(brief(qs)).toEqual([
      "indirect|Seine Vermieterin habe die Miete in zwei Jahren um 20 Prozent erhöht|Yusuf Demir",
      "direct|Wir wissen nicht, wie lange wir uns das noch leisten können.|Yusuf Demir",
    ]);
    // A subordinate clause before the verb is its object or a circumstance, and a sentence that
    // goes on after the speaker is no report.
    const none = quotesOf(
      "de",
      "Was in den Ländern geschehen sollte, beschreibt der Beitrag der Kommission recht gut.",
      "Nachdem der Beauftragte erklärt hatte, die Nutzung sei unzulässig, äußerte er sich am Freitag erneut zum Thema.",
    );
    expect(brief(none)).toEqual([]);
  });

  it("reads a name and its verb after a quote that ends in ! or ? as the same sentence", () => {
    const qs = quotesOf("en", "Lute laughed at them.", "“Why do we say that to Alden sometimes?” Kim asked as he finished.");
    expect(qs.map((q) => q.speaker)).toEqual(["Kim"]);
    // A full stop ends the quote's sentence: what follows reports anew.
    const stop = quotesOf("en", "“Take it with a meal.” She added that you can also take it in the afternoon.");
    expect(stop.map((q) => q.kind)).toEqual(["direct", "indirect"]);
    // Where nouns are capitalised an adverb may start the next sentence: „…?“ Weiter sagte er.
    const de = quotesOf("de", "Anna Berg lachte.", "„Warum sagen wir das?“ Weiter sagte Tom Kurz nichts.");
    expect(de.map((q) => q.speaker)).toEqual(["Anna Berg"]);
  });

  it("steps over an age between the name and the verb, and takes a two-word quote the name says", () => {
    const qs = quotesOf("en", "Linda Harlow heard of it first.", "“I laughed,” Harlow, 68, recalled last week. “Then I read it.”");
    expect(brief(qs)).toEqual(["direct|I laughed,|Linda Harlow", "direct|Then I read it.|Linda Harlow"]);
  });

  it("gives a quote after „dass er …:“ to the subject of the clause the pronoun stands for", () => {
    const qs = quotesOf(
      "de",
      "Bundeskanzler Friedrich Merz reiste nach Paris. Dassault-Chef Éric Trappier hatte gedroht.",
      "„Wir wissen, wie man Flugzeuge baut“, hatte er im Juli gesagt.",
      "Der Kanzler machte deutlich, dass er keine Zeit verlieren wolle: „Wir haben zu viel geredet.“",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Éric Trappier", "Friedrich Merz"]);
  });

  it("takes „glaubt“ and „the bank“ as cues and speakers", () => {
    const de = quotesOf("de", "„Das wird ein Signal an den gesamten Finanzplatz sein“, glaubt der Jurist Till Zimmermann.");
    expect(de.map((q) => q.speaker)).toEqual(["Till Zimmermann"]);
    const en = quotesOf("en", "Alexander Novak spoke.", "“We see upside risks to our forecast,” the bank said in a note to clients.");
    expect(en.map((q) => q.speaker)).toEqual(["the bank"]);
  });

  it("takes a name set off after a role it cannot read, and no owner for the next quote", () => {
    const ctx = contextOf(
      "en",
      "Texas Gov. Greg Abbott said the state would appeal.",
      "“The judge got it right,” said Sen. John Cornyn’s Democratic challenger, Colin Allred. “This law was never about safety.”",
    );
    expect(findQuotes(ctx, findPeople(ctx)).map((q) => q.speaker)).toEqual(["Greg Abbott", "Colin Allred", "Colin Allred"]);
  });

  it("takes the titled name set off after a role, not the role", () => {
    const qs = quotesOf("en", "Its president, Dr Adrian Boyle, said: “Patients are still waiting far too long in corridors.”");
    expect(qs.map((q) => q.speaker)).toEqual(["Adrian Boyle"]);
  });

  it("steps over a relative clause between the speaker and the verb", () => {
    const qs = quotesOf("en", "Thames Water, which is struggling under £20bn of debt, said it was “committed to reducing spills.”");
    expect(qs.map((q) => q.speaker)).toEqual(["Thames Water", "Thames Water"]);
  });

  it("takes the document or body after a preposition as the speaker of „heißt es“, a document's author first", () => {
    const qs = quotesOf(
      "de",
      "„Die Lücke ist größer als offiziell eingeräumt“, heißt es in einem internen Bericht der Behörde.",
      "„Niemand weiß, was morgen kommt“, hieß es in Berlin.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["der Behörde", null]);
    const statement = quotesOf(
      "de",
      "Die Bundesregierung weist die Kritik zurück. „Die Reform ist der größte Schritt seit Jahren“, heißt es in einer Stellungnahme der Bundesregierung.",
      "„Die Lage ist ernst“, hieß es in dem Bericht.",
    );
    expect(statement.map((q) => q.speaker)).toEqual(["der Bundesregierung", "dem Bericht"]);
  });

  it("takes no lower-case word for a role noun where nouns are capitalised", () => {
    const qs = quotesOf(
      "de",
      "Anna Berg hat eine Tochter. Das Plakat zeigt, dass meine minderjährige Tochter demnächst im Kampfanzug antreten soll.",
      "Überschrieben ist das Ganze mit „Wir kämpfen gegen Corona“.",
    );
    expect(qs.map((q) => q.speaker)).not.toContain("Tochter");
  });

  it("takes the name after a role phrase, and an organisation's name over „of“", () => {
    const qs = quotesOf(
      "en",
      "The relationship “transcends any particular president or government,” State Department deputy spokesperson Vedant Patel said.",
      "The causes are “sickness, navigational error and extreme weather,” according to the New Zealand Department of Conservation.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Vedant Patel", "the New Zealand Department of Conservation"]);
  });

  it("finds the subject at the auxiliary, never the object before a participle", () => {
    const object = quotesOf(
      "de",
      "Firmen im Saarland hätten ihren französischen Mitarbeitern gesagt, sie seien nicht erwünscht, während die Deutschen arbeiteten.",
    );
    expect(object.map((q) => q.speaker)).not.toContain("ihren französischen Mitarbeitern");
    const subject = quotesOf("de", "Die Ministerin Anna Berg hat den Journalisten gesagt, sie sei nicht zufrieden mit dem Ergebnis.");
    expect(brief(subject)).toEqual(["indirect|sie sei nicht zufrieden mit dem Ergebnis|Anna Berg"]);
    const inverted = quotesOf("fr", "« Nous restons sur notre ligne », a déclaré Rubio.");
    expect(inverted.map((q) => q.speaker)).toEqual(["Rubio"]);
  });

  it("keeps plural role nouns as written instead of the person named last", () => {
    const de = quotesOf(
      "de",
      "Ein junger Polizist wird knallrot.",
      "Die Beamten bestätigen, dass nur Berufspendler über die Brücke dürfen.",
    );
    expect(de.map((q) => q.speaker)).toEqual(["die Beamten"]);
    const en = quotesOf("en", "Marco Rubio arrived on Monday.", "“The talks have failed,” the officials said.");
    expect(en.map((q) => q.speaker)).toEqual(["the officials"]);
  });

  it("lets „der Mann“ take up the unnamed person introduced last, not a named one", () => {
    const qs = quotesOf(
      "de",
      "Ein Aktivist kaufte die Dateien. Der Datenschutzbeauftragte Johannes Caspar warnte.",
      "Der Mann veröffentlicht regelmäßig Daten. „Ich bin gegen den Handel mit Waffen“, schrieb er.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["ein Aktivist"]);
  });

  it("never lets „der Mann“ take up a spokesperson, who speaks for an institution", () => {
    const de = quotesOf(
      "de",
      "Ein Aktivist kaufte die Dateien. „Wir prüfen das“, so ein Sprecher.",
      "Der Mann veröffentlicht regelmäßig Daten. „Ich bin gegen den Handel mit Waffen“, schrieb er.",
    );
    expect(de.map((q) => q.speaker)).toEqual(["ein Sprecher", "ein Aktivist"]);
    const en = quotesOf(
      "en",
      "An activist bought the files. “We are looking into it,” a spokesman said.",
      "The man publishes data regularly. “I oppose the arms trade,” he wrote.",
    );
    expect(en.map((q) => q.speaker)).toEqual(["a spokesman", "an activist"]);
  });

  it("reads a block quote's attribution line, or takes the speaker quoted before it", () => {
    const own = quotesOf("de", { kind: "quote", text: "Das würde das falsche Signal senden.\n„ Oana Lungescu, ehem. Nato-Sprecherin" });
    expect(own.map((q) => [q.kind, q.text, q.speaker, q.speakerRole])).toEqual([
      ["block", "Das würde das falsche Signal senden.", "Oana Lungescu", "ehem. Nato-Sprecherin"],
    ]);
    const inline = quotesOf("de", { kind: "quote", text: "Das würde das falsche Signal senden. „ Oana Lungescu, ehem. Nato-Sprecherin" });
    expect(inline[0]?.speaker).toBe("Oana Lungescu");
    const pulled = quotesOf("en", "“We are ready,” said Jane Doe, the mayor.", { kind: "quote", text: "“We are ready”" });
    expect(pulled.map((q) => q.speaker)).toEqual(["Jane Doe", "Jane Doe"]);
  });
});
