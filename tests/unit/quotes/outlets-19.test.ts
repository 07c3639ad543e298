// Attribution forms from taz, Handelsblatt, NDR, Deutschlandfunk, Der Standard, Al Jazeera, The
// Atlantic, Politico, The Independent and AP prose: one case per cause.
import { describe, expect, it } from "vitest";
import { quotesWithPeople as withPeople, type Para } from "./context";
const indirect = (lang: string, ...paras: Para[]) =>
  withPeople(lang, ...paras)
    .filter((q) => q.kind === "indirect")
    .map((q) => `${q.text}|${q.speaker}`);
const said = (lang: string, ...paras: Para[]) => withPeople(lang, ...paras).map((q) => `${q.kind}|${q.speaker}`);

describe("quotes in news prose of more outlets, round 19", () => {
  it("gives a verb of saying after “and” or “but” the subject of the clause's first verb", () => {
    const paras = [
      "Environment secretary Emma Reynolds welcomed the investment but said the industry still had to earn back public trust.",
      "Gov. Jared Polis declared a state of emergency and said the state would make National Guard troops available.",
      "The state’s education commissioner, Pender Makin, acknowledged the pain of closures but said the state could not keep every building open.",
    ];
    expect(indirect("en", ...paras)).toEqual([
      "the industry still had to earn back public trust|Emma Reynolds",
      "the state would make National Guard troops available|Jared Polis",
      "the state could not keep every building open|Pender Makin",
    ]);
  });

  it("reads a second report that a coordinator joins to the first, by the same speaker", () => {
    const en = [
      "The National Weather Service said the winds would ease overnight but warned that the dry conditions would persist through the weekend.",
    ];
    expect(indirect("en", ...en)).toEqual([
      "the winds would ease overnight|the National Weather Service",
      "the dry conditions would persist through the weekend|the National Weather Service",
    ]);
    const de = ["Präsidentin Verena Bentele sagte, die Pläne kämen zu spät, und betonte, man müsse die Heimbewohner jetzt entlasten."];
    expect(indirect("de", ...de)).toEqual([
      "die Pläne kämen zu spät|Verena Bentele",
      "man müsse die Heimbewohner jetzt entlasten|Verena Bentele",
    ]);
  });

  it("reads reported speech around a speaker set off by commas", () => {
    const paras = [
      "Senate Majority Leader John Thune, meanwhile, urged the House to move quickly. The Senate, he said, would take up whatever the House passed.",
    ];
    expect(indirect("en", ...paras)).toEqual(["The Senate, he said, would take up whatever the House passed|John Thune"]);
  });

  it("takes the name set off after a role that follows the verb of saying", () => {
    const de = [
      "Analyst Christoph Laskawi hält den Abbau für notwendig.",
      "Die IG Metall reagierte scharf. „Die Beschäftigten zahlen die Zeche für Managementfehler der vergangenen Jahre“, erklärte der Bezirksleiter der IG Metall Bayern, Horst Ott.",
    ];
    expect(said("de", ...de)).toEqual(["direct|Horst Ott"]);
    const fronted = ["Es fehle an Kasernen und Ausbildern, erklärte der Vorsitzende des Bundeswehrverbands, André Wüstner."];
    expect(indirect("de", ...fronted)).toEqual(["Es fehle an Kasernen und Ausbildern|André Wüstner"]);
    const en = ["“We will not stop,” said the BBC’s political editor, Chris Mason."];
    expect(said("en", ...en)).toEqual(["direct|Chris Mason"]);
  });

  it("takes no owner after the verb for the speaker: it opens what was said", () => {
    const paras = [
      "Speaking to Al Jazeera from Port Sudan, government spokesman Khalid al-Aiser said the RSF’s announcement was “a media manoeuvre”.",
    ];
    expect(said("en", ...paras)).toContain("direct|Khalid al-Aiser");
  });

  it("reads names with a particle joined by a hyphen, and no affiliation for a name's particle", () => {
    const en = ["Army chief Abdel Fattah al-Burhan said that there would be no truce with the militia."];
    expect(indirect("en", ...en)).toEqual(["there would be no truce with the militia|Abdel Fattah al-Burhan"]);
    const de = ["Analyst Christoph Laskawi von der Deutschen Bank schrieb in einer Notiz an Kunden, der Abbau sei notwendig."];
    expect(indirect("de", ...de)).toEqual(["der Abbau sei notwendig|Christoph Laskawi"]);
  });

  it("reads a clause whose subject holds a comma between lower-case words", () => {
    const paras = [
      "Climate scientists have said warmer, drier winters are lengthening the fire season along Colorado’s Front Range.",
      "Power company officials said the timing, in the middle of winter, could not be worse.",
    ];
    expect(indirect("en", ...paras)).toEqual([
      "warmer, drier winters are lengthening the fire season along Colorado’s Front Range|Climate scientists",
      "the timing, in the middle of winter, could not be worse|Power company officials",
    ]);
  });

  it("reads “estimated” as a verb of saying, and the person told before a clause", () => {
    const paras = [
      "The World Food Programme (WFP) estimated that about 600,000 people had fled El-Fasher and the surrounding camps since October.",
      "Union leader Jon Holden told reporters members had won a new contract.",
    ];
    expect(indirect("en", ...paras)).toEqual([
      "about 600,000 people had fled El-Fasher and the surrounding camps since October|the World Food Programme",
      "members had won a new contract|Jon Holden",
    ]);
  });
});
