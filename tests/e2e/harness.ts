// Shared e2e harness: serves tests/fixtures over http://127.0.0.1, launches headless Chromium
// (Playwright) or Firefox ESR (Puppeteer over WebDriver BiDi) with an e2e copy of the built
// extension, and hides the two drivers behind one small interface so each test body runs in both.
import { createServer } from "node:http";
import { afterAll, beforeAll } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Page as PwPage } from "playwright-core";
import puppeteer, { type Page as PpPage } from "puppeteer-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const ARTIFACTS = join(ROOT, "artifacts");
const FIXTURES = join(ROOT, "tests/fixtures");
/** The shared corpus of saved real pages, served under /corpus/. */
const CORPUS = resolve(process.env.NEWSMARK_CORPUS ?? join(ROOT, "../shared/corpus"));
/**
 * Saved real pages keep their scripts and links to the sites' servers: run none of the scripts and
 * let nothing leave the machine, so the page is what the corpus saved and loads at once.
 */
const CORPUS_CSP = "default-src 'self' 'unsafe-inline' data:; script-src 'none'";

/** Match pattern the e2e copy is granted: no port, so it matches the server's random port in both browsers. */
const E2E_HOSTS = ["http://127.0.0.1/*"];
/** Any Firefox UUID works; fixing it makes the moz-extension:// origin known before launch. */
const FIREFOX_UUID = "3f6c2a1e-9b4d-4c7a-8e21-5d0f7a9c1b34";
/** An extension page with no script of its own: the test's foothold for extension APIs. */
export const BLANK_PAGE = "e2e-blank.html";
/** axe-core, in the copy because an extension page's CSP loads scripts from the extension only. */
export const AXE_SCRIPT = "axe.min.js";

export type Target = "chrome" | "firefox";

/** Absolute path of a built extension; fails with the fix when the build is missing. */
export function requireBuild(target: Target): string {
  const dir = join(ROOT, "dist", target);
  if (!existsSync(join(dir, "manifest.json"))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  return dir;
}

/**
 * A temporary copy of the built extension for tests: the shipped build has no host permissions
 * and a headless browser cannot grant activeTab (no toolbar click), so the copy gets the test
 * server's host, plus a blank extension page and axe-core.
 */
export async function e2eCopy(target: Target): Promise<{ dir: string; manifest: Record<string, unknown>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `newsmark-e2e-${target}-`));
  await cp(requireBuild(target), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
  manifest.host_permissions = E2E_HOSTS;
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, BLANK_PAGE), '<!doctype html><meta charset="utf-8"><title>e2e</title>');
  await cp(join(ROOT, "node_modules/axe-core", AXE_SCRIPT), join(dir, AXE_SCRIPT));
  return { dir, manifest, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves tests/fixtures, and the corpus under /corpus/, on 127.0.0.1 at a free port. */
export async function serveFixtures(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const corpus = pathname.startsWith("/corpus/");
    const base = corpus ? CORPUS : FIXTURES;
    const path = resolve(base, "." + (corpus ? pathname.slice("/corpus".length) : pathname));
    if (!path.startsWith(base + sep) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { "content-type": TYPES[extname(path)] ?? "application/octet-stream" };
    if (corpus) headers["content-security-policy"] = CORPUS_CSP;
    res.writeHead(200, headers).end(readFileSync(path));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** One page or tab, the same for both drivers. Functions passed to `evaluate` run in the page. */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Starts a navigation without waiting for it (BiDi never reports loads of about: pages). */
  navigate(url: string): void;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForSelector(selector: string): Promise<void>;
  /** Moves the mouse to viewport coordinates, in CSS pixels. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key by its `KeyboardEvent.key` name ("Escape"). */
  press(key: "Escape"): Promise<void>;
  /** Saves artifacts/<browser>-<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: "chromium" | "firefox";
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens a page of the extension ("popup.html?tabId=3") in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Chromium only: Playwright's context, for what the shared interface leaves out (colour schemes, keyboard, routes). */
  context?: BrowserContext;
  close(): Promise<void>;
}

function shotPath(browser: string, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${browser}-${name}.png`);
}

function wrapPlaywright(page: PwPage): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    navigate: (url) => void page.goto(url).catch(() => {}),
    // Playwright types the argument as "unboxed" handles; ours are plain JSON.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
    waitForSelector: async (s) => void (await page.waitForSelector(s)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (name) => void (await page.screenshot({ path: shotPath("chromium", name) })),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    navigate: (url) => void page.goto(url, { timeout: 5000 }).catch(() => {}),
    evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (await page.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as R,
    waitForSelector: async (s) => void (await page.waitForSelector(s)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (name) => void (await page.screenshot({ path: shotPath("firefox", name) })),
    close: () => page.close(),
  };
}

/** Flags for a quiet headless Chromium on this machine (no background traffic, no sandbox as root). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Driver> {
  const ext = await e2eCopy("chrome");
  const profile = await mkdtemp(join(tmpdir(), "newsmark-pw-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1100, height: 800 },
    // Playwright always adds --disable-extensions; the "except" flag is what lets ours load.
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext.dir}`, `--load-extension=${ext.dir}`],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
  // Node gives non-special schemes an opaque origin ("null"): build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  return {
    name: "chromium",
    extensionOrigin,
    context: ctx,
    newPage: async () => wrapPlaywright(await ctx.newPage()),
    openExtensionPage: async (path) => {
      const page = await ctx.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return wrapPlaywright(page);
    },
    close: async () => {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
      await ext.cleanup();
    },
  };
}

/** BiDi never reports a navigation into moz-extension://, so `goto` would time out: poll the page instead. */
async function gotoExtensionPage(page: PpPage, url: string, ms = 15_000): Promise<void> {
  page.goto(url, { timeout: ms }).catch(() => {});
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    try {
      if (await page.evaluate((u) => location.href === u && document.readyState === "complete", url)) return;
    } catch {
      // The document is being replaced.
    }
  }
  throw new Error(`extension page did not load: ${url}`);
}

export async function launchFirefox(): Promise<Driver> {
  const ext = await e2eCopy("firefox");
  const geckoId = (ext.manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id;
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // Lets BiDi open moz-extension:// pages.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_UUID }) },
  });
  await browser.installExtension(ext.dir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: "firefox",
    extensionOrigin,
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}/${path}`);
      return wrapPuppeteer(page);
    },
    close: async () => {
      await browser.close();
      await ext.cleanup();
    },
  };
}

export function launch(name: Driver["name"]): Promise<Driver> {
  return name === "chromium" ? launchChromium() : launchFirefox();
}

/** What a describe block's tests share: the fixture server, a browser with the extension, and an extension page. */
export interface BrowserSession {
  server: Awaited<ReturnType<typeof serveFixtures>>;
  driver: Driver;
  /** An extension page: the foothold for the calls the popup makes. */
  ext: TestPage;
}

/** Starts a {@link BrowserSession} before the enclosing describe block's tests and stops it after them. */
export function useBrowser(name: Driver["name"]): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.server, session.driver] = await Promise.all([serveFixtures(), launch(name)]);
    session.ext = await session.driver.openExtensionPage(BLANK_PAGE);
  });
  afterAll(async () => {
    await session.driver?.close();
    await session.server?.close();
  });
  return session;
}
