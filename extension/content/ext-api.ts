// The few extension APIs the content script uses, typed here instead of bundling
// webextension-polyfill into every annotated page (it would add ~3 KB gzipped). Firefox's
// `browser` and Chromium's MV3 `chrome` both fit this shape; replies use `sendResponse`, which
// both support.
import type { SettingsArea } from "../shared/settings";

export interface MessageSender {
  id?: string;
  url?: string;
}

/** Returns true when it will call `sendResponse` later. */
export type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;

interface ExtEvent<F> {
  addListener(fn: F): void;
  removeListener(fn: F): void;
}

export type StorageChanges = Record<string, { newValue?: unknown } | undefined>;

export interface ContentApi {
  runtime: {
    /** Undefined once the extension was reloaded or removed (Chromium). */
    id?: string;
    getURL(path: string): string;
    /** Resolves to the background's reply (Firefox's `browser` and Chromium's MV3 `chrome` both return a promise). */
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ExtEvent<MessageListener>;
  };
  storage: {
    sync: SettingsArea;
    onChanged: ExtEvent<(changes: StorageChanges, area: string) => void>;
  };
}

const g = globalThis as { browser?: ContentApi; chrome?: ContentApi };

export const ext: ContentApi = (g.browser ?? g.chrome)!;

/** Whether this script still belongs to a loaded extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}
