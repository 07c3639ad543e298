// Page strings that look like markup — in the title, site name, byline, quotes and around names —
// reach the popup as text: nothing is parsed as HTML, no script or handler runs, in the popup or the page.
import { describe, expect, it } from "vitest";
import { useBrowser, type TestPage } from "./harness";
import { inject, openFixture } from "./extension-calls";

const FIXTURE = "hostile/markup-in-text.html";
const IMG = '<img src=x onerror="document.documentElement.dataset.pwned=1">';
const SCRIPT = "<script>document.documentElement.dataset.pwned=2</script>";

/** What would show that page text became markup: the injected elements, or the marker their code sets. */
const injected = (page: TestPage) =>
  page.evaluate(
    () => ({
      pwned: document.documentElement.dataset.pwned ?? null,
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes("pwned")).length,
    }),
    null,
  );

for (const browserName of ["chromium", "firefox"] as const) {
  describe(`markup in page text, ${browserName}`, () => {
    const session = useBrowser(browserName);

    it("shows title, site, quotes and people as text, and runs none of it", async () => {
      const { page, tabId } = await openFixture(session, FIXTURE);
      const { ext } = session;
      expect(await inject(ext, tabId)).toMatchObject({ ok: true });
      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector("main[data-state='ready']");
      const shown = await popup.evaluate(() => {
        const text = (s: string) => [...document.querySelectorAll(s)].map((el) => el.textContent ?? "");
        return {
          title: text("[data-testid='title']"),
          site: text("[data-testid='site']"),
          quotes: text("[data-testid='quote']"),
          all: document.body.textContent ?? "",
        };
      }, null);
      expect(shown.title.join()).toContain(IMG);
      expect(shown.title.join()).toContain(SCRIPT);
      expect(shown.site.join()).toContain(IMG);
      expect(shown.quotes.some((q) => q.includes(IMG))).toBe(true);
      expect(shown.quotes.some((q) => q.includes(SCRIPT))).toBe(true);
      // Give any handler that slipped through time to fire, then look for its traces.
      await new Promise((r) => setTimeout(r, 500));
      expect(await injected(popup)).toEqual({ pwned: null, images: 0, scripts: 0 });
      expect(await injected(page)).toEqual({ pwned: null, images: 0, scripts: 0 });
      await popup.screenshot("popup-markup-in-text");
      await Promise.all([popup.close(), ext.close(), page.close()]);
    });
  });
}
