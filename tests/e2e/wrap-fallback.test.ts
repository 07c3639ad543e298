// The wrapping fallback painter (used where CSS.highlights is missing) in a real DOM: bundled with
// the engine into one script and run on the seed page in plain Chromium.
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build, type Rolldown } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serveFixtures } from "./harness";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
let bundle: string;

beforeAll(async () => {
  const out = (await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, "wrap-fallback-entry.ts"), formats: ["iife"], name: "newsmarkWrap" },
    },
  })) as Rolldown.RolldownOutput[];
  bundle = out[0]!.output[0].code;
  [browser, server] = await Promise.all([
    chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] }),
    serveFixtures(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("wraps every kind in <mark>s, keeps the text, and restores the DOM byte for byte", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/seed/zdf-rubio-nato.html`);
  await page.addScriptTag({ content: bundle });
  const result = await page.evaluate(() =>
    (globalThis as unknown as { newsmarkWrap: { wrapAndRestore(): unknown } }).newsmarkWrap.wrapAndRestore(),
  );
  expect(result).toMatchObject({ textKept: true, restored: true, mapValidAgain: true });
  const { kinds, annotationKinds } = result as { kinds: string[]; annotationKinds: string[] };
  expect(kinds).toEqual(annotationKinds);
  expect(kinds.length).toBeGreaterThan(0);
  await page.close();
});
