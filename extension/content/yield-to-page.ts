// Gives the page's main thread a turn between stages of our work, so input, rendering and the
// page's own scripts run in between instead of waiting for one long task of ours.

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task. `scheduler.yield()` (Chromium) keeps our continuation ahead of
 * lower-priority tasks; elsewhere a MessageChannel message, a macrotask that, unlike a nested
 * `setTimeout(0)`, is not clamped to 4 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
