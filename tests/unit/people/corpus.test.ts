import { describe, expect, it } from "vitest";
import { goldPages, labels, type GoldPerson } from "../../../bench/corpus";
import { pagePeople, type PagePeople } from "./page-people";

const pages = goldPages().filter((g) => labels(g, "people") && g.people.length > 0);
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** A labelled person the extracted text names on its own (not only inside "Macron-Partei"). */
function standalone(page: PagePeople, g: GoldPerson): boolean {
  const bare = (n: string) => new RegExp(`(?<![\\p{L}-])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "u");
  return [g.name, ...(g.mentions ?? [])].some((n) => bare(n).test(page.text));
}

const matches = (page: PagePeople, g: GoldPerson) =>
  page.people.find((p) => {
    const names = new Set([g.name, ...(g.mentions ?? [])].map(norm));
    return names.has(norm(p.name)) || page.said(p).some((m) => norm(m) === norm(g.name));
  });

describe.each(pages)("gold page $id", (g) => {
  const page = pagePeople(g.html, g.lang, g.url);
  const named = g.people.filter((p) => standalone(page, p));

  it("finds the labelled people the text names", () => {
    const missed = named.filter((p) => !matches(page, p)).map((p) => p.name);
    expect(missed.length, `missed: ${missed.join(", ")}`).toBeLessThanOrEqual(named.length * 0.1);
  });

  it("finds few people the labels do not hold", () => {
    const extra = page.people.filter((p) => !g.people.some((x) => matches(page, x) === p)).map((p) => p.name);
    expect(extra.length, `extra: ${extra.join(", ")}`).toBeLessThanOrEqual(Math.max(1, page.people.length * 0.1));
  });

  it("marks officials as labelled", () => {
    const wrong = named.filter((x) => {
      const p = matches(page, x);
      return p && p.official !== x.official;
    });
    expect(wrong.map((x) => x.name).length).toBeLessThanOrEqual(Math.max(1, named.length * 0.1));
  });
});
