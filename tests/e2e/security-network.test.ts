// Newsmark makes no network request: with the extension annotating pages and its popup and options
// open, the browser contacts nothing but the localhost fixture server. Each browser is started with
// every non-local request sent to a recording proxy (background and service worker included),
// beside the driver's own count of the pages' requests.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLANK_PAGE, CHROMIUM_ARGS, e2eCopy, serveFixtures } from "./harness";

/**
 * The browsers' own services that no flag fully silences: Chromium's updater, account and time
 * checks; Firefox's settings, push and captive-portal checks (Puppeteer points many at dummy.test).
 * Newsmark has no reason to contact them; every other host fails the test.
 */
const BROWSER_SERVICES =
  /^(CONNECT |\w+ https?:\/\/)([\w-]+\.)*(google\.com|googleapis\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|dummy\.test)(:\d+)?(\/|$)/;

/** Addresses read without any network: inline data and in-memory blobs. */
const LOCAL = /^(data|blob):/;

const PAGES = ["seed/zdf-rubio-nato.html", "hostile/markup-in-text.html", "hostile/live-rewrite.html"];

/** A proxy that answers every request with 502 and remembers where it was going. */
async function recordingProxy() {
  const seen: string[] = [];
  const record = (req: IncomingMessage) => seen.push(`${req.method} ${req.url}`);
  const server = createServer((req, res) => {
    record(req);
    res.writeHead(502).end();
  });
  server.on("connect", (req, socket) => {
    record(req);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    seen,
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

describe("network requests, chromium", () => {
  let ctx: BrowserContext;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
  let cleanup: () => Promise<void>;
  const requests: string[] = [];

  beforeAll(async () => {
    [proxy, fixtures] = await Promise.all([recordingProxy(), serveFixtures()]);
    const ext = await e2eCopy("chrome");
    const profile = await mkdtemp(join(tmpdir(), "newsmark-net-"));
    cleanup = async () => {
      await rm(profile, { recursive: true, force: true });
      await ext.cleanup();
    };
    // Lets Playwright report the service worker's requests too.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        // Quiet the browser's own services, so that what reaches the proxy is ours.
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--no-pings",
        "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,SignInProfileCreation,AccountConsistency",
        // Everything but loopback goes to the recording proxy.
        `--proxy-server=http://${proxy.address}`,
        `--disable-extensions-except=${ext.dir}`,
        `--load-extension=${ext.dir}`,
      ],
    });
    ctx.on("request", (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await ctx?.close();
    await cleanup?.();
    await Promise.all([proxy?.close(), fixtures?.close()]);
  });

  it("contacts only the fixture server while annotating pages, with popup and options open", async () => {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
    const origin = `chrome-extension://${new URL(sw.url()).host}`;
    const blank = await ctx.newPage();
    await blank.goto(`${origin}/${BLANK_PAGE}`);
    for (const path of PAGES) {
      const url = `${fixtures.origin}/${path}`;
      const page = await ctx.newPage();
      await page.goto(url);
      const tabId = await blank.evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
        return (await c.tabs.query({})).find((t) => t.url === u)!.id;
      }, url);
      const popup = await ctx.newPage();
      await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector("main[data-state]");
      await popup.close();
    }
    const options = await ctx.newPage();
    await options.goto(`${origin}/options.html`);
    await options.waitForLoadState("load");
    // Room for anything deferred (timers, live re-analysis) to go out.
    await new Promise((r) => setTimeout(r, 2000));

    const proxied = proxy.seen.filter((r) => !BROWSER_SERVICES.test(r));
    const elsewhere = requests.filter((u) => !u.startsWith(fixtures.origin + "/") && !u.startsWith(origin + "/") && !LOCAL.test(u));
    console.log(
      `requests observed: ${requests.length} (${requests.filter((u) => u.startsWith(fixtures.origin)).length} to the fixture server, ` +
        `${requests.filter((u) => u.startsWith(origin)).length} to the extension's own files, ${elsewhere.length} elsewhere); ` +
        `through the proxy: ${proxy.seen.length} (${proxied.length} not the browser's own services)`,
    );
    expect(elsewhere).toEqual([]);
    expect(proxied).toEqual([]);
  });
});

/** BiDi never reports a navigation into moz-extension://: poll until the page is there. */
async function openFirefoxPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 15_000 }).catch(() => {});
  for (const end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState === "complete", url).catch(() => false);
    if (ready) return page;
  }
  throw new Error(`extension page did not load: ${url}`);
}

describe("network requests, firefox", () => {
  let browser: Browser;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
  let cleanup: () => Promise<void>;
  const uuid = "0d5c3e7a-2b1f-4e8d-9a6c-7f4b1e2d3c5a";
  const origin = `moz-extension://${uuid}`;
  const requests: string[] = [];

  beforeAll(async () => {
    [proxy, fixtures] = await Promise.all([recordingProxy(), serveFixtures()]);
    const ext = await e2eCopy("firefox");
    cleanup = ext.cleanup;
    const [host, port] = proxy.address.split(":");
    const geckoId = (ext.manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id;
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: "/usr/bin/firefox-esr",
      headless: true,
      args: ["--remote-allow-system-access"],
      extraPrefsFirefox: {
        "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: uuid }),
        // Everything but localhost goes to the recording proxy.
        "network.proxy.type": 1,
        "network.proxy.http": host,
        "network.proxy.http_port": Number(port),
        "network.proxy.ssl": host,
        "network.proxy.ssl_port": Number(port),
      },
    });
    await browser.installExtension(ext.dir);
  });
  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
    await Promise.all([proxy?.close(), fixtures?.close()]);
  });

  it("contacts only the fixture server while annotating pages, with popup and options open", async () => {
    const watch = (page: Page) => page.on("request", (r) => void requests.push(r.url()));
    const blank = await openFirefoxPage(browser, `${origin}/${BLANK_PAGE}`);
    for (const path of PAGES) {
      const url = `${fixtures.origin}/${path}`;
      const page = await browser.newPage();
      watch(page);
      await page.goto(url);
      const tabId = await blank.evaluate(async (u) => {
        const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).browser;
        return (await b.tabs.query({})).find((t) => t.url === u)!.id;
      }, url);
      const popup = await openFirefoxPage(browser, `${origin}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector("main[data-state]");
      await popup.close();
    }
    await openFirefoxPage(browser, `${origin}/options.html`);
    await new Promise((r) => setTimeout(r, 2000));

    const proxied = proxy.seen.filter((r) => !BROWSER_SERVICES.test(r));
    const elsewhere = requests.filter((u) => !u.startsWith(fixtures.origin + "/") && !LOCAL.test(u));
    console.log(
      `requests observed: ${requests.length} by the pages (${elsewhere.length} not to the fixture server); ` +
        `through the proxy: ${proxy.seen.length} (${proxied.length} not the browser's own services)`,
    );
    expect(elsewhere).toEqual([]);
    expect(proxied).toEqual([]);
  });
});
