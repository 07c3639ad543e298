// Speakers on corpus pages outside gold that reading them showed wrong: a surname that is also a
// role noun, a medium spoken to after a genitive, a conjunction before a name, a noun phrase announced.
import { describe, expect, it } from "vitest";
import { analyzePage, speakerStarting } from "./corpus-page";
import { quotesWithPeople, speakersWithPeople } from "./context";

describe("speakers on corpus pages", () => {
  it("takes a surname that is also a role noun for the person named with it (corpus)", () => {
    const politico = analyzePage("t/politico.com.retirement.html").quotes;
    expect(speakerStarting(politico, "The first I heard anything")).toBe("Wayne King");
    const impulse = analyzePage("t/impulse.de.eltern.html").quotes;
    expect(speakerStarting(impulse, "Wenn der Arbeitgeber verständnisvoll")).toBe("Kathrin Bürger");
    // A role noun alone names no one where no one has it as a name.
    expect(speakersWithPeople("en", "“We are reviewing the case,” Officials said.")).toEqual(["Officials"]);
  });

  it("ends a genitive's name before the medium spoken to (corpus)", () => {
    const spektrum = analyzePage("t/spektrum.de.coronavirus.html").quotes;
    expect(speakerStarting(spektrum, "Es seien am Mittwoch")).toBe("ein Sprecher des Gesundheitsministeriums in Nordrhein-Westfalen");
    expect(speakersWithPeople("de", "„Wir prüfen das“, sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.")).toEqual([
      "ein Sprecher des Innenministeriums",
    ]);
    // A body's own name runs on: "des Bundesverbandes der Deutschen Industrie".
    expect(speakersWithPeople("de", "„Das ist gut“, sagte die Präsidentin des Bundesverbandes der Deutschen Industrie.")).toEqual([
      "die Präsidentin des Bundesverbandes der Deutschen Industrie",
    ]);
  });

  it("starts no name with a sentence's 'Dass' (corpus)", () => {
    const t3n = analyzePage("t/t3n.de-Laufzeit.html").quotes;
    expect(t3n.map((q) => q.speaker)).not.toContain("Dass Apple");
  });

  it("reads a verb after 'and then' as the subject's, after a noun phrase announced (corpus)", () => {
    const politico = analyzePage("t/politico.com.retirement.html").quotes;
    expect(politico.find((q) => q.text.startsWith("a resignation"))).toBeUndefined();
    expect(speakerStarting(politico, "Meadows screwed everybody")).toBe("one GOP operative");
    // A subject of two nouns joined by "and" keeps both.
    const q = quotesWithPeople("en", "Officials said the foreshore and seabed have proved controversial.");
    expect(q.map((x) => x.text)).toEqual(["the foreshore and seabed have proved controversial"]);
  });
});

describe("a known name inside a speaker's phrase", () => {
  it("takes the person a phrase names after a determiner, an owner or an adjective (corpus)", () => {
    expect(speakerStarting(analyzePage("t/axios.com.future.html").quotes, "You have to ask whether")).toBe("Jay Stanley");
    expect(speakerStarting(analyzePage("t/miamitodaynews.com-Transitway.html").quotes, "Well, then that would")).toBe("Robert Wolfarth");
    expect(speakerStarting(analyzePage("r/videos-1").quotes, "I’m frequently asked")).toBe("Pauline Kael");
    // One who speaks for the person named is not that person.
    const aide = speakersWithPeople(
      "en",
      "President Joe Biden met them.",
      "“We are reviewing it,” said a spokesman for President Joe Biden.",
    );
    expect(aide).toEqual(["a spokesman for President Joe Biden"]);
    const berater = speakersWithPeople(
      "de",
      "Friedrich Merz reiste ab.",
      "„Wir prüfen das“, sagte ein Berater des Kanzlers Friedrich Merz.",
    );
    expect(berater).toEqual(["ein Berater des Kanzlers Friedrich Merz"]);
  });

  it("takes the person a name run opens before where they work (corpus)", () => {
    expect(speakerStarting(analyzePage("t/eawag.ch-elektron.html").quotes, "Unter vielen Bedingungen")).toBe("Michael Sander");
    expect(speakersWithPeople("de", "„Die Tiere leiden“, sagt Stefan Bröckling von der Tiernothilfe.")).toEqual(["Stefan Bröckling"]);
    // Two people joined stay two: no one of them takes the other's quote.
    expect(speakersWithPeople("en", "“It was fun,” said Jamie Oliver and Hugh Fearnley-Whittingstall.")).not.toContain("Jamie Oliver");
  });
});

