// The one role-noun list and its compound matcher, read by quotes and people alike: checked on
// the words of the German corpus pages and on every listed noun of every language pack.
import { describe, expect, it } from "vitest";
import { goldPages, trafilaturaPages } from "../../../bench/corpus";
import { langCodes, peopleLang, quoteLang, roleLang } from "../../../src/lang";
import type { NounMatch } from "../../../src/lang/compound";
import type { RoleNouns } from "../../../src/lang/types";
import { lexicon } from "../../../src/people/lexicon";
import { lexiconFor } from "../../../src/quotes/lexicon";

const words = (groups: readonly string[]) => groups.flatMap((g) => g.split(" ")).filter(Boolean);
const kinds = (r: RoleNouns) =>
  [
    ["office", words(r.offices)],
    ["conditional", words(r.conditional)],
    ["relational", words(r.relational)],
    ["private", words(r.private)],
  ] as const;

/** The noun a match found in `word`. */
const nounIn = (word: string, m: NounMatch<unknown>) => word.slice(m.prefix.length, word.length - m.ending.length);

const de = roleLang("de");
const people = lexicon("de");
const quotes = lexiconFor("de");
const surnameEndings = new Set(words(de.surnameEndings));
const shared = new Set(kinds(de).flatMap(([, ns]) => ns));

// Lower-case words of the German corpus pages (gold and trafilatura), letters and hyphens only.
const corpusWords = [
  ...new Set(
    [...goldPages().filter((g) => g.lang === "de"), ...trafilaturaPages().filter((p) => p.lang === "de")].flatMap(
      (p) => p.html.replace(/<[^>]*>/g, " ").match(/\p{L}+(?:-\p{L}+)*/gu) ?? [],
    ),
  ),
].map((w) => w.toLowerCase());

describe("one role-noun list", () => {
  it("gives people every role noun of every pack with the kind it is listed under", () => {
    for (const code of langCodes()) {
      const nouns = lexicon(code).roleNouns;
      const roles = roleLang(code);
      for (const list of [roles, roles.peopleOnly])
        for (const [kind, ns] of kinds(list)) for (const n of ns) expect(nouns.whole(n)?.kind, `${code} ${n}`).toBe(kind);
    }
  });

  it("gives quotes the shared and speaker nouns, not the nouns of people only", () => {
    for (const code of langCodes()) {
      const q = lexiconFor(code);
      const roles = roleLang(code);
      for (const n of [...kinds(roles).flatMap(([, ns]) => ns), ...words(roles.speakersOnly)]) expect(q.roles.has(n), n).toBe(true);
      if (quoteLang(code).compoundNouns) continue;
      for (const [, ns] of kinds(roles.peopleOnly)) for (const n of ns) expect(q.roles.has(n), `${code} ${n}`).toBe(false);
    }
  });

  it("finds a shared noun in a corpus word for quotes whenever people find it uninflected", () => {
    let found = 0;
    for (const w of corpusWords) {
      const m = people.roleNouns.find(w);
      if (!m || m.ending !== "" || !shared.has(nounIn(w, m))) continue;
      found++;
      expect(quotes.roles.has(w), w).toBe(true);
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe("compounds", () => {
  // Corpus words of three or more letters as first parts: "außen" + "minister".
  const firstParts = corpusWords.filter((w) => w.length >= 3 && !w.includes("-")).slice(0, 300);

  it("reads a corpus word glued to a role noun as that noun or a longer one ending it", () => {
    for (const part of firstParts) {
      for (const n of shared) {
        const word = part + n;
        const m = people.roleNouns.find(word);
        expect(m, word).not.toBeNull();
        expect(nounIn(word, m!).endsWith(n) || nounIn(word, m!).length > n.length, word).toBe(true);
      }
    }
  });

  it("takes no first part of one or two letters", () => {
    for (const part of ["x", "ab", "us"]) {
      for (const n of shared) {
        const m = people.roleNouns.find(part + n);
        expect(m === null || m.prefix === "" || m.prefix.length >= 3, part + n).toBe(true);
        expect(people.roleNouns.find(`${part}-${n}`)?.prefix, `${part}-${n}`).toBe(`${part}-`);
      }
    }
  });

  it("reads a surname ending glued to a first part as no noun, after a hyphen as one", () => {
    const glued = corpusWords.filter((w) => [...surnameEndings].some((e) => w.endsWith(e) && w.length > e.length + 2) && !w.includes("-"));
    expect(glued.length).toBeGreaterThan(5);
    for (const w of glued) {
      const end = [...surnameEndings].find((e) => w.endsWith(e))!;
      const listed = [...words(de.speakersOnly), ...shared].some((n) => n.length > end.length && w.endsWith(n));
      if (!listed) expect(quotes.roles.has(w), w).toBe(false);
    }
    for (const e of surnameEndings) expect(quotes.roles.has(`ex-${e}`), e).toBe(true);
  });

  it("lets people inflect every role noun with each ending of the language", () => {
    for (const code of langCodes()) {
      const nouns = lexicon(code).roleNouns;
      for (const n of kinds(roleLang(code)).flatMap(([, ns]) => ns))
        for (const e of words(peopleLang(code).roleEndings)) expect(nouns.whole(n + e), `${code} ${n}+${e}`).not.toBeNull();
    }
  });
});
