// Reported speech and speakers in English news the engine had not seen (Guardian, Reuters, BBC,
// AP): words fronted before their speaker, sources that open a sentence, sayings after a quotation,
// and the names and bodies that speak. One case per cause.
import { describe, expect, it } from "vitest";
import { brief, quotesOf, quotesWithPeople } from "./context";

const indirect = (...paras: string[]) => brief(quotesOf("en", ...paras).filter((q) => q.kind === "indirect"));

describe("English reported speech on unseen pages", () => {
  it("reads words fronted before a speaker whose sentence goes on in lower case", () => {
    const added =
      "The assets could fetch as much as $1.5 billion, one of the sources said, adding that talks with local buyers were at an early stage.";
    expect(indirect(added)).toEqual([
      "indirect|The assets could fetch as much as $1.5 billion|one of the sources",
      "indirect|talks with local buyers were at an early stage|one of the sources",
    ]);
    const as =
      "Shell is exploring a sale of its remaining onshore oil assets, three sources familiar with the matter told Reuters, as the company cuts its exposure to risky regions.";
    expect(indirect(as)).toEqual([
      "indirect|Shell is exploring a sale of its remaining onshore oil assets|three sources familiar with the matter",
    ]);
  });

  it("reads a quotation inside words fronted before their speaker", () => {
    const para =
      "Councils in England are heading for a “cliff edge” in adult social care funding, town hall leaders have warned, with spending rising faster than at any time in the past decade.";
    expect(indirect(para)).toEqual([
      "indirect|Councils in England are heading for a “cliff edge” in adult social care funding|town hall leaders",
    ]);
    // The quotation's own attribution is no fronted report.
    expect(indirect("“We will not allow a repeat of the mistakes of the past,” Lokpobiri said.")).toEqual([]);
  });

  it("reads a source that opens its sentence", () => {
    const paras = [
      "Sarah Woolnough, the chief executive of the King’s Fund, was blunt.",
      "According to Woolnough, waiting lists for care assessments have grown by a third since 2024.",
    ];
    expect(indirect(...paras)).toEqual(["indirect|waiting lists for care assessments have grown by a third since 2024|Sarah Woolnough"]);
    // A source that is a thing, no one who speaks, reports nothing.
    expect(indirect("According to the timetable, the trains will run every ten minutes.")).toEqual([]);
  });

  it("reads a saying after the last quotation of its sentence", () => {
    const para =
      "The shadow health secretary, Stuart Andrew, accused ministers of “kicking the can down the road” and said the Conservatives would back a cross-party commission.";
    expect(indirect(para)).toEqual(["indirect|the Conservatives would back a cross-party commission|Stuart Andrew"]);
  });

  it("goes on to a participle of saying after a report, and ends one at a second saying", () => {
    const posted = "Rep. Chip Roy, R-Texas, posted on social media that he would vote no, arguing the bill was far too expensive.";
    expect(indirect(posted)).toEqual(["indirect|he would vote no|Chip Roy", "indirect|the bill was far too expensive|Chip Roy"]);
    const signaled =
      "Senate Democratic leader Chuck Schumer told reporters his caucus would review the text but signaled that it wanted an extension of health care subsidies attached.";
    expect(indirect(signaled)).toEqual([
      "indirect|his caucus would review the text|Chuck Schumer",
      "indirect|it wanted an extension of health care subsidies attached|Chuck Schumer",
    ]);
  });

  it("takes no infinitive after a verb of saying for a clause", () => {
    expect(indirect("Kemi Badenoch promised to reverse it if her party returned to power.")).toEqual([]);
  });

  it("ends a sentence at a full stop inside marks that are no quotation", () => {
    const para =
      "The minutes also showed that officials discussed the end of the runoff, a process known as “quantitative tightening.” A cut in December is still likely, according to Capital Economics.";
    expect(indirect(para)).toEqual(["indirect|A cut in December is still likely|Capital Economics"]);
  });

  it("goes on past an infinitive that shares the clause's modal", () => {
    const para = "Heathrow said the expansion would create 100,000 jobs and add £40bn to the economy.";
    expect(indirect(para)).toEqual(["indirect|the expansion would create 100,000 jobs and add £40bn to the economy|Heathrow"]);
  });

  it("reads words reported around a speaker set off, a quotation among them", () => {
    const paras = [
      "House Minority Leader Hakeem Jeffries dismissed that idea.",
      "The bill, he said, would “rip food out of the mouths of children.”",
    ];
    expect(brief(quotesOf("en", ...paras))).toEqual([
      "indirect|The bill, he said, would “rip food out of the mouths of children.”|Hakeem Jeffries",
      "direct|rip food out of the mouths of children.|Hakeem Jeffries",
    ]);
  });

  it("takes a noun that names a company for a speaker after words fronted", () => {
    const para =
      "TOKYO, Nov 18 (Reuters) - Toyota Motor will invest $10 billion in U.S. battery production over the next five years, the world's biggest automaker said on Wednesday, as it seeks to shield itself from tariffs.";
    expect(indirect(para)).toEqual([
      "indirect|Toyota Motor will invest $10 billion in U.S. battery production over the next five years|the world's biggest automaker",
    ]);
  });

  it("reads a source with an apposition at the sentence's end, and takes up its name after", () => {
    const paras = [
      "Research on phone bans is mixed, according to Julia Freeland Fisher, an education researcher at the Clayton Christensen Institute.",
      "She said schools had paired bans with changes to how students spend free time.",
    ];
    expect(brief(quotesWithPeople("en", ...paras))).toEqual([
      "indirect|Research on phone bans is mixed|Julia Freeland Fisher",
      "indirect|schools had paired bans with changes to how students spend free time|Julia Freeland Fisher",
    ]);
  });

  it("takes no noun after “said” for words that may stand before “that”", () => {
    const para = "Julia Fisher said schools that saw the biggest gains had paired bans with other changes.";
    expect(indirect(para)).toEqual([]);
    const told = "Karl Frisch told The Washington Post that members had received more than 2,000 emails.";
    expect(indirect(told)).toEqual(["indirect|members had received more than 2,000 emails|Karl Frisch"]);
    const late = "Karl Frisch said late Tuesday that members had received more than 2,000 emails.";
    expect(indirect(late)).toEqual(["indirect|members had received more than 2,000 emails|Karl Frisch"]);
  });

  it("reads past an AP dateline", () => {
    const para = "BEIRUT (AP) — An Israeli airstrike on a building in southern Beirut killed 12 people, the Israeli military said.";
    expect(indirect(para)).toEqual([
      "indirect|An Israeli airstrike on a building in southern Beirut killed 12 people|the Israeli military",
    ]);
  });
});

