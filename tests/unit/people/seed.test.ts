import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roleRight } from "../../../bench/people";
import { pagePeople } from "./page-people";
import { SEED_FIXTURE, SEED_NOT_PEOPLE, SEED_PEOPLE } from "./seed-truth";

const html = readFileSync(join(import.meta.dirname, "../../..", SEED_FIXTURE), "utf8");
const page = pagePeople(html, "de");

describe("seed article: every row of the people table", () => {
  it.each(SEED_PEOPLE)("$name", (row) => {
    const p = page.people.find((x) => x.name === row.name);
    expect(p, `${row.name} found`).toBeDefined();
    expect(p!.official).toBe(row.official);
    expect(roleRight(p!.role, row.role!), `role "${p!.role}" ~ "${row.role}"`).toBe(true);
    // Every short form the text holds on its own is one of the person's mentions.
    for (const short of row.mentions ?? []) {
      const standalone = new RegExp(`(?<![\\p{L}-])${short}(?![\\p{L}-])`, "u");
      if (standalone.test(page.text.replaceAll(row.name, ""))) expect(page.said(p!)).toContain(short);
    }
  });

  it("finds no one else", () => {
    expect(page.people.map((p) => p.name).sort()).toEqual(SEED_PEOPLE.map((p) => p.name).sort());
  });

  it("gives mention offsets into the text", () => {
    for (const p of page.people) {
      for (const m of p.mentions) expect(p.name).toContain(page.text.slice(m.start, m.end).replace(/s$/, ""));
    }
  });

  it.each(SEED_NOT_PEOPLE)("%s is no person", (word) => {
    expect(page.find(word)).toBeUndefined();
  });
});
