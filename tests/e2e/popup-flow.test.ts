// The popup driven as a reader would, in Chromium and Firefox: it lists what the engine finds in
// the seed article, a clip entry scrolls the page there, and the toggle clears the highlights.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze";
import { parseDocument } from "../../src/cli/parse-html";
import { groupQuotesBySpeaker } from "../../src/export/group-quotes";
import { ROOT, useBrowser, type TestPage } from "./harness";
import { openFixture } from "./extension-calls";

const SEED = "seed/zdf-rubio-nato.html";

/** Polls `check` in Node until it returns true, for up to `ms` milliseconds. */
async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !(await check()); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error("timed out");
  }
}

/** Text of every element matching `selector` in the popup. */
function texts(popup: TestPage, selector: string): Promise<string[]> {
  return popup.evaluate((s) => [...document.querySelectorAll(s)].map((el) => el.textContent?.trim() ?? ""), selector);
}

function click(popup: TestPage, selector: string): Promise<void> {
  return popup.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

const ourHighlights = (page: TestPage) =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => void (name.startsWith("newsmark-") && (n += h.size)));
    return n;
  }, null);

for (const browserName of ["chromium", "firefox"] as const) {
  describe(`popup in ${browserName}`, () => {
    const session = useBrowser(browserName);
    let page: TestPage;
    let popup: TestPage;
    let tabId: number;
    const engine = analyze(parseDocument(readFileSync(join(ROOT, "tests/fixtures", SEED), "utf8")), { url: "http://127.0.0.1/" + SEED });

    beforeAll(async () => {
      ({ page, tabId } = await openFixture(session, SEED));
      popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector("main[data-state='ready']");
    });

    it("lists the seed's speakers, quotes, officials and clips as the engine finds them", async () => {
      expect(engine.clips.length).toBe(4);
      expect(await texts(popup, "[data-testid='clip']")).toHaveLength(engine.clips.length);
      const speakers = groupQuotesBySpeaker(engine.quotes).map((g) => g.speaker);
      expect(await popup.evaluate(() => document.querySelectorAll("[data-testid='speaker-group']").length, null)).toBe(speakers.length);
      expect(await texts(popup, "[data-testid='quote']")).toHaveLength(engine.quotes.length);
      const officials = engine.people.filter((p) => p.official).map((p) => p.name);
      const shownPeople = await texts(popup, "[data-testid='person'] .name");
      expect(shownPeople.slice(0, officials.length).sort()).toEqual([...officials].sort());
      await popup.screenshot("popup-flow-seed");
    });

    it("scrolls the page to a clip when its entry is clicked", async () => {
      await page.evaluate(() => window.scrollTo(0, 0), null);
      // A real popup floats over the visible page; as a tab it hid the page, which Firefox then
      // does not scroll. Show the page again, as it is when the reader clicks.
      await popup.evaluate(async (id) => {
        const g = globalThis as unknown as Record<
          "browser" | "chrome",
          { tabs: { update(id: number, p: object): Promise<unknown> } } | undefined
        >;
        await (g.browser ?? g.chrome)!.tabs.update(id, { active: true });
      }, tabId);
      // The clip furthest down the article.
      await popup.evaluate(() => {
        const clips = [...document.querySelectorAll<HTMLElement>("[data-testid='clip']")];
        clips.sort((a, b) => Number(b.dataset.start) - Number(a.dataset.start))[0]!.click();
      }, null);
      await until(async () => (await page.evaluate(() => window.scrollY, null)) > 0);
      await page.screenshot("page-after-clip-click");
    });

    it("clears the page's highlights with the toggle, and brings them back", async () => {
      await until(async () => (await ourHighlights(page)) > 0);
      await click(popup, "[data-testid='highlights-toggle']");
      await until(async () => (await ourHighlights(page)) === 0);
      expect(
        await popup.evaluate(() => (document.querySelector("[data-testid='highlights-toggle']") as HTMLInputElement).checked, null),
      ).toBe(false);
      await click(popup, "[data-testid='highlights-toggle']");
      await until(async () => (await ourHighlights(page)) > 0);
    });
  });
}
