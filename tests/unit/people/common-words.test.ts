// Capitalised words that are no one's name, on real corpus pages: a firm's name in German text,
// German plural and adjective nouns, a word only a title-case heading writes.
import { describe, expect, it } from "vitest";
import { textPeople, trafilaturaPeople } from "./page-people";

describe("words that name no one", () => {
  it("reads an English firm's name in German text as a firm: 'General Motors' (corpus)", () => {
    const p = trafilaturaPeople("battery-news.de.ultium-cells.html", "de");
    expect(p.find("Motors")).toBeUndefined();
    expect(textPeople("Das Joint Venture von LG und General Motors wächst. General Motors investiert.", "de").people).toEqual([]);
  });

  it("reads German plurals of women's nouns and nouns made of adjectives as nouns (corpus)", () => {
    expect(trafilaturaPeople("harddecor.at.denkmaler.html", "de").find("Denkmalpflegerinnen")).toBeUndefined();
    expect(trafilaturaPeople("moritz-meyer.net.vreni.html", "de").find("Jugendliche")).toBeUndefined();
    const t = textPeople("Die Ausstellung will Planerinnen, Denkmalpflegerinnen, Politikerinnen und die Öffentlichkeit erreichen.", "de");
    expect(t.people).toEqual([]);
    // A name stays one: "Justizministerin Katarina Barley".
    expect(trafilaturaPeople("moritz-meyer.net.vreni.html", "de").find("Katarina Barley")?.official).toBe(true);
  });

  it("takes no surname from a word only a title-case heading writes (corpus)", () => {
    const p = trafilaturaPeople("stluciatimes.com-dea.html", "en");
    expect(p.find("Calls")).toBeUndefined();
    expect(p.find("John Rankin")?.official).toBe(true);
  });
});

describe("a title after another's role and its link", () => {
  it("is the named person's own title, not part of the spokesperson's role", () => {
    expect(textPeople("“We are reviewing it,” said a spokesman for President Joe Biden.", "en").find("Joe Biden")?.role).toBe("President");
    expect(textPeople("„Wir prüfen das“, sagte ein Sprecher von Bundeskanzler Friedrich Merz.", "de").find("Friedrich Merz")?.role).toBe(
      "Bundeskanzler",
    );
    // An office's portfolio stays its own: "Minister for Justice".
    expect(textPeople("Minister for Justice Jim O’Callaghan said the law would change.", "en").find("Jim O’Callaghan")?.role).toBe(
      "Minister for Justice",
    );
  });
});
