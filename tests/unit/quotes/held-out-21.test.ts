// Reported speech in English and German news the engine had not seen (AP, NPR, Reuters, Spiegel):
// irregular pasts in a clause after "said", groups who speak as what they back or are, clauses set
// off between a speaker and the verb, and a demonstrative subject of a German report. One case per cause.
import { describe, expect, it } from "vitest";
import { brief, quotesOf } from "./context";

const indirect = (lang: string, ...paras: string[]) => brief(quotesOf(lang, ...paras).filter((q) => q.kind === "indirect"));

describe("reported speech on unseen pages (21)", () => {
  it("reads a clause whose verb is an irregular past after a bare 'said'", () => {
    const went = "Ohio Gov. Mike DeWine said the bill went too far and promised a veto.";
    expect(indirect("en", went)).toEqual(["indirect|the bill went too far|Mike DeWine"]);
    const put = "Analysts at Goldman Sachs said the markets put the odds of a December cut at about 60 percent.";
    expect(indirect("en", put)).toEqual([
      "indirect|the markets put the odds of a December cut at about 60 percent|Analysts at Goldman Sachs",
    ]);
    // A past form after a determiner is no verb of a clause: "the cut" is the object said.
    expect(indirect("en", "Finance chief Mary Jones said the cut.")).toEqual([]);
  });

  it("reads a clause whose subject holds a relative clause set off by commas", () => {
    const para = "Cal Fire officials said the blaze, which began on Sunday near the town of Paradise, was 40% contained by Tuesday night.";
    expect(indirect("en", para)).toEqual([
      "indirect|the blaze, which began on Sunday near the town of Paradise, was 40% contained by Tuesday night|Cal Fire officials",
    ]);
    // Words set off after an object that no verb follows are no clause.
    expect(indirect("en", "Cal Fire officials said the blaze, which began on Sunday.")).toEqual([]);
  });

  it("reads groups named by what they back or are", () => {
    const supporters =
      "Supporters of the law, including Gov. Greg Abbott, say it protects children from material that is not appropriate for their age.";
    expect(indirect("en", supporters)).toEqual([
      "indirect|it protects children from material that is not appropriate for their age|Supporters of the law",
    ]);
    const parents = "Parents who attended the meeting in Lubbock said the plan was rushed.";
    expect(indirect("en", parents)).toEqual(["indirect|the plan was rushed|Parents"]);
  });

  it("reads a speaker before a clause that a subordinator opens, set off by commas", () => {
    const para =
      "Parents in Gaines County, where the outbreak began in January, told reporters the vaccine clinic came too late for their children.";
    expect(indirect("en", para)).toEqual(["indirect|the vaccine clinic came too late for their children|Parents in Gaines County"]);
  });

  it("reads a one-word group that opens its sentence before an adverb set off", () => {
    const para = "Democrats, however, said that the bill would strip health coverage from millions of people.";
    expect(indirect("en", para)).toEqual(["indirect|the bill would strip health coverage from millions of people|Democrats"]);
    // A sentence's first word before an adverb set off that is no name speaks not.
    expect(indirect("en", "Still, however, said that the bill would fail.")).toEqual([]);
  });

  it("reads a German report whose subject is a demonstrative pronoun", () => {
    const para = "Kritiker der Reform warnten, das sei ein Angriff auf die Unabhängigkeit der Gerichte.";
    expect(indirect("de", para)).toEqual(["indirect|das sei ein Angriff auf die Unabhängigkeit der Gerichte|Kritiker der Reform"]);
  });
});
