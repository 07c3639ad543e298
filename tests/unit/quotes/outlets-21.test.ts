// Reported speech from Spiegel, tagesschau, SZ, FAZ, ZDF, Der Standard, the Guardian, BBC, NYT,
// Reuters, AP and NPR prose: one case per cause.
import { describe, expect, it } from "vitest";
import { quotesWithPeople as withPeople, type Para } from "./context";
const indirect = (lang: string, ...paras: Para[]) =>
  withPeople(lang, ...paras)
    .filter((q) => q.kind === "indirect")
    .map((q) => `${q.text}|${q.speaker}`);
const said = (lang: string, ...paras: Para[]) => withPeople(lang, ...paras).map((q) => `${q.kind}|${q.speaker}`);

describe("reported speech in news prose, round 21", () => {
  it("carries reported speech on into sentences whose Konjunktiv I alone shows it, and a quote after them", () => {
    const paras = [
      "Finanzminister Lars Klingbeil (SPD) sieht das anders. Die Regierung könne nicht alles gleichzeitig finanzieren, sagte er dem SPIEGEL. Das sei ein Gebot der Ehrlichkeit. »Irgendwann holt uns die Realität ein.«",
    ];
    expect(said("de", ...paras)).toEqual(["indirect|Lars Klingbeil", "indirect|Lars Klingbeil", "direct|Lars Klingbeil"]);
    const quoted = [
      "Betriebsratschefin Daniela Cavallo reagierte empört. „Wer jetzt an Werksschließungen denkt, bricht sein Wort“, sagte sie in Wolfsburg. Die Belegschaft sei bereit, für jeden Standort zu kämpfen.",
      "Eine Einigung werde es so bald nicht geben.",
    ];
    expect(indirect("de", ...quoted)).toEqual([
      "Die Belegschaft sei bereit, für jeden Standort zu kämpfen|Daniela Cavallo",
      "Eine Einigung werde es so bald nicht geben|Daniela Cavallo",
    ]);
  });

  it("carries on from a sentence that opens with a speaker and a verb of saying, and never with a conditional", () => {
    const opener = [
      "Umweltminister Carsten Schneider (SPD) äußerte sich skeptisch. Der bisherige Entwurf sei für Deutschland nicht zustimmungsfähig.",
    ];
    expect(indirect("de", ...opener)).toEqual(["Der bisherige Entwurf sei für Deutschland nicht zustimmungsfähig|Carsten Schneider"]);
    const writer = [
      "„Wir kämpfen um jeden Arbeitsplatz“, sagte Betriebsrat Jens Weber. Ohne die Hilfen des Landes wäre das Werk längst geschlossen.",
    ];
    expect(indirect("de", ...writer)).toEqual([]);
  });

  it("reads reported speech that a source closes: “…, so Haase”, “…, according to …”", () => {
    const de = [
      "Der Haushaltspolitiker Christian Haase mahnte Reformen an. Die meisten Subventionen verlangten keine Gegenleistung, so Haase.",
      "Die Abogebühr soll nur unter den Künstlern verteilt werden, die er gehört hat, so das Ziel der Initiative.",
    ];
    expect(indirect("de", ...de)).toEqual(["Die meisten Subventionen verlangten keine Gegenleistung|Christian Haase"]);
    const en = [
      "Privately, White House officials have grown frustrated with the speaker, according to two senior aides familiar with the discussions.",
    ];
    expect(indirect("en", ...en)).toEqual(["White House officials have grown frustrated with the speaker|two senior aides"]);
  });

  it("takes unnamed circles and “verlautete” for a source, and “warf … vor” for a verb of saying", () => {
    const paras = [
      "Aus Gewerkschaftskreisen hieß es, diesmal könnte der Ausstand deutlich länger dauern.",
      "Aus Delegationskreisen verlautete, Riad habe mit einer Blockade des gesamten Pakets gedroht.",
      "Grünen-Fraktionschefin Katharina Dröge warf der Koalition vor, sie verschleppe notwendige Investitionen.",
    ];
    expect(indirect("de", ...paras)).toEqual([
      "diesmal könnte der Ausstand deutlich länger dauern|Gewerkschaftskreisen",
      "Riad habe mit einer Blockade des gesamten Pakets gedroht|Delegationskreisen",
      "sie verschleppe notwendige Investitionen|Katharina Dröge",
    ]);
  });

  it("reads fronted reports in the Konjunktiv II of modals and with a list of infinitives", () => {
    const paras = [
      "Die Fahrgäste dürften nicht erneut die Leidtragenden eines Machtkampfes werden, sagte der Ehrenvorsitzende Karl-Peter Naumann.",
      "Die reichen Länder müssten endlich zu ihrer Verantwortung stehen, forderte Greenpeace-Chef Martin Kaiser.",
      "Die Regierung könne nicht gleichzeitig die Bundeswehr aufrüsten, die Bahn sanieren und die Steuern senken, sagte Finanzminister Lars Klingbeil.",
    ];
    expect(indirect("de", ...paras)).toEqual([
      "Die Fahrgäste dürften nicht erneut die Leidtragenden eines Machtkampfes werden|Karl-Peter Naumann",
      "Die reichen Länder müssten endlich zu ihrer Verantwortung stehen|Martin Kaiser",
      "Die Regierung könne nicht gleichzeitig die Bundeswehr aufrüsten, die Bahn sanieren und die Steuern senken|Lars Klingbeil",
    ]);
  });

  it("ends a report before the speaker's next saying: “…, adding, “…””", () => {
    const paras = [
      "Senator John Thune, the majority leader, spoke briefly with reporters. He said the Senate would take up whatever the House passed, adding, “We’re not going to let this drag into Christmas.”",
    ];
    expect(indirect("en", ...paras)).toEqual(["the Senate would take up whatever the House passed|John Thune"]);
  });

  it("reads a report before its speaker whose verb no form shows, or whose number “at least” opens", () => {
    const paras = [
      "At least 31 people have been hospitalized, officials said.",
      "Rail services between the two cities remain suspended until Monday, the operator said.",
      "Most of the cases are in children who were not vaccinated, state epidemiologist Leisha Nolen told NPR.",
    ];
    expect(indirect("en", ...paras)).toEqual([
      "At least 31 people have been hospitalized|officials",
      "Rail services between the two cities remain suspended until Monday|the operator",
      "Most of the cases are in children who were not vaccinated|Leisha Nolen",
    ]);
  });

  it("gives a participle of saying after a comma its sentence's subject", () => {
    const paras = [
      "A federal judge on Thursday temporarily blocked a Texas law requiring classrooms to display the Ten Commandments, saying it likely violates the Constitution.",
    ];
    expect(indirect("en", ...paras)).toEqual(["it likely violates the Constitution|a federal judge"]);
  });

  it("reads the subject before a prepositional aside or an apposition with an abbreviation, and after an auxiliary", () => {
    const paras = [
      "The company, in a statement, said it would appeal the ruling.",
      "Jared Holm, a father of four in St. George, said he had chosen not to vaccinate his children.",
      "Supporters have said the display is historical rather than religious.",
    ];
    expect(indirect("en", ...paras)).toEqual([
      "it would appeal the ruling|the company",
      "he had chosen not to vaccinate his children|Jared Holm",
      "the display is historical rather than religious|Supporters",
    ]);
  });

  it("reads no report in an order: “told him to …”", () => {
    const paras = [
      "Neha had told him to save it for a downpayment on his future, and everything on the internet was about preparing for retirement.",
    ];
    expect(indirect("en", ...paras)).toEqual([]);
  });

  it("reads a fronted report whose speaker is followed by the one told, and carries on after an adverb", () => {
    const paras = [
      "Unionsfraktionsvize Norbert Röttgen hält das für zu zaghaft. Der Minister verliere wertvolle Zeit, sagte Röttgen den Zeitungen der Funke-Mediengruppe.",
      "Der Bildungsforscher Klaus Klemm warnte davor, die Qualität zu opfern. Quereinsteiger bräuchten eine solide Ausbildung, sagte er. Sonst drohe ein Teufelskreis aus Überlastung und Kündigungen.",
    ];
    expect(indirect("de", ...paras)).toEqual([
      "Der Minister verliere wertvolle Zeit|Norbert Röttgen",
      "Quereinsteiger bräuchten eine solide Ausbildung|Klaus Klemm",
      "Sonst drohe ein Teufelskreis aus Überlastung und Kündigungen|Klaus Klemm",
    ]);
  });

  it("carries reported speech on in a writer's conditional only after reported speech, and keeps a short phrase's closing mark", () => {
    const reported = [
      "Ministerpräsident Olaf Lies sagte, das Land stehe zu seinen Zusagen. Die Beschäftigten müssten sich auf das Wort der Regierung verlassen können.",
    ];
    expect(indirect("de", ...reported)).toEqual([
      "das Land stehe zu seinen Zusagen|Olaf Lies",
      "Die Beschäftigten müssten sich auf das Wort der Regierung verlassen können|Olaf Lies",
    ]);
    const quoted = [
      "„Wir kämpfen um jeden Arbeitsplatz“, sagte Betriebsrat Jens Weber. Die Abstimmung sollte ursprünglich am Freitag stattfinden.",
    ];
    expect(indirect("de", ...quoted)).toEqual([]);
    const phrase = ["„Wir handeln jetzt“, sagte Ministerin Nina Warken in Berlin. Die Reform sei „überfällig“."];
    expect(indirect("de", ...phrase)).toEqual(["Die Reform sei „überfällig“|Nina Warken"]);
  });

  it("reads an auxiliary before a trailing speaker, a past participle's apposition and “arguing”", () => {
    const paras = [
      "The government is expected to publish plans to replace the regulator early next year, officials have said.",
      "Two Democratic aides, granted anonymity to discuss private conversations, said several senators were still undecided.",
      "Sen. Elizabeth Warren has lobbied colleagues to oppose the measure, arguing it would let crypto firms escape oversight.",
    ];
    expect(indirect("en", ...paras)).toEqual([
      "The government is expected to publish plans to replace the regulator early next year|officials",
      "several senators were still undecided|Two Democratic aides",
      "it would let crypto firms escape oversight|Elizabeth Warren",
    ]);
  });

  it("takes a source's role in lower-case words, and no apposition for a clause before its verb", () => {
    const source = [
      "The worst disruption was at LaGuardia Airport, where nearly half of all departures were scrapped, according to flight-tracking site FlightAware.",
    ];
    expect(indirect("en", ...source)).toEqual([
      "The worst disruption was at LaGuardia Airport, where nearly half of all departures were scrapped|FlightAware",
    ]);
    const apposed = ["A headteacher from Leeds, who asked not to be named, said many of her staff were working second jobs."];
    expect(indirect("en", ...apposed)).toEqual(["many of her staff were working second jobs|a headteacher from Leeds"]);
  });
});
