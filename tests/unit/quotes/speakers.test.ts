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
    expect(findQuotes(ctx, findPeople(ctx)).map((q) => q.speaker)).toEqual(["Karoline Leavitt"]);
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
