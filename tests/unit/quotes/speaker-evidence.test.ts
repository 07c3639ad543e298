// Real pages nobody labelled: a speaker is a name the text writes as one, or a phrase whose head
// can speak — not the word that opens a sentence ("Imagine", "Otherwise", "Aunque"), not a
// thing ("ein Sonderrecht", "ihr Credo"), not a phrase cut across another ("a low scrape of his chair").
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../src/types";
import { analyzePage, speakerStarting } from "./corpus-page";

const speakers = (a: Analysis) => new Set(a.quotes.map((q) => q.speaker));

/** Whether `word` stands capitalised after a lower-case word, a comma or a closing mark somewhere in the text. */
function writtenAsName(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`[\\p{Ll}”"’»],?\\s+${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

describe("one-word speakers on unlabelled pages", () => {
  it.each([
    // "Imagine my surprise, … replied", "Acting accordingly, … I thus addressed him:".
    "r/clean-links",
    // "Example: “…”", "Otherwise, you …", "Regardless of …".
    "r/medium-2",
    "r/topicseed-1",
    "r/wordpress",
    // "You'll look at an item and ask yourself, “…”".
    "r/lifehacker-working",
    // "Aunque el líder … declare que …", "Consultada sobre …, una fuente …: «…»".
    "r/la-nacion",
    // "Or, chez nos voisins, …".
    "t/sciencesetavenir.fr.rumeur.html",
    // Names a conversation goes back and forth between: "said Harry", "Meghan said".
    "t/edition.cnn.com-royal.html",
    "r/royal-road",
  ])("%s: every one-word speaker the people engine does not list is written as a name", (page) => {
    const a = analyzePage(page);
    const people = new Set(a.people.flatMap((p) => p.name.split(" ")));
    const oneWord = [...speakers(a)].filter((s): s is string => !!s && !s.includes(" ") && !people.has(s));
    for (const s of oneWord) expect(writtenAsName(a.text, s), s).toBe(true);
  });

  it("takes no word that only opens sentences, after a quote's end too, and no adjective for a name", () => {
    // "“Hey, what has the New York Times R&D lab been up to this week?” Instead of …".
    expect(speakers(analyzePage("r/medium-1"))).not.toContain("Instead");
    expect(speakers(analyzePage("r/firefox-nightly-blog"))).not.toContain("Starting");
    // "“…,” noted Maryland-based product liability lawyer Jim Dunham": the quotes after it are his.
    const amazon = analyzePage("t/californiaglobe.com.amazon.html").quotes;
    expect(amazon.map((q) => q.speaker)).not.toContain("Maryland-based");
    expect(speakerStarting(amazon, "Most courts have said")).toBe("Jim Dunham");
  });

  it("keeps people named by one word", () => {
    expect([...speakers(analyzePage("t/edition.cnn.com-royal.html"))]).toEqual(expect.arrayContaining(["Meghan", "Prince Harry"]));
    expect([...speakers(analyzePage("r/royal-road"))]).toEqual(expect.arrayContaining(["Alden", "Lute"]));
  });

  it("takes no German noun or question word that the text writes as a noun for a name", () => {
    // "Belohnung: EXP …" under each block ("dieselbe Belohnung" in the text), "Wer sagt, dass …", "meine Antwort".
    expect(speakers(analyzePage("t/archive.org.the-pain.net.silkroad.html"))).not.toContain("Belohnung");
    expect(speakers(analyzePage("t/1000things.at-Wellnessoasen.html"))).not.toContain("Wer");
    expect(speakerStarting(analyzePage("t/thisisjanewayne.com.bauch.html").quotes, "Nein danke")).toBeNull();
    // "der zweite Wahlgang", "des „Magic Cleaning“-Prinzips".
    expect(speakers(analyzePage("t/kas.de-nordmazedonien.html"))).not.toContain("Wahlgang");
    expect(speakers(analyzePage("t/sheego.de.cleaning.html"))).not.toContain("Prinzips");
  });
});

describe("noun phrase speakers on unlabelled pages", () => {
  it("takes no phrase that runs across another phrase for a speaker", () => {
    const bartleby = speakers(analyzePage("r/clean-links"));
    expect(bartleby).not.toContain("a low scrape of his chair");
    expect(bartleby).not.toContain("some six inches above my head");
    // "Statt dessen stellt beispielsweise ein Kommissionsbericht … fest: „…“".
    expect(speakerStarting(analyzePage("t/bundespraesident.de.20030331.html").quotes, "In manchen Fällen")).toBe("ein Kommissionsbericht");
    // "half a year later the White House announced that …".
    expect(speakers(analyzePage("t/villagevoice.com-Party.html"))).not.toContain("a year later the White House");
  });

  it("reads a capitalised modifier with the noun after it", () => {
    // "describing the Nazi leader as “…”"; "The Obama administration’s first comments …".
    expect(speakerStarting(analyzePage("t/villagevoice.com-Party.html").quotes, "the soul of the whole undertaking")).toBe("Adolf Hitler");
    expect(speakers(analyzePage("r/wapo-2"))).not.toContain("the Obama");
    // "sagt der Kommunikations- und Konfliktexperte Christian Wirth".
    expect(speakerStarting(analyzePage("t/erfolg-magazin.de.konfliktkultur.html").quotes, "Im Grunde genommen")).toBe("Christian Wirth");
  });

  it("takes no German phrase whose noun names a thing, and looks past it for the subject", () => {
    expect(speakers(analyzePage("t/wolfgangmichal.de.sorgfaltspflicht.html"))).not.toContain("ein Sonderrecht");
    // "Ihr Credo, das sie dort … preisgab, dürfte aber auch weiterhin aktuell sein: „…“".
    expect(speakerStarting(analyzePage("t/tonight.de-Arschloch.html").quotes, "Kopf hoch")).toBe("Daniela Büchner");
  });

  it.each([
    ["t/theguardian.com.academics.html", "a spokesperson"],
    ["t/moritz-meyer.net.vreni.html", "das Gericht"],
    ["t/winfuture.de-NASA.html", "die NASA"],
    ["t/iconmagazine.de.sharonstone.html", "eine Freundin"],
    // Parts of a group: "so einer von ET-News‘ Insidern", "Eine meiner Beta-Leserinnen meinte, dass …".
    ["t/t3n.de-Laufzeit.html", "einer von ET-News"],
    ["t/abookshelffullofsunshine.blogspot.com.interview.html", "eine meiner Beta-Leserinnen"],
    // A role with its organisation: "advirtió la titular de Interior", "said a dispatcher on Broadcastify police scanner".
    ["t/latercera.com-laagenda.html", "la titular de Interior"],
    ["t/wsvn.com-crash.html", "a dispatcher on Broadcastify"],
  ] as const)("%s: keeps %s", (page, speaker) => {
    expect(speakers(analyzePage(page))).toContain(speaker);
  });
});
