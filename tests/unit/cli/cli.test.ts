// The command-line contract from docs/analysis-schema.md: JSON Lines, a "file" field, errors
// per file, exit status 1 when any file failed — run as a user would, through bin/newsmark.mjs.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS } from "../../../bench/corpus";

const ROOT = join(import.meta.dirname, "../../..");
const SEED = join(ROOT, "tests/fixtures/seed/zdf-rubio-nato.html");
const GUARDIAN = join(CORPUS, "readability/test-pages/guardian-1/source.html");

const newsmark = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(ROOT, "bin/newsmark.mjs"), ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });

// Build the CLI from the current sources (half a second) so the test never runs a stale bundle.
beforeAll(() => {
  const r = spawnSync("npx", ["vite", "build", "--mode", "cli", "--logLevel", "warn"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`CLI build failed: ${r.stderr}`);
});

describe("newsmark analyze", () => {
  it("prints one Analysis per file, in order, and reports a broken file on its own line with exit 1", () => {
    const r = newsmark(["analyze", SEED, "does-not-exist.html", GUARDIAN]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([SEED, "does-not-exist.html", GUARDIAN]);
    expect(lines[1].error).toMatch(/ENOENT|no such file/);
    for (const a of [lines[0], lines[2]]) {
      expect(a.error).toBeUndefined();
      for (const key of [
        "url",
        "isArticle",
        "lang",
        "title",
        "byline",
        "published",
        "siteName",
        "text",
        "blocks",
        "quotes",
        "people",
        "clips",
        "summary",
      ]) {
        expect(a).toHaveProperty(key);
      }
      expect(a.isArticle).toBe(true);
      expect(a.text.length).toBeGreaterThan(500);
    }
    expect(lines[0].lang).toBe("de");
    expect(lines[2].lang).toBe("en");
  });

  it("reads stdin for '-', applies --url and --lang, and fills timings with --timings", () => {
    const r = newsmark(["analyze", "--url", "https://example.org/a", "--lang", "en", "--timings", "-"], readFileSync(SEED, "utf8"));
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.file).toBe("-");
    expect(a.url).toBe("https://example.org/a");
    expect(a.lang).toBe("en");
    expect(Object.keys(a.timings)).toEqual(expect.arrayContaining(["article", "text"]));
  });

  it("exits 0 on success and rejects unknown options with usage", () => {
    expect(newsmark(["analyze", SEED]).status).toBe(0);
    const bad = newsmark(["analyze", "--bogus", SEED]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Usage/);
  });

  it("analyses the bundled sample article in readable form when given no file", () => {
    const r = newsmark(["analyze"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Rubio/);
    expect(r.stdout).not.toMatch(/^\{/m);
  });
});
