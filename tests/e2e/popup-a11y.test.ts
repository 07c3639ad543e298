// The popup and options page in headless Chromium, checked by axe-core in every popup state,
// light and dark, and driven by keyboard alone. Screenshots go to artifacts/.
import { copyFile, writeFile } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { ARTIFACTS, CHROMIUM_ARGS, ROOT, e2eCopy, serveFixtures } from "./harness";

/** axe's own report, reduced to what a failure message needs. */
interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** A front page: teasers of other articles and nothing else, so no article is found. */
const FRONT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Front page</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><main><h1>Latest news</h1><ul>
${Array.from({ length: 24 }, (_, i) => `<li><a href="/story-${i}">Headline number ${i} about the day's events</a></li>`).join("\n")}
</ul></main></body></html>`;

let ctx: BrowserContext;
let sw: Worker;
let extOrigin: string;
let origin: string;
const cleanups: (() => Promise<void>)[] = [];

async function tabIdOf(url: string): Promise<number> {
  // Runs in the service worker, where `chrome` is the extension API.
  const id = await sw.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ url: u }))[0]?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the page in a tab and the popup for that tab; resolves once the popup left "analysing". */
async function popupFor(tabId: number | string): Promise<Page> {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${extOrigin}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector("main:not([data-state='analysing'])");
  return popup;
}

async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ctx.newPage();
  await page.goto(`${origin}${path}`);
  return { page, tabId: await tabIdOf(`${origin}${path}`) };
}

/** Runs axe-core in the page; the script is loaded from the extension itself (its CSP allows only 'self'). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: `${extOrigin}/axe.min.js` });
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

/** Chromium with the e2e copy of the extension, plus axe. */
async function startBrowser(): Promise<void> {
  const ext = await e2eCopy("chrome");
  cleanups.push(ext.cleanup);
  await copyFile(join(ROOT, "node_modules/axe-core/axe.min.js"), join(ext.dir, "axe.min.js"));
  const server = await serveFixtures();
  cleanups.push(server.close);
  origin = server.origin;
  const profile = await mkdtemp(join(tmpdir(), "newsmark-a11y-"));
  cleanups.push(() => rm(profile, { recursive: true, force: true }));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext.dir}`, `--load-extension=${ext.dir}`],
  });
  cleanups.unshift(() => ctx.close());
  await ctx.route(`${origin}/front-page.html`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: FRONT_PAGE }));
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
  // Node's URL gives "null" as the origin of a chrome-extension:// address: build it from the host.
  extOrigin = `chrome-extension://${new URL(sw.url()).host}`;
}

async function stopBrowser(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) await cleanup();
}

describe("popup accessibility (Chromium, axe-core)", () => {
  beforeAll(startBrowser);
  afterAll(stopBrowser);

  it("shows the seed article with no violations, light and dark", async () => {
    const { page, tabId } = await openArticle("/seed/zdf-rubio-nato.html");
    const popup = await popupFor(tabId);
    expect(await popup.getAttribute("main", "data-state")).toBe("ready");
    expect((await popup.textContent("[data-testid='title']"))?.trim()).toBeTruthy();
    await checkBothSchemes(popup, "popup-article");
    const firstRender = await popup.evaluate(() => performance.getEntriesByName("newsmark:popup-first-render")[0]?.startTime ?? null);
    await writeFile(join(ARTIFACTS, "chromium-popup-first-render.json"), JSON.stringify({ firstRenderMs: firstRender }));
    await popup.close();
    await page.close();
  });

  it("can be used by keyboard alone: every control is reachable and the toggle works by Space", async () => {
    const { page, tabId } = await openArticle("/seed/zdf-rubio-nato.html");
    const popup = await popupFor(tabId);
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
    const { page, tabId } = await openArticle("/front-page.html");
    const popup = await popupFor(tabId);
    expect(await popup.getAttribute("[data-testid='state']", "data-state")).toBe("noArticle");
    expect(await popup.locator("[role='status']").count()).toBeGreaterThan(0);
    await checkBothSchemes(popup, "popup-no-article");
    await popup.close();
    await page.close();
  });

  it("states a page extensions may not touch, and an error, with no violations", async () => {
    // Opened from the worker: match patterns cannot find chrome:// tabs afterwards.
    const browserTab = await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<{ id?: number }> } } }).chrome;
      return (await api.tabs.create({ url: "chrome://version", active: false })).id!;
    }, null);
    const restricted = await popupFor(browserTab);
    expect(await restricted.getAttribute("[data-testid='state']", "data-state")).toBe("restricted");
    await checkBothSchemes(restricted, "popup-restricted");
    await restricted.close();

    const missing = await popupFor(987654);
    expect(await missing.getAttribute("[data-testid='state']", "data-state")).toBe("error");
    expect(await axeViolations(missing)).toEqual([]);
    await missing.close();
  });

  it("options page has no violations, light and dark, and saves a change to storage.sync", async () => {
    const options = await ctx.newPage();
    await options.goto(`${extOrigin}/options.html`);
    await options.waitForSelector("fieldset");
    await checkBothSchemes(options, "options");

    await options.focus("#kind-quote");
    await options.keyboard.press("Space");
    await options.waitForFunction(() => (document.querySelector("[data-testid='notice']")?.textContent ?? "") !== "");
    const stored = await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.sync.get("settings")).settings as { kinds: Record<string, boolean> };
    }, null);
    expect(stored.kinds).toEqual({ quote: false, speaker: true, official: true });
    await options.close();
  });
});
