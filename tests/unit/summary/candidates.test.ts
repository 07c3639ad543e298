import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { candidates, type Candidate } from "../../../src/summary/candidates";
import { gluedStarts } from "../../../src/summary/glued";
import { selectSentences } from "../../../src/summary/select";
import { splitSentences } from "../../../src/text/sentences";
import { summaryDocs, trafilaturaPages } from "../../../bench/corpus";
import { page } from "../../../bench/summary";
import type { Analysis } from "../../../src/types";

const cnn = summaryDocs().map((d) => analyze(parseDocument(page(d).html)));
const german = trafilaturaPages()
  .filter((p) => p.lang === "de")
  .map((p) => analyze(parseDocument(p.html), { url: p.url }));

/** The article's sentences as text. */
const sentences = (a: Analysis) => splitSentences(a).map((s) => a.text.slice(s.start, s.end));

describe("captions run into a sentence", () => {
  // DailyMail prints a photo caption straight before the first sentence: "… to bombard her with abuse A jilted lover who …".
  const glued = cnn.flatMap((a) => sentences(a).filter((t) => gluedStarts(t, a.lang).length > 0));

  it("are found in the CNN/DailyMail articles, where a capital opener follows a lower-case word", () => {
    expect(glued.length).toBeGreaterThanOrEqual(5);
    for (const t of glued) {
      const at = gluedStarts(t, "en").at(-1)!;
      expect(t.slice(at), t).toMatch(/^(?:\p{Lu}\p{L}*) \p{Ll}/u);
      expect(t.slice(0, at), t).toMatch(/(?:\p{Ll}[\p{L}\p{N}'’-]*|\)) $/u);
    }
  });

  it("are cut off: the candidate starts at the glued sentence, and no summary sentence holds one", () => {
    let cut = 0;
    for (const a of cnn) {
      for (const c of candidates(a)) {
        expect(c.text).toBe(a.text.slice(c.start, c.end));
        expect(gluedStarts(c.text, a.lang), c.text).toEqual([]);
        if (a.text[c.start - 1] === " ") cut++;
      }
      for (const s of a.summary) expect(gluedStarts(s.text, a.lang), s.text).toEqual([]);
    }
    expect(cut).toBeGreaterThanOrEqual(5);
  });

  it("are not seen in German at the formal „Sie“, nor before a capitalised noun", () => {
    const formal = german.flatMap((a) => sentences(a).filter((t) => /\p{Ll} (?:Sie|Ihnen|Du) \p{Ll}/u.test(t)));
    expect(formal.length).toBeGreaterThanOrEqual(10);
    for (const t of formal) expect(gluedStarts(t, "de"), t).toEqual([]);
    // "…, sagte Die Zeitung" would need a lower-case word after the opener; German nouns have capitals.
    const cuts = german.reduce((n, a) => n + sentences(a).filter((t) => gluedStarts(t, a.lang).length > 0).length, 0);
    const all = german.reduce((n, a) => n + sentences(a).length, 0);
    expect(cuts / all).toBeLessThan(0.001);
  });
});

describe("sentences ending on an ellipsis", () => {
  it("count as unfinished, as cut-off teasers do", () => {
    const trailing = [...cnn, ...german].flatMap((a) => candidates(a).filter((c) => /(?:\.\.\.|…)["'”’»«“)\]]*$/u.test(c.text)));
    expect(trailing.length).toBeGreaterThanOrEqual(5);
    for (const c of trailing) expect(c.unfinished, c.text).toBe(true);
  });
});

describe("a fourth or fifth sentence", () => {
  // Whole sentences that stand alone (a sentence pointing back needs the one before it).
  const whole = (c: Candidate) => !c.unfinished && !c.question && !c.dangling;
  const sumWords = (cs: readonly Candidate[]) => cs.reduce((n, c) => n + c.words, 0);

  /** The ranks chosen when the article's three shortest whole sentences score 3, 2, 1 and `extra` scores `score`. */
  function pick(cands: Candidate[], lead: Candidate[], extra: Candidate, score: number): number[] {
    const scores = cands.map((c) => (lead.includes(c) ? 3 - lead.indexOf(c) : c === extra ? score : -1));
    return selectSentences(cands, scores, () => 0).map((i) => cands[i]!.rank);
  }

  /** Per article: three short whole sentences and the early sentences that could join them within the word budget. */
  const cases = cnn.map((a) => {
    const cands = candidates(a);
    const lead = cands
      .filter(whole)
      .sort((x, y) => x.words - y.words)
      .slice(0, 3);
    const early = cands.filter((c) => c.rank <= 8 && !lead.includes(c) && sumWords(lead) + c.words <= 75);
    return { cands, lead, early };
  });

  it("is never a caption-like line, however high it scores", () => {
    const captions = cases.flatMap(({ cands, lead, early }) => early.filter((c) => c.unfinished).map((c) => ({ cands, lead, c })));
    expect(captions.length).toBeGreaterThanOrEqual(3);
    for (const { cands, lead, c } of captions) expect(pick(cands, lead, c, 0.99), c.text).not.toContain(c.rank);
  });

  it("joins when it is a whole sentence scoring near the three, not when it scores far below them", () => {
    const extras = cases.flatMap(({ cands, lead, early }) => early.filter(whole).map((c) => ({ cands, lead, c })));
    expect(extras.length).toBeGreaterThanOrEqual(5);
    for (const { cands, lead, c } of extras) {
      expect(pick(cands, lead, c, 0.99), c.text).toContain(c.rank);
      expect(pick(cands, lead, c, 0.1), c.text).not.toContain(c.rank);
    }
  });
});

describe("a newsroom's call to sign up or subscribe inside the text", () => {
  const body = (promo: string, lang: string) =>
    analyze(
      parseDocument(
        `<html lang="${lang}"><head><meta property="og:type" content="article"></head><body><article><h1>Farm aid went to landowners</h1>` +
          `<p>When Congress created the emergency aid program in 2019, lawmakers said it would help family farms hurt by the trade war with China.</p>` +
          `<p>${promo}</p>` +
          `<p>Six years later, records show that more than $1.2 billion went to landowners who do not farm at all, according to the documents.</p>` +
          `</article></body></html>`,
      ),
    );

  it("is no candidate for the summary, where the article keeps it as text", () => {
    for (const [promo, lang] of [
      ["Sign up to receive our biggest stories as soon as they’re published, straight to your inbox.", "en"],
      ["Subscribe to our newsletter and get the best of our investigations every week in your inbox.", "en"],
      ["Jetzt abonnieren: Der Newsletter bringt Ihnen jeden Morgen die wichtigsten Nachrichten des Tages.", "de"],
    ] as const) {
      const a = body(promo, lang);
      if (lang === "en" && promo.startsWith("Sign")) expect(a.text).toContain(promo);
      expect(candidates(a).some((c) => promo.includes(c.text) || c.text.includes(promo))).toBe(false);
    }
  });
});
