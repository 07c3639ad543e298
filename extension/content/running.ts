// How the background finds out whether the content script already runs in a tab: each instance
// registers itself under one global of the extension's content-script world.

/** The content script's file in the built extension (vite.config.ts, content pass). */
export const CONTENT_SCRIPT_FILE = "content.js";

/** Global key of the running instance, shared with the background's probe. */
export const RUNNING_KEY = "__newsmark";

export interface Running {
  /** False once stopped (page left, extension reloaded): a new instance may then start. */
  alive(): boolean;
  stop(): void;
}

type Registry = Record<string, Running | undefined>;

export function currentInstance(): Running | undefined {
  return (globalThis as unknown as Registry)[RUNNING_KEY];
}

export function registerInstance(instance: Running): void {
  (globalThis as unknown as Registry)[RUNNING_KEY] = instance;
}