describe("the verb second", () => {
  it("takes the name after the verb where an adverb opens the sentence", () => {
    expect(speakersWithPeople("de", "Abschließend sagte Müller, dass die Löhne steigen würden.")).toEqual(["Müller"]);
    // A name before the verb stays the subject.
    expect(speakersWithPeople("de", "Schmidt sagte, dass die Löhne steigen würden.")).toEqual(["Schmidt"]);
  });

  it("reads the writers' 'wir' as no speaker (corpus)", () => {
    const finanztip = analyzePage("t/finanztip.de.altersvorsorge.html").quotes;
    expect(finanztip.map((q) => q.speaker)).not.toContain("Vereinfachend");
    expect(quotesWithPeople("de", "Vereinfachend sagen wir, dass Löhne und Beiträge konstant sind.")).toEqual([]);
  });
});

describe("the one told", () => {
  it('reads no speaker in "We\'re told …" (corpus)', () => {
    expect(analyzePage("r/tmz-1").quotes.map((q) => q.speaker)).not.toContain("We're");
    expect(quotesWithPeople("en", "We’re told there is security footage that cops are looking at.")).toEqual([]);
    expect(speakersWithPeople("en", "Police said there is security footage of the theft.")).toEqual(["Police"]);
  });
});

describe("echoes", () => {
  it("takes a short heading quote for an echo only where another quote holds all its words (corpus)", () => {
    const cnn = analyzePage("t/edition.cnn.com-royal.html").quotes;
    expect(cnn.find((q) => q.text === "It's a girl")?.speaker).toBeNull();
  });
});

describe("a pronoun after the words reported", () => {
  it("is no one those words name (corpus)", () => {
    const cnn = analyzePage("t/edition.cnn.com-royal.html").quotes;
    expect(speakerStarting(cnn, "Taking Archie outside")).toBe("Prince Harry");
    expect(speakerStarting(cnn, "The highlight for me")).toBe("Prince Harry");
    // Before a quote it may be the one a clause before it names.
    expect(speakerStarting(cnn, "that was the last time")).toBe("Meghan");
    expect(speakersWithPeople("de", "Anna Schmidt kam aus Berlin.", "Peter Müller sei zu spät gekommen, sagte sie am Montag.")).toEqual([
      "Anna Schmidt",
    ]);
  });
});

describe("bodies named after their noun", () => {
  it("keeps a body's name after its noun in the speaker (corpus)", () => {
    const ts = analyzePage("t/tagesschau.de.rheinmetall.html").quotes;
    expect(speakerStarting(ts, "sie über den Vorfall")).toBe("die Datenschutzbehörde Nordrhein-Westfalen");
    expect(speakersWithPeople("de", "„Wir prüfen das“, sagte der Konzern Volkswagen.")).toEqual(["der Konzern Volkswagen"]);
    // A person after a person's noun stays the speaker.
    expect(speakersWithPeople("de", "„Wir prüfen das“, sagte die Schauspielerin Anna Meier.")).toEqual(["Anna Meier"]);
  });

  it("reads no report around a speaker in commas where a 'dass' clause follows its verb", () => {
    const q = quotesWithPeople(
      "de",
      "Die Charité in Berlin, die München Klinik Schwabing und das Institut für Mikrobiologie der Bundeswehr teilten nun aber mit, dass das Virus übertragen wurde.",
    );
    expect(q.filter((x) => x.text.startsWith("Die Charité"))).toEqual([]);
  });
});

describe("a title with its portfolio before the name", () => {
  it("gives the words to the name after the portfolio", () => {
    expect(speakersWithPeople("en", "Minister for Health Stephen Donnelly said the plan was ready.")).toEqual(["Stephen Donnelly"]);
    expect(speakersWithPeople("en", "A spokesman for Vodafone said the network was down.")).toEqual(["a spokesman for Vodafone"]);
  });
});
