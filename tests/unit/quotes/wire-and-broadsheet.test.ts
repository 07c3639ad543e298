// Attribution forms of wire, broadsheet and public-broadcaster news (Reuters, AP, NYT, Washington
// Post, BBC, Independent, Spiegel, RND, tagesschau) that the engine had missed: one case per cause.
import { describe, expect, it } from "vitest";
import { brief, contextOf, quotesOf } from "./context";
import { findQuotes } from "../../../src/quotes";
import { findPeople } from "../../../src/people";

const speakers = (lang: string, ...paras: string[]) => quotesOf(lang, ...paras).map((q) => q.speaker);

describe("quotes in wire and broadsheet news", () => {
  it("keeps the body an unnamed German spokesperson speaks for after „von“", () => {
    const after = "„Wir bauen so schnell, wie es die Genehmigungsbehörden zulassen“, sagte ein Sprecher von Vodafone.";
    expect(speakers("de", after)).toEqual(["ein Sprecher von Vodafone"]);
    const before = ["Ein Sprecher von Vodafone wies die Kritik zurück. „Wir bauen so schnell, wie es die Behörden zulassen“, sagte er."];
    expect(speakers("de", ...before)).toEqual(["ein Sprecher von Vodafone"]);
    // A name's capitals do not run on over "von": the phrase ends where the clause goes on.
    const minister = "„Das ist nicht hinnehmbar“, sagte eine Sprecherin von Bundesinnenminister Alexander Dobrindt am Montag.";
    expect(speakers("de", minister)).toEqual(["eine Sprecherin von Bundesinnenminister Alexander Dobrindt"]);
  });

  it("takes „der SPD-Politiker“ for the person named before whose role names the party", () => {
    const paras = [
      "Im Streit über das Rentenpaket hat SPD-Fraktionschef Matthias Miersch die Union gewarnt. »Wir haben einen Koalitionsvertrag, und der gilt«, sagte Miersch.",
      "Der SPD-Politiker reagierte damit auf Kritik aus der Jungen Union. Deren Vorsitzender Johannes Winkel hatte das Paket als »nicht zustimmungsfähig und falsch« bezeichnet.",
      "»Es geht hier nicht um Parteitaktik, sondern um Verlässlichkeit«, sagte der SPD-Politiker weiter.",
    ];
    expect(speakers("de", ...paras)).toEqual(["Matthias Miersch", "Johannes Winkel", "Matthias Miersch"]);
  });

  it("reads a role word before another as its qualifier: “the prime minister’s official spokesperson”", () => {
    const paras = [
      "Downing Street insisted the reforms were needed. The prime minister’s official spokesperson said: “The current system is failing the very people it is supposed to help.”",
    ];
    expect(speakers("en", ...paras)).toEqual(["Downing Street", "the prime minister’s official spokesperson"]);
  });

  it("takes a number or quantifier before a plural role as several speakers, said as written", () => {
    const fed = "Several policymakers said further cuts “would likely be appropriate over time” at the meeting.";
    expect(speakers("en", fed)).toEqual(["several policymakers"]);
    const two = "Two officials said the talks had been “productive but far from finished”.";
    expect(speakers("en", two)).toEqual(["two officials", "two officials"]);
  });

  it("gives a quote to the verb's subject, not to a source phrase that ends the sentence", () => {
    const minutes =
      "Several policymakers said further cuts “would likely be appropriate over time” but stressed that the committee was “not on a preset course,” according to the minutes of the Fed’s late-October meeting.";
    expect(speakers("en", minutes)).toEqual(["several policymakers", "several policymakers"]);
    // Right after the quote's comma, the source phrase is the attribution.
    expect(speakers("de", "„Kein Fahrgast hat etwas davon, wenn wir neue Gremien schaffen“, so Bahnchefin Evelyn Palla.")).toEqual([
      "Evelyn Palla",
    ]);
  });

  it("takes the noun before a relative clause without commas for the speaker, not the clause's object", () => {
    const mp = "One Labour MP who signed the letter said the mood was “the worst it has been since the election”.";
    expect(speakers("en", mp)).not.toEqual(["the letter"]);
    expect(speakers("en", mp)[0]).toMatch(/Labour MP$/);
    // A noun after an article is no verb ("in a state that"), and a clause after a comma is another's.
    const state =
      "Sherrod Brown, the Democrat who is fighting for re-election in a state that has drifted to the right, visited the plant.";
    expect(quotesOf("en", state)).toEqual([]);
    const it =
      "The military said the strike targeted Ibrahim Aqil, the head of the group’s elite Radwan Force, who it said was “responsible for the deaths of hundreds of civilians.”";
    expect(speakers("en", it)).not.toContain("the strike targeted Ibrahim Aqil");
  });

  it("takes a title before a name the people engine knows for no name of its own", () => {
    const ctx = contextOf(
      "en",
      "Chief Justice John Roberts, whose vote could be decisive, told Solicitor General D. John Sauer that the tariffs looked like “the imposition of taxes on Americans.”",
      "Justice Amy Coney Barrett, a Trump appointee, pressed Sauer on the limits of his argument. “Is it your contention that every country needed to be tariffed?” she asked.",
    );
    expect(findQuotes(ctx, findPeople(ctx)).map((q) => q.speaker)).toEqual(["John Roberts", "Amy Coney Barrett"]);
  });

  it("reads a quoted predicate that opens with its article after the object: „nannte die Pläne „einen …“", () => {
    const ctx = contextOf(
      "de",
      "Lukas Siebenkotten warnte davor, Umweltstandards zu schleifen.",
      "Der bau- und wohnungspolitische Sprecher der Unionsfraktion, Jan-Marco Luczak, nannte die Pläne „einen überfälligen Schritt“.",
    );
    const people = [{ name: "Lukas Siebenkotten", role: null, official: false, mentions: [{ start: 0, end: 18 }] }];
    expect(findQuotes(ctx, people).map((q) => q.speaker)).toEqual(["Jan-Marco Luczak"]);
    // Not where the subject follows the verb: "nennen Bund und Länder" names no object first.
    expect(speakers("de", "Das Ergebnis nennen Bund und Länder „einen Zukunftspakt für die Pflege“.")).toEqual([null]);
  });

  it("reads a name with a possessive as a determiner: “China's commerce ministry said”", () => {
    const china =
      "China's commerce ministry said it “firmly opposes the measures” and would “take all necessary steps to defend the rights of Chinese companies”.";
    expect(speakers("en", china)).toEqual(["China's commerce ministry", "China's commerce ministry"]);
    // A name after the possessive is the speaker: "RedMonk’s Stephens".
    const redmonk = [
      "Rachel Stephens, a senior analyst at RedMonk, has studied the findings.",
      "According to RedMonk’s Stephens, “We are in a cash-constrained financial environment.”",
    ];
    expect(speakers("en", ...redmonk)).toEqual(["Rachel Stephens"]);
  });

  it("steps over a phrase set off after the subject that a preposition opens", () => {
    const paras = [
      "Rory Deighton, from the NHS Confederation, which represents health managers, warned that each round of strikes cost the health service millions.",
      '"Every walkout pushes waiting lists up again," he said.',
    ];
    expect(brief(quotesOf("en", ...paras))).toEqual([
      "indirect|each round of strikes cost the health service millions|Rory Deighton",
      "direct|Every walkout pushes waiting lists up again,|Rory Deighton",
    ]);
    const office = "The White House budget office, in a statement, said the bill was “the only responsible path forward” and urged a vote.";
    expect(speakers("en", office)).toEqual(["the White House budget office", "the White House budget office"]);
  });

  it("finds German reported speech that opens with a prepositional phrase before its subjunctive verb", () => {
    const lillig =
      "Die Sprecherin der Grünen, Rebecca Lillig, sagte dem RND, ohne einen klaren Mechanismus zur Pflicht werde sich an der Lage nichts ändern.";
    expect(brief(quotesOf("de", lillig))).toEqual([
      "indirect|ohne einen klaren Mechanismus zur Pflicht werde sich an der Lage nichts ändern|Rebecca Lillig",
    ]);
    // A relative clause after a preposition has its pronoun, not a noun, before the verb.
    expect(quotesOf("de", "Merz dankte den Helfern, für die er sich immer einsetze.")).toEqual([]);
  });
});
