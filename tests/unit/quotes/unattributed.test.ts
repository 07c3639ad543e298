// Real pages nobody labelled: a quote without attribution of its own takes a speaker only from
// the sentence or two before it — never across a heading, never passed on from quote to quote,
// never from the one it answers in a dialogue. Nobody is better than a wrong speaker.
import { describe, expect, it } from "vitest";
import { analyzePage, speakerStarting } from "./corpus-page";

const quotesOn = (page: string) => analyzePage(page).quotes;

describe("speakers of unattributed quotes on unlabelled pages", () => {
  it("takes no person named several sentences before", () => {
    // "… les tweets d'Elon Musk et Donald Trump …" paragraphs before the words of a study.
    const rumeur = quotesOn("t/sciencesetavenir.fr.rumeur.html");
    expect(speakerStarting(rumeur, "La désinformation a été")).toBeNull();
    expect(speakerStarting(rumeur, "Normalement, ce sont les utilisateurs")).toBeNull();
    // "… Ocalan para que se fuera …", six sentences before "extractos de un “informe de carácter
    // secreto” que …" (a document's name, which need not be listed at all).
    expect(speakerStarting(quotesOn("r/la-nacion"), "informe de carácter secreto") ?? null).toBeNull();
    // "Turkey, Nippers and Ginger Nut had taken their seats …", three sentences before the narrator asks.
    expect(speakerStarting(quotesOn("r/clean-links"), "Why do you refuse?")).toBeNull();
  });

  it("takes no speaker from before a heading", () => {
    // "…, sagte Allendorf der FAZ." ⏎ heading ⏎ "Es gehe nicht bloß um …, sondern um „Transparenz …“".
    const streaming = quotesOn("t/faz.net.streaming.html");
    expect(speakerStarting(streaming, "Transparenz, Fairness")).toBeNull();
    expect(speakerStarting(streaming, "Für die am meisten gespielten")).toBeNull();
    // "…”, dice Taty." ⏎ "¿Qué justicia?" ⏎ "“Esto ya no es justicia”, lamenta, por su parte, Iris Avellaneda".
    expect(speakerStarting(quotesOn("t/pagina12.com.ar-suprema.html"), "Esto ya no es justicia")).toBe("Iris Avellaneda");
  });

  it("does not give a paragraph that only quotes to the one it answers", () => {
    // "“I’ll say, …” (All Might)" ⏎ "“I’m surprised she didn’t withdraw and ground me …”" (Izuku).
    expect(speakerStarting(quotesOn("r/archive-of-our-own"), "I’m surprised she didn’t withdraw")).toBeNull();
  });

  it("keeps the speaker the sentence before names, over paragraphs of one quotation too", () => {
    // "“…,” noted … lawyer Jim Dunham …. “Most courts have said …" ⏎ "“If it continues to hold up, …".
    const amazon = quotesOn("t/californiaglobe.com.amazon.html");
    expect(speakerStarting(amazon, "Most courts have said")).toBe("Jim Dunham");
    expect(speakerStarting(amazon, "If it continues to hold up")).toBe("Jim Dunham");
    // "Indyk said. “That has nothing to do with …" ⏎ "“That could be an issue forced onto the agenda …”".
    expect(speakerStarting(quotesOn("r/wapo-2"), "That could be an issue")).toBe("Martin Indyk");
    // "„…“, sagt Markus Lau. Auch Fußbodenheizungen lassen sich über smarte Systeme steuern. „So sind …“".
    expect(speakerStarting(quotesOn("t/dvg.de.weihnachtsurlaub.html"), "So sind Wohnung und Haus")).toBe("Markus Lau");
  });
});