describe("English speakers on unseen pages", () => {
  it("steps back over a party and state before a role set off by commas", () => {
    const para =
      "Sen. Susan Collins, R-Maine, the chair of the Appropriations Committee, said she was hopeful the full-year bills could be finished by spring.";
    expect(quotesWithPeople("en", para).map((q) => q.speaker)).toEqual(["Susan Collins"]);
  });

  it("takes the one told for no speaker, and a role noun for an apposition", () => {
    const para =
      "Dr. Paul Offit, director of the Vaccine Education Center at Children’s Hospital of Philadelphia, told CNN that the outbreak was getting worse.";
    expect(quotesOf("en", para).map((q) => q.speaker)).toEqual(["Paul Offit"]);
  });

  it("takes “the government” for no body whose name only holds the word", () => {
    const paras = [
      "The Local Government Association said one in 10 councils could be forced to issue section 114 notices.",
      "The government has said it will publish a long-term plan for social care next spring.",
    ];
    expect(quotesOf("en", ...paras).map((q) => q.speaker)).toEqual(["the Local Government Association", "the government"]);
  });

  it("takes “the company” for the name a sentence opened with and the text repeats", () => {
    const paras = [
      "Shell is exploring a sale of its remaining onshore oil assets in Nigeria.",
      "The deal would leave Shell with a smaller but more profitable business in the country.",
      "Shell declined to comment on the sale. In a statement, the company said it remained committed to Nigeria.",
    ];
    expect(quotesOf("en", ...paras).map((q) => q.speaker)).toEqual(["Shell"]);
    // A person's surname is no company's name.
    const thune = [
      "Senator John Thune spoke first. Thune said the bill was clean.",
      "In a statement, the company said it remained committed to the plan.",
    ];
    expect(quotesWithPeople("en", ...thune).map((q) => q.speaker)).toEqual(["John Thune", "the company"]);
  });

  it("runs an organisation's name over “and” up to the role it names", () => {
    const para =
      "A Department of Health and Social Care spokesperson said: “We are giving councils up to £3.7bn of additional funding for social care this year.”";
    expect(quotesOf("en", para).map((q) => q.speaker)).toEqual(["a Department of Health and Social Care spokesperson"]);
  });
});
