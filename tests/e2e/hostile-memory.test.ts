// Memory under churn: on a page that rewrites itself every 100 ms, Newsmark repaints its
// annotations 100 times (highlights off and on) and re-analyses the live page between. The
// highlights it holds stay those of one analysis, and (Chromium) the heap does not keep growing.
import { describe, expect, it } from "vitest";
import { useBrowser, type TestPage } from "./harness";
import { inject, openFixture, sendToTab } from "./extension-calls";

const FIXTURE = "hostile/live-rewrite.html";
const ROUNDS = 100;
/** Rounds between waits for a re-analysis (the page never goes quiet: one comes at least every 3 s). */
const REANALYSE_EVERY = 25;
/**
 * Heap growth allowed over the rounds, bytes (measured: about 1 MB, no forced GC). It catches gross
 * leaks such as retained page trees; the highlight counts are the precise check.
 */
const HEAP_SLACK = 8 * 1024 * 1024;

/** Our highlights in the page: how many registered names, how many ranges in all. */
const highlights = (page: TestPage) =>
  page.evaluate(() => {
    let names = 0;
    let ranges = 0;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith("newsmark-")) return;
      names++;
      ranges += h.size;
    });
    return { names, ranges };
  }, null);

/** The page's JavaScript heap in bytes (Chromium only; content scripts share the page's heap); null elsewhere. */
const heap = (page: TestPage) =>
  page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null, null);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const browserName of ["chromium", "firefox"] as const) {
  describe(`memory under churn, ${browserName}`, () => {
    const session = useBrowser(browserName);

    it(`repaints ${ROUNDS} times on a live page without accumulating highlights or heap`, async () => {
      const { page, tabId } = await openFixture(session, FIXTURE);
      const { ext } = session;
      expect(await inject(ext, tabId)).toMatchObject({ ok: true });
      for (const end = Date.now() + 5000; (await highlights(page)).ranges === 0 && Date.now() < end;) await sleep(100);
      const first = await highlights(page);
      expect(first.ranges).toBeGreaterThan(0);
      const heapBefore = await heap(page);

      /** The newest numbered update in the analysed text: it changes when the content script re-analyses. */
      const analysedUpdate = async () => {
        const r = await sendToTab(ext, tabId, { type: "popup-cs:getAnalysis" });
        return r.ok ? (r.value.analysis.text.match(/Update \d+/g)?.at(-1) ?? "") : "";
      };
      const seen = new Set([await analysedUpdate()]);
      for (let i = 1; i <= ROUNDS; i++) {
        await sendToTab(ext, tabId, { type: "popup-cs:setHighlights", on: false });
        await sendToTab(ext, tabId, { type: "popup-cs:setHighlights", on: true });
        // Every REANALYSE_EVERY rounds, wait for the next re-analysis of the live page.
        if (i % REANALYSE_EVERY === 0) {
          const before = seen.size;
          for (const end = Date.now() + 8000; seen.size === before && Date.now() < end; await sleep(200)) seen.add(await analysedUpdate());
        }
      }
      // Settle: a re-analysis may be repainting at this very moment.
      let last = await highlights(page);
      for (const end = Date.now() + 5000; last.names !== first.names && Date.now() < end; await sleep(100)) last = await highlights(page);
      const heapAfter = await heap(page);
      console.log(
        `${browserName}: ${ROUNDS} repaints, ${seen.size} analyses; highlights ${JSON.stringify(first)} → ${JSON.stringify(last)}; ` +
          `heap ${heapBefore ?? "n/a"} → ${heapAfter ?? "n/a"} bytes`,
      );
      expect(seen.size).toBeGreaterThan(ROUNDS / REANALYSE_EVERY);
      // One set of highlights, as large as one analysis paints (the live article varies a little).
      expect(last.names).toBe(first.names);
      expect(last.ranges).toBeLessThanOrEqual(first.ranges * 1.5);
      if (heapBefore !== null && heapAfter !== null) expect(heapAfter - heapBefore).toBeLessThan(HEAP_SLACK);
      await Promise.all([ext.close(), page.close()]);
    });
  });
}
