// Real pages nobody labelled: terms, names of things and headlines in quotation marks are no
// quotes, and a speaker's name does not take in the word that starts its sentence.
import { describe, expect, it } from "vitest";
import type { Quote } from "../../../src/types";
import { analyzePage, speakerStarting } from "./corpus-page";

/** A corpus page's quotes: "t/FILE" a trafilatura page, "r/NAME" a Readability test page. */
const quotesOn = (page: string): Quote[] => analyzePage(page).quotes;

const speakerOf = (qs: readonly Quote[], words: string) => qs.find((q) => q.text === words)?.speaker;

describe("marked words on unlabelled pages", () => {
  it.each([
    // Terms and names set off by no punctuation of their own, before a verb or after a colon.
    ["t/spektrum.de.engelbart.html", ["Verunstaltungen", "Einwohner*innenmeldeamt"], "Das ist irre"],
    ["t/buero-hoppe.de.baumgutachten.html", ["Abschneiderecht"], null],
    ["t/brigitte.de.ikigai.html", ["Ikigai"], null],
    ["t/mediaarchitecture.de.weber.html", ["Windmacher", "HOPE 1", "Schrift-Raum-Verdreher"], null],
    ["r/medium-2", ["The Oatmeal"], "That was so funny I literally cried."],
    // A title that the writer's comma follows inside the marks.
    ["t/reuters.com.parasite.html", ["Once Upon A Time in Hollywood,", "The Morning Show,"], "It was a difficult part,"],
    ["r/msn", ["Super Mario Run,"], null],
    // A headline or motto named as such.
    ["t/spektrum.de.engelbart.html", ["Mehrheit lehnt Gendersprache ab"], "Das ist irre"],
    ["t/sheego.de.cleaning.html", ["Heute die Küche, morgen das Bad"], null],
    // Two words said, set off by a comma before the source: kept.
    ["t/geschichtedergegenwart.ch.foucault.html", [], "Es war"],
  ] as const)("%s: not %j", (page, terms, kept) => {
    const texts = quotesOn(page).map((q) => q.text);
    for (const term of terms) expect(texts).not.toContain(term);
    if (kept) expect(texts).toContain(kept);
  });
});

describe("speakers after a colon on unlabelled pages", () => {
  it.each([
    // The colon follows a noun or a clause without a verb of saying; the speaker follows the quote.
    ["t/industriemagazin.at-Luftfahrtbranche.html", "Wir haben einen gewaltigen Auftragseingang", "Robert Machtlinger"],
    ["t/finanztreff.de-Influencer.html", "Die Aktienkultur in Deutschland kann davon nur profitieren", "Christine Bortenlänger"],
    ["t/dvg.de.weihnachtsurlaub.html", "Während der Abwesenheit", "Markus Lau"],
    ["t/geschichtedergegenwart.ch.foucault.html", "Es war", "Michel Foucault"],
    // "warb ein Geschäft mit Plakaten: „…“, berichtet Mazzucotelli": the colon's clause says it.
    ["t/handelsblatt.com.grenzschliessungen.html", "Bei uns können Sie unbesorgt einkaufen", "ein Geschäft"],
  ] as const)("%s: %s — %s", (page, words, speaker) => {
    expect(speakerStarting(quotesOn(page), words)).toBe(speaker);
  });
});

describe("speakers' names on unlabelled pages", () => {
  it("does not take a sentence's first word into the name after it", () => {
    const qs = quotesOn("r/clean-links");
    // "Accordingly Turkey, Nippers and Ginger Nut had taken their seats"; "Was Bartleby hot and spicy?"
    expect(speakerOf(qs, "With submission, sir,")).toBe("Turkey");
    expect(qs.map((q) => q.speaker)).not.toContain("Was Bartleby");
    expect(speakerOf(quotesOn("r/royal-road"), "You two look happy,")).toBe("Lute");
  });

  it.each([
    // "Der Präsident des BDI, Siegfried Russwurm, sagte …: „…“"; "“…,” her mother, Fiona, said".
    ["t/deutsche-wirtschafts-nachrichten.de-Industriestrompreis.html", "Papier ist geduldig", "Siegfried Russwurm"],
    ["r/buzzfeed-1", "The drug was in her system", "Fiona"],
    ["t/timesofisrael.com.washington.html", "movingly about her background", "Shannon Kilpatrick"],
  ] as const)("%s: takes the name set off between commas after its role", (page, words, speaker) => {
    expect(speakerStarting(quotesOn(page), words)).toBe(speaker);
  });

  it("names nobody for the writer's own words", () => {
    // "“Turkey,” said I, “what do you think of this?”"; "„Wenn ich sie höre, will ich sie fühlen.“ sage ich".
    expect(speakerOf(quotesOn("r/clean-links"), "Turkey,")).toBeNull();
    expect(speakerOf(quotesOn("t/insubordinant.wordpress.com.speed.html"), "Wenn ich sie höre, will ich sie fühlen.")).toBeNull();
    // The writer is the subject, not a phrase before: "familiarly drawing my chair behind his screen, I sat down and said: “…”",
    // "Ich drehe mich nicht zu Frank um, als ich antworte: „…“".
    expect(speakerStarting(quotesOn("r/clean-links"), "Bartleby, never mind then")).toBeNull();
    expect(speakerStarting(quotesOn("t/insubordinant.wordpress.com.speed.html"), "So eine alte Dame")).toBeNull();
  });

  it("keeps initials and abbreviated titles inside the name, periods in place", () => {
    const nyt = quotesOn("r/nytimes-4");
    // "“…,” said C. Eugene Steuerle, a fellow at the Urban Institute"; "said William G. Gale".
    expect(speakerOf(nyt, "It’s very much something to worry about,")).toBe("C. Eugene Steuerle");
    expect(speakerStarting(nyt, "We exported a financial crisis")).toBe("William G. Gale");
    // "erklärt AVV-Geschäftsführerin Dr. Linda Kisabaka" … "erklärt Dr. Kisabaka".
    const avv = quotesOn("t/presse-ausburg.de-Tarifverbund.html").filter((q) => q.kind === "direct");
    expect(new Set(avv.map((q) => q.speaker))).toEqual(new Set(["Dr. Linda Kisabaka"]));
  });
});
