// Content script entry, injected on the reader's click (or on load for sites in automatic mode).
// One instance per page: it analyses, paints, answers messages and follows live changes until
// the page is left or the extension goes away; everything it starts hangs on one AbortController.
import { loadSettings, parseSettings, SETTINGS_KEY } from "../shared/settings";
import { ext, extensionAlive, type StorageChanges } from "./ext-api";
import { listenForMessages } from "./handle-message";
import { watchHover } from "./hover";
import { watchPage } from "./live-updates";
import { currentInstance, registerInstance } from "./running";
import { Session } from "./session";
import { analyseTextInBackground } from "./text-stages";

/** Checks for a reloaded or removed extension, in milliseconds. */
const ALIVE_CHECK_MS = 5000;

function start(): void {
  currentInstance()?.stop();
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  registerInstance({ alive: () => !signal.aborted && extensionAlive(), stop });

  const session = new Session(document, signal, analyseTextInBackground);
  void session.analyse();
  listenForMessages(session, signal);
  const tooltip = watchHover(document, { lookup: (node, offset) => session.annotationAt(node, offset), signal });
  const watch = watchPage(document, {
    affects: (target) => session.affects(target),
    isOwn: (node) => tooltip.element !== null && (node === tooltip.element || tooltip.element.contains(node)),
    onChange: () => (extensionAlive() ? void session.analyse() : stop()),
    onMoved: () => session.reselect(),
    signal,
  });
  session.onDomWritten = () => watch.discardPending();

  void loadSettings(ext.storage.sync).then((settings) => signal.aborted || session.applySettings(settings));
  const onStorage = (changes: StorageChanges, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === "sync" && change) session.applySettings(parseSettings(change.newValue));
  };
  ext.storage.onChanged.addListener(onStorage);
  signal.addEventListener("abort", () => {
    if (extensionAlive()) ext.storage.onChanged.removeListener(onStorage);
  });

  // Leaving the page stops everything; coming back to it from the back/forward cache starts afresh.
  window.addEventListener("pagehide", stop, { signal });
  signal.addEventListener("abort", () => {
    window.addEventListener("pageshow", (e) => e.persisted && extensionAlive() && !currentInstance()?.alive() && start(), { once: true });
  });
  // An orphaned script (extension reloaded) gets no more messages: notice it and clean up.
  const alive = setInterval(() => extensionAlive() || stop(), ALIVE_CHECK_MS);
  signal.addEventListener("abort", () => clearInterval(alive));
}

if (!currentInstance()?.alive()) start();
