// Calls into the extension from one of its own pages (the e2e blank page), the way the popup
// makes them. The functions given to `evaluate` run in the browser: they must not close over anything.
import type { BackgroundReplies, ContentReplies, PageState, Reply, ToContent } from "../../extension/shared/messages";
import type { Settings } from "../../extension/shared/settings";
import type { BrowserSession, TestPage } from "./harness";

interface Api {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(msg: unknown): Promise<unknown>; getManifest(): Record<string, unknown> };
  storage: { sync: { set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
}

/** Ids of all open tabs. */
export function tabIds(ext: TestPage): Promise<number[]> {
  return ext.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    return (await api.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  }, null);
}

/** The id of the tab showing `url` (needs the e2e host permission to see its address). */
export async function tabIdOf(ext: TestPage, url: string): Promise<number> {
  const id = await ext.evaluate(async (u) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the fixture at `path` (below the fixture server's root) in a new tab. */
export async function openFixture(session: BrowserSession, path: string): Promise<{ page: TestPage; tabId: number; url: string }> {
  const url = `${session.server.origin}/${path}`;
  const page = await session.driver.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(session.ext, url), url };
}

export function manifestOf(ext: TestPage): Promise<Record<string, unknown>> {
  return ext.evaluate(() => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.runtime.getManifest();
  }, null);
}

/** The popup's first step: ask the background to inject the content script. */
export function inject(ext: TestPage, tabId: number): Promise<Reply<BackgroundReplies["popup-bg:inject"]>> {
  return ext.evaluate(async (id) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    return (await api.runtime.sendMessage({ type: "popup-bg:inject", tabId: id })) as Reply<{ injected: boolean }>;
  }, tabId);
}

export function sendToTab<M extends ToContent>(ext: TestPage, tabId: number, msg: M): Promise<Reply<ContentReplies[M["type"]]>> {
  return ext.evaluate(
    async ({ id, m }) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      return (await api.tabs.sendMessage(id, m)) as Reply<ContentReplies[M["type"]]>;
    },
    { id: tabId, m: msg },
  );
}

/** Stores the reader's settings, as the options page does. */
export function storeSettings(ext: TestPage, settings: Settings): Promise<void> {
  return ext.evaluate(async (value) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (g.browser ?? g.chrome)!.storage.sync.set({ settings: value });
  }, settings);
}

/** Match patterns of the content scripts the background registered. */
export function registeredMatches(ext: TestPage): Promise<string[]> {
  return ext.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  }, null);
}

/**
 * The content script's page state once its first analysis has ended: it analyses in stages after
 * the injection and answers "analysing" until then, so ask again (as the popup does) for up to `ms`.
 */
export async function settledState(ext: TestPage, tabId: number, ms = 10_000): Promise<Reply<PageState>> {
  for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
    const reply = await sendToTab(ext, tabId, { type: "popup-cs:getAnalysis" });
    if (!reply.ok || reply.value.state !== "analysing") return reply;
    if (Date.now() > end) throw new Error(`tab ${tabId} still analysing after ${ms} ms`);
  }
}
