// Hostile pages in real browsers: a page that replaces built-ins in its own world, an article in a
// shadow root or an iframe, a page that rewrites itself every 100 ms. Newsmark answers (works or
// declines cleanly) and the page keeps working: its own heartbeat keeps beating.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze";
import { parseDocument } from "../../src/cli/parse-html";
import { ROOT, useBrowser, type TestPage } from "./harness";
import { inject, openFixture, sendToTab, settledState } from "./extension-calls";

const HOSTILE = "hostile";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A data attribute of the page's root element, read through the extension in an isolated world:
 * the driver's own page scripts would trip over the built-ins a hostile page replaced.
 */
function rootData(ext: TestPage, tabId: number, key: string): Promise<string | null> {
  return ext.evaluate(
    async ({ id, k }) => {
      type Api = { scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const [r] = await (g.browser ?? g.chrome)!.scripting.executeScript({
        target: { tabId: id },
        func: (name: string) => document.documentElement.dataset[name] ?? null,
        args: [k],
      });
      return (r?.result as string | null) ?? null;
    },
    { id: tabId, k: key },
  );
}

/** Beats of the page's own heartbeat (a counter its script bumps every 100 ms) in `ms` milliseconds. */
async function beatsIn(ext: TestPage, tabId: number, ms: number): Promise<number> {
  const before = Number(await rootData(ext, tabId, "beat"));
  await sleep(ms);
  return Number(await rootData(ext, tabId, "beat")) - before;
}

const engineOn = (file: string) => analyze(parseDocument(readFileSync(join(ROOT, "tests/fixtures", HOSTILE, file), "utf8")));

for (const browserName of ["chromium", "firefox"] as const) {
  describe(`hostile pages in ${browserName}`, () => {
    const session = useBrowser(browserName);

    /** Opens a fixture, injects Newsmark as the toolbar click does, and returns its answer. */
    async function annotate(file: string) {
      const { page, tabId } = await openFixture(session, `${HOSTILE}/${file}`);
      expect(await inject(session.ext, tabId)).toMatchObject({ ok: true });
      const reply = await settledState(session.ext, tabId);
      if (!reply.ok) throw new Error(reply.error);
      return { page, tabId, state: reply.value };
    }

    it("annotates a page that replaced Array, JSON, Node methods and CSS, and leaves them replaced", async () => {
      const { page, tabId, state } = await annotate("prototypes.html");
      const expected = engineOn("prototypes.html");
      expect(state.state).toBe("ready");
      expect(state.analysis.title).toBe(expected.title);
      expect(state.analysis.quotes.map((q) => q.speaker)).toEqual(expected.quotes.map((q) => q.speaker));
      expect(await beatsIn(session.ext, tabId, 1000)).toBeGreaterThan(5);
      expect(await rootData(session.ext, tabId, "replaced")).toBe("true");
      await page.close();
    });

    it.each(["shadow-dom.html", "iframe.html"])("%s: answers cleanly and the page keeps working", async (file) => {
      const { page, tabId, state } = await annotate(file);
      // The article is out of the document's own tree: finding it or declining are both fine.
      expect(["ready", "noArticle"]).toContain(state.state);
      if (state.state === "noArticle") expect(state.analysis.reason).toBeTruthy();
      expect(await beatsIn(session.ext, tabId, 1000)).toBeGreaterThan(5);
      await page.close();
    });

    it("follows a page that rewrites itself every 100 ms without slowing it down", async () => {
      const { page, tabId, state } = await annotate("live-rewrite.html");
      expect(state.state).toBe("ready");
      // The page's timer keeps its pace while Newsmark watches and re-analyses.
      expect(await beatsIn(session.ext, tabId, 2000)).toBeGreaterThan(12);
      // Re-analysis catches up with the page's live updates (at least every 3 s under churn).
      const first = state.analysis.text.match(/Update (\d+)/)?.[1] ?? "0";
      let latest = first;
      for (const end = Date.now() + 8000; latest === first && Date.now() < end; await sleep(250)) {
        const r = await sendToTab(session.ext, tabId, { type: "popup-cs:getAnalysis" });
        if (r.ok) latest = r.value.analysis.text.match(/Update (\d+)/)?.[1] ?? latest;
      }
      expect(Number(latest)).toBeGreaterThan(Number(first));
      await page.close();
    });
  });
}
