// The extension's end-to-end checks, run once per browser (chromium.test.ts, firefox.test.ts):
// injection through the background, the content script's analysis and highlights, the popup.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze";
import { LIMITS } from "../../src/limits";
import { parseDocument } from "../../src/cli/parse-html";
import type { Analysis } from "../../src/types";
import { annotationsOf } from "../../extension/content/annotations";
import { PAINT_KINDS } from "../../extension/content/painter";
import { ANALYSIS_MEASURE, PAINTED_MEASURE, RANGES_MEASURE, RENDER_MEASURE } from "../../extension/content/perf-marks";
import { DEFAULT_SETTINGS } from "../../extension/shared/settings";
import type { PageState } from "../../extension/shared/messages";
import { ROOT, useBrowser, type Driver, type TestPage } from "./harness";
import { inject, manifestOf, openFixture, registeredMatches, sendToTab, settledState, storeSettings, tabIds } from "./extension-calls";

const SEED = "seed/zdf-rubio-nato.html";
const FRONT = "e2e/section-front.html";
const KINDS = ["quote", "speaker", "official"] as const;

const engineRuns = new Map<string, Analysis>();

/** What the engine finds in a fixture, run in Node on the same file (once per file and address). */
function engineOn(path: string, url: string): Analysis {
  const key = `${path} ${url}`;
  if (!engineRuns.has(key)) engineRuns.set(key, analyze(parseDocument(readFileSync(join(ROOT, "tests/fixtures", path), "utf8")), { url }));
  return engineRuns.get(key)!;
}

/** Polls `check` in Node until it returns a value other than undefined, for up to `ms` milliseconds. */
async function until<T>(check: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error("timed out");
  }
}

/** Sizes of our highlights in the page's `CSS.highlights`, read from the page itself. */
function highlightSizes(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith("newsmark-")) out[name.slice("newsmark-".length)] = h.size;
    });
    return out;
  }, null);
}

const pageHtml = (page: TestPage) => page.evaluate(() => document.documentElement.outerHTML, null);

/** How many User Timing measures of each name the page's timeline holds. */
const measureCounts = (page: TestPage, names: string[]) =>
  page.evaluate((ns) => ns.map((n) => performance.getEntriesByName(n, "measure").length), names);

/** Rules in the page's adopted stylesheets, counting only `::highlight(newsmark-…)` ones (on every element or on some); -1 when there is any other. */
const adoptedRules = (page: TestPage) =>
  page.evaluate(() => {
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => (r as CSSStyleRule).selectorText ?? ""));
    return rules.every((r) => r.split(", ").every((sel) => /::highlight\(newsmark-[a-z]+\)$/.test(sel))) ? rules.length : -1;
  }, null);

/** Whether the rules for our highlights are scoped to some elements rather than set on every element. */
const rulesScoped = (page: TestPage) =>
  page.evaluate(
    () => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).every((r) => !r.cssText.startsWith("::highlight(")),
    null,
  );

/**
 * Painted text whose `::highlight()` style has no background, as "name: text": empty when the
 * rules reach every character of every highlight (scoped rules must, through inheritance).
 */
const unstyledHighlightText = (page: TestPage) =>
  page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith("newsmark-")) return;
      highlight.forEach((r) => {
        const range = r as Range;
        const root = range.commonAncestorContainer;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
          if (!range.intersectsNode(node) || !node.textContent?.trim()) continue;
          const background = getComputedStyle(node.parentElement!, `::highlight(${name})`).backgroundColor;
          if (background === "rgba(0, 0, 0, 0)") out.push(`${name}: ${node.textContent.trim().slice(0, 40)}`);
        }
      });
    });
    return out;
  }, null);

