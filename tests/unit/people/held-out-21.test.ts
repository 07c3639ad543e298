// Shapes found wrong on unseen news pages: a retired office's "a. D.", a company officer's second
// title, a county's supervisors, an association named after a public body's word.
import { describe, expect, it } from "vitest";
import { pagePeople, article, row } from "./page-people";

describe("an office marked retired after it", () => {
  it("keeps “a. D.” in the role of a former office holder, who is official", () => {
    const de = pagePeople(
      article("de", "Scholz kritisiert Merz", [
        "Bundeskanzler a. D. Olaf Scholz hat die Pläne seines Nachfolgers am Sonntag scharf kritisiert. Auch Bundespräsident a.D. Joachim Gauck meldete sich zu Wort.",
      ]),
      "de",
    );
    expect(row(de, "Olaf Scholz")).toEqual(["Olaf Scholz", "Bundeskanzler a. D.", true]);
    expect(row(de, "Joachim Gauck")).toEqual(["Joachim Gauck", "Bundespräsident a.D.", true]);
  });
});

describe("a company officer's titles joined by “and”", () => {
  it("reads the whole title with its employer and keeps it private", () => {
    const en = pagePeople(
      article("en", "Alaska Airlines grounds fleet", [
        "Andrew Harrison, executive vice president and chief operating officer at Alaska Airlines, said flights would resume by Monday evening.",
        "Ed Bastian, chairman and chief executive officer of Delta Air Lines, said his carrier was not affected.",
      ]),
      "en",
    );
    expect(row(en, "Andrew Harrison")).toEqual([
      "Andrew Harrison",
      "executive vice president and chief operating officer at Alaska Airlines",
      false,
    ]);
    expect(row(en, "Ed Bastian")).toEqual(["Ed Bastian", "chairman and chief executive officer of Delta Air Lines", false]);
  });

  it("keeps a think tank's officer private", () => {
    const wapo = pagePeople(
      article("en", "Envoy named", [
        "“It's a very tough assignment,” said Martin Indyk, executive vice president of the Brookings Institution and a former ambassador to Israel.",
      ]),
      "en",
    );
    expect(row(wapo, "Martin Indyk")).toEqual(["Martin Indyk", "executive vice president of the Brookings Institution", false]);
  });

  it("still reads “executive” as the noun of a role", () => {
    const en = pagePeople(article("en", "Boeing output rises", ["A Boeing executive, Stephanie Pope, said output rose in October."]), "en");
    expect(row(en, "Stephanie Pope")).toEqual(["Stephanie Pope", "Boeing executive", false]);
  });
});

describe("a county's supervisors", () => {
  it("gives the listed names the title", () => {
    const en = pagePeople(
      article("en", "County rejects jail plan", [
        "On Tuesday, Supervisors Kathryn Barger and Hilda Solis voted against the plan, which would have cost $2 billion.",
      ]),
      "en",
    );
    expect(row(en, "Kathryn Barger")).toEqual(["Kathryn Barger", "Supervisors", true]);
    expect(row(en, "Hilda Solis")).toEqual(["Hilda Solis", "Supervisors", true]);
  });
});

describe("an association named after a public body's word", () => {
  it("makes its head private, not the police's", () => {
    const en = pagePeople(
      article("en", "Police officers exhausted", [
        "Steve Hartshorn, chair of the Police Federation, said officers were exhausted after a summer of disorder.",
        "Bob Ray, head of the Police Service of Northern Ireland, said the force needed more money.",
      ]),
      "en",
    );
    expect(row(en, "Steve Hartshorn")).toEqual(["Steve Hartshorn", "chair of the Police Federation", false]);
    expect(row(en, "Bob Ray")).toEqual(["Bob Ray", "head of the Police Service of Northern Ireland", true]);
  });
});

describe("a peer's name with its place", () => {
  it("keeps the place after “of” in the name", () => {
    const guardian = pagePeople(
      article("en", "Lords defeat assisted dying amendment", [
        "Lord Falconer of Thoroton, the former lord chancellor, said the amendment would wreck the bill. Lord Robertson of Port Ellen, the former Nato secretary general, backed it.",
        "Later, Lord Falconer told peers he would not give way.",
      ]),
      "en",
    );
    expect(row(guardian, "Falconer of Thoroton")).toEqual(["Falconer of Thoroton", "former lord chancellor", true]);
    expect(row(guardian, "Robertson of Port Ellen")?.[0]).toBe("Robertson of Port Ellen");
    expect(guardian.people.some((p) => p.name === "Falconer")).toBe(false);
  });
});
