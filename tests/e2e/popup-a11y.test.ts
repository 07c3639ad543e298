// The popup and options page in headless Chromium, checked by axe-core in every popup state,
// light and dark, and driven by keyboard alone. Screenshots go to artifacts/.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, AXE_SCRIPT, useBrowser, type BrowserSession } from "./harness";
import { openFixture } from "./extension-calls";

/** axe's own report, reduced to what a failure message needs. */
interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** A front page: teasers of other articles and nothing else, so no article is found. */
const FRONT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Front page</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><main><h1>Latest news</h1><ul>
${Array.from({ length: 24 }, (_, i) => `<li><a href="/story-${i}">Headline number ${i} about the day's events</a></li>`).join("\n")}
</ul></main></body></html>`;

/** The session's Playwright context: axe, colour schemes and the keyboard need Playwright's pages. */
function playwright(session: BrowserSession): BrowserContext {
  const { context } = session.driver;
  if (!context) throw new Error(`${session.driver.name} has no Playwright context`);
  return context;
}

/** The popup for the tab, at a popup's size; resolves once it left "analysing". */
async function popupFor(session: BrowserSession, tabId: number): Promise<Page> {
  const popup = await playwright(session).newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${session.driver.extensionOrigin}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector("main:not([data-state='analysing'])");
  return popup;
}

/** Runs axe-core in an extension page, loaded from the extension itself (its CSP allows only 'self'). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: new URL(`/${AXE_SCRIPT}`, page.url()).href });
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function checkBothSchemes(page: Page, name: string): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${name}, ${colorScheme}`).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `chromium-${name}-${colorScheme}.png`), fullPage: true });
  }
}

describe("popup accessibility (Chromium, axe-core)", () => {
  const session = useBrowser("chromium");
  beforeAll(() =>
    playwright(session).route(`${session.server.origin}/front-page.html`, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: FRONT_PAGE }),
    ),
  );

  it("shows the seed article with no violations, light and dark", async () => {
    const { page, tabId } = await openFixture(session, "seed/zdf-rubio-nato.html");
    const popup = await popupFor(session, tabId);
    expect(await popup.getAttribute("main", "data-state")).toBe("ready");
    expect((await popup.textContent("[data-testid='title']"))?.trim()).toBeTruthy();
    await checkBothSchemes(popup, "popup-article");
    const firstRender = await popup.evaluate(() => performance.getEntriesByName("newsmark:popup-first-render")[0]?.startTime ?? null);
    await writeFile(join(ARTIFACTS, "chromium-popup-first-render.json"), JSON.stringify({ firstRenderMs: firstRender }));
    await popup.close();
    await page.close();
  });

  it("can be used by keyboard alone: every control is reachable and the toggle works by Space", async () => {
    const { page, tabId } = await openFixture(session, "seed/zdf-rubio-nato.html");
    const popup = await popupFor(session, tabId);
    const buttons = await popup.locator("button, input").count();
    const reached = new Set<string>();
    for (let i = 0; i < buttons + 1; i++) {
      await popup.keyboard.press("Tab");
      reached.add(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.dataset.testid ?? el?.textContent?.trim() ?? "";
        }),
      );
    }
    for (const control of ["highlights-toggle", "export-markdown", "export-annotations"]) expect(reached).toContain(control);

    await popup.focus("[data-testid='highlights-toggle']");
    await popup.keyboard.press("Space");
    await popup.waitForFunction(() => (document.querySelector("[data-testid='notice']")?.textContent ?? "") !== "");
    expect(await popup.isChecked("[data-testid='highlights-toggle']")).toBe(false);
    await popup.close();
    await page.close();
  });

  it("states a page with no article, and its reason, with no violations", async () => {
    const { page, tabId } = await openFixture(session, "front-page.html");
    const popup = await popupFor(session, tabId);
    expect(await popup.getAttribute("[data-testid='state']", "data-state")).toBe("noArticle");
    expect(await popup.locator("[role='status']").count()).toBeGreaterThan(0);
    await checkBothSchemes(popup, "popup-no-article");
    await popup.close();
    await page.close();
  });

  it("states a page extensions may not touch, and an error, with no violations", async () => {
    // Opened through the extension: match patterns cannot find chrome:// tabs afterwards.
    const browserTab = await session.ext.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<{ id?: number }> } } }).chrome;
      return (await api.tabs.create({ url: "chrome://version", active: false })).id!;
    }, null);
    const restricted = await popupFor(session, browserTab);
    expect(await restricted.getAttribute("[data-testid='state']", "data-state")).toBe("restricted");
    await checkBothSchemes(restricted, "popup-restricted");
    await restricted.close();

    const missing = await popupFor(session, 987654);
    expect(await missing.getAttribute("[data-testid='state']", "data-state")).toBe("error");
    expect(await axeViolations(missing)).toEqual([]);
    await missing.close();
  });

  it("options page has no violations, light and dark, and saves a change to storage.sync", async () => {
    const options = await playwright(session).newPage();
    await options.goto(`${session.driver.extensionOrigin}/options.html`);
    await options.waitForSelector("fieldset");
    await checkBothSchemes(options, "options");

    await options.focus("#kind-quote");
    await options.keyboard.press("Space");
    await options.waitForFunction(() => (document.querySelector("[data-testid='notice']")?.textContent ?? "") !== "");
    const stored = await session.ext.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.sync.get("settings")).settings as { kinds: Record<string, boolean> };
    }, null);
    expect(stored.kinds).toEqual({ quote: false, speaker: true, official: true });
    await options.close();
  });
});