export function extensionSuite(browserName: Driver["name"]): void {
  describe(`extension in ${browserName}`, () => {
    const session = useBrowser(browserName);

    it("loads with the shipped permissions (plus the test host)", async () => {
      const manifest = await manifestOf(session.ext);
      expect(manifest.permissions).toEqual(["activeTab", "scripting", "storage"]);
      expect(manifest.host_permissions).toEqual(["http://127.0.0.1/*"]);
    });

    it("injects once and analyses the seed article as the engine does", async () => {
      const { page, tabId, url } = await openFixture(session, SEED);
      expect(await inject(session.ext, tabId)).toEqual({ ok: true, value: { injected: true } });
      expect(await inject(session.ext, tabId)).toEqual({ ok: true, value: { injected: false } });
      const reply = await settledState(session.ext, tabId);
      if (!reply.ok) throw new Error(reply.error);
      const expected = engineOn(SEED, url);
      const { analysis } = reply.value;
      expect(reply.value.state).toBe("ready");
      expect(reply.value.highlights).toBe(true);
      expect(analysis.title).toBe(expected.title);
      expect(analysis.siteName).toBe(expected.siteName);
      expect(analysis.published).toBe(expected.published);
      expect(analysis.lang).toBe(expected.lang);
      expect(analysis.clips.length).toBe(expected.clips.length);
      await page.close();
    });

    it("popup opened as a tab shows title, site, date and language", async () => {
      const { page, tabId, url } = await openFixture(session, SEED);
      const expected = engineOn(SEED, url);
      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="title"]');
      const shown = await popup.evaluate(() => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
        return {
          title: text("title"),
          site: text("site"),
          date: document.querySelector('[data-testid="date"]')?.getAttribute("datetime") ?? null,
          lang: text("lang"),
        };
      }, null);
      expect(shown.title).toBe(expected.title);
      expect(shown.site).toBe(expected.siteName);
      expect(shown.date).toBe(expected.published);
      expect(shown.lang).toBeTruthy();
      await popup.screenshot("popup-seed");
      await page.screenshot("page-seed");
      await Promise.all([popup.close(), page.close()]);
    });

    it("says no article on a section front", async () => {
      const { page, tabId } = await openFixture(session, FRONT);
      expect((await inject(session.ext, tabId)).ok).toBe(true);
      const reply = await settledState(session.ext, tabId);
      expect(reply.ok && reply.value.state).toBe("noArticle");
      const popup = await session.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="state"][data-state="noArticle"]');
      await popup.screenshot("popup-no-article");
      await Promise.all([popup.close(), page.close()]);
    });

    it("answers at once that an enormous page is too large", async () => {
      const { page, tabId } = await openFixture(session, FRONT);
      await page.evaluate((n) => {
        const box = document.createElement("div");
        box.hidden = true; // counted all the same, and no layout cost for the test
        for (let i = 0; i < n; i++) box.appendChild(document.createElement("i"));
        document.body.append(box);
        // Let the browser lay the page out first: that is the page's cost, not ours.
        return new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      }, LIMITS.maxNodes + 1);
      const started = Date.now();
      await inject(session.ext, tabId);
      const reply = await settledState(session.ext, tabId);
      expect(reply.ok && reply.value.state).toBe("tooLarge");
      // Counting is all it does: far below the time an analysis of such a page would take.
      expect(Date.now() - started).toBeLessThan(1500);
      await page.close();
    });

    it("answers a browser page with a restricted error", async () => {
      const before = new Set(await tabIds(session.ext));
      const page = await session.driver.newPage();
      // The extension cannot see the address of a page it may not access: find the new tab.
      const tabId = (await tabIds(session.ext)).find((id) => !before.has(id))!;
      page.navigate(browserName === "chromium" ? "chrome://version/" : "about:robots");
      // Until the browser page has replaced the new tab's about:blank, injection may succeed.
      const reply = await until(async () => {
        const r = await inject(session.ext, tabId);
        return r.ok ? undefined : r;
      });
      expect(reply).toMatchObject({ ok: false, code: "restricted" });
      await page.close();
    });

    it("paints each kind without changing the DOM, toggles off and on, and jumps", async () => {
      const { page, tabId } = await openFixture(session, SEED);
      const before = await pageHtml(page);
      await inject(session.ext, tabId);
      const reply = await settledState(session.ext, tabId);
      if (!reply.ok) throw new Error(reply.error);
      const state: PageState = reply.value;
      const expected: Record<string, number> = {};
      for (const a of annotationsOf(state.analysis, DEFAULT_SETTINGS.kinds)) expected[a.kind] = (expected[a.kind] ?? 0) + 1;

      // Settings load asynchronously: the first paint follows them.
      const painted = await until(async () => {
        const sizes = await highlightSizes(page);
        return KINDS.every((k) => (sizes[k] ?? 0) === (expected[k] ?? 0)) ? sizes : undefined;
      });
      expect(painted).toEqual(expected);
      expect(await pageHtml(page)).toBe(before);
      expect(await unstyledHighlightText(page)).toEqual([]);
      // Chromium inherits highlight styles: rules on the blocks holding highlights restyle only those.
      if (browserName === "chromium") expect(await rulesScoped(page)).toBe(true);

      expect(await sendToTab(session.ext, tabId, { type: "popup-cs:setHighlights", on: false })).toEqual({
        ok: true,
        value: { on: false },
      });
      expect(await highlightSizes(page)).toEqual({});
      // The stylesheet stays adopted for the session (dropping it would restyle the page), holding
      // only rules for our highlights, which now match nothing.
      expect(await adoptedRules(page)).toBe(PAINT_KINDS.length);
      expect(await pageHtml(page)).toBe(before);
      expect(await sendToTab(session.ext, tabId, { type: "popup-cs:setHighlights", on: true })).toEqual({ ok: true, value: { on: true } });
      expect(await highlightSizes(page)).toEqual(expected);
      // The keyboard shortcut's message.
      expect(await sendToTab(session.ext, tabId, { type: "bg-cs:toggleHighlights" })).toEqual({ ok: true, value: { on: false } });
      expect(await highlightSizes(page)).toEqual({});
      expect(await sendToTab(session.ext, tabId, { type: "bg-cs:toggleHighlights" })).toEqual({ ok: true, value: { on: true } });
      // The bench's timings stay out of the page's timeline, where the page's scripts could read them,
      // unless the bench asked for them.
      const measures = [ANALYSIS_MEASURE, PAINTED_MEASURE, RANGES_MEASURE, RENDER_MEASURE];
      expect(await measureCounts(page, measures)).toEqual(measures.map(() => 0));

      const last = state.analysis.blocks.at(-1)!;
      expect(await sendToTab(session.ext, tabId, { type: "popup-cs:scrollTo", start: last.start, end: last.end })).toEqual({
        ok: true,
        value: true,
      });
      expect(await highlightSizes(page)).toMatchObject({ focus: 1 });
      await until(async () => ((await page.evaluate(() => window.scrollY, null)) > 0 ? true : undefined));
      expect(await pageHtml(page)).toBe(before);
      // Last: taking a screenshot may itself touch the DOM (Playwright hides the caret with styles).
      await page.screenshot("page-highlights");
      await page.close();
    });

    // Real pages of other sites, German and English, as the corpus saved them (served without their scripts).
    it.each([
      "readability/test-pages/nytimes-1/source.html",
      "readability/test-pages/bbc-1/source.html",
      "trafilatura/pages/tagesschau.de.rheinmetall.html",
    ])("paints quotes, speakers and officials on corpus page %s without changing it", async (path) => {
      const { page, tabId } = await openFixture(session, `corpus/${path}`);
      const before = await pageHtml(page);
      await inject(session.ext, tabId);
      const reply = await settledState(session.ext, tabId, 20_000);
      if (!reply.ok) throw new Error(reply.error);
      expect(reply.value.state).toBe("ready");
      const expected: Record<string, number> = {};
      for (const a of annotationsOf(reply.value.analysis, DEFAULT_SETTINGS.kinds)) expected[a.kind] = (expected[a.kind] ?? 0) + 1;
      for (const kind of KINDS) expect(expected[kind] ?? 0, kind).toBeGreaterThan(0);
      const painted = await until(async () => {
        const sizes = await highlightSizes(page);
        return KINDS.every((k) => (sizes[k] ?? 0) === expected[k]) ? sizes : undefined;
      }, 10_000);
      expect(painted).toEqual(expected);
      expect(await pageHtml(page)).toBe(before);
      expect(await unstyledHighlightText(page)).toEqual([]);
      await page.close();
    });

    it("re-analyses when the page adds a paragraph later", async () => {
      const { page, tabId } = await openFixture(session, SEED);
      await inject(session.ext, tabId);
      const added = "Am Abend teilte das Ministerium mit, die Gespräche würden in der kommenden Woche fortgesetzt.";
      await page.evaluate((text) => {
        const p = document.createElement("p");
        p.textContent = text;
        const paragraphs = document.querySelectorAll("article p");
        paragraphs[paragraphs.length - 1]!.after(p);
      }, added);
      await until(async () => {
        const reply = await sendToTab(session.ext, tabId, { type: "popup-cs:getAnalysis" });
        return reply.ok && reply.value.analysis.text.includes(added) ? true : undefined;
      });
      await page.close();
    });

    it("keeps the highlights styled while the page moves paragraphs, before it re-analyses", async () => {
      const { page, tabId } = await openFixture(session, SEED);
      await inject(session.ext, tabId);
      await settledState(session.ext, tabId);
      await until(async () => ((await highlightSizes(page)).quote ? true : undefined));
      // A paragraph put first shifts every later one: styles naming them by position must follow.
      await page.evaluate(() => {
        const p = document.createElement("p");
        p.textContent = "Eilmeldung ohne Zitat.";
        document.querySelector("article p")!.before(p);
      }, null);
      expect(await unstyledHighlightText(page)).toEqual([]);
      await page.close();
    });

    it("automatic mode annotates an allowed site's pages on load, without injection", async () => {
      await storeSettings(session.ext, { ...DEFAULT_SETTINGS, autoSites: [session.server.origin] });
      await until(async () => ((await registeredMatches(session.ext)).includes("http://127.0.0.1/*") ? true : undefined));
      const { page, tabId } = await openFixture(session, SEED);
      const reply = await until(async () => {
        const r = await sendToTab(session.ext, tabId, { type: "popup-cs:getAnalysis" }).catch(() => undefined);
        return r?.ok && r.value.state !== "analysing" ? r.value : undefined;
      });
      expect(reply.state).toBe("ready");
      await storeSettings(session.ext, DEFAULT_SETTINGS);
      await until(async () => ((await registeredMatches(session.ext)).length === 0 ? true : undefined));
      await page.close();
    });

    it("seed article: every kind painted; hover shows a card that Esc closes", async () => {
      const { page, tabId } = await openFixture(session, SEED);
      const before = await pageHtml(page);
      await inject(session.ext, tabId);
      const reply = await settledState(session.ext, tabId);
      if (!reply.ok) throw new Error(reply.error);
      const { analysis } = reply.value;
      const kinds = new Set(annotationsOf(analysis, DEFAULT_SETTINGS.kinds).map((a) => a.kind));
      expect([...kinds].sort()).toEqual([...KINDS].sort());

      // Hover the first official's first highlighted mention.
      await until(async () => ((await highlightSizes(page)).official ? true : undefined));
      const box = await page.evaluate(() => {
        const range = CSS.highlights.get("newsmark-official")!.values().next().value as Range;
        range.startContainer.parentElement!.scrollIntoView({ block: "center" });
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() };
      }, null);
      await page.mouseMove(box.x, box.y);
      await page.waitForSelector("newsmark-card");
      const card = await page.evaluate(() => document.querySelector("newsmark-card")?.shadowRoot?.textContent ?? "", null);
      const person = analysis.people.find((p) => p.official && p.mentions.some((m) => analysis.text.slice(m.start, m.end) === box.text));
      expect(card).toContain(person!.name);
      await page.press("Escape");
      expect(await page.evaluate(() => document.querySelector("newsmark-card") === null, null)).toBe(true);
      expect(await pageHtml(page)).toBe(before);
      await page.mouseMove(box.x, box.y + 1);
      await page.waitForSelector("newsmark-card");
      // Last: Playwright's screenshot leaves a style attribute on the page's input.
      await page.screenshot("page-card");
      await page.close();
    });
  });
}
