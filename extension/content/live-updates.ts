// Live blogs and single-page sites: content added later, addresses changed without a reload.
// Relevant DOM changes and URL changes trigger one re-analysis after the page has been quiet for
// a moment, and at least every MAX_WAIT_MS while it keeps changing.

/** Quiet time before re-analysing, in milliseconds. */
const QUIET_MS = 400;
/** Longest delay under a stream of changes (a ticker, a live blog), in milliseconds. */
const MAX_WAIT_MS = 3000;

export interface LiveOptions {
  /** Whether a change at this node can change the analysis. */
  affects(target: Node): boolean;
  /** Nodes of our own (the tooltip's host): changes to them are ignored. */
  isOwn(node: Node): boolean;
  onChange(): void;
  /** Called at once, before the re-analysis, when elements were added or removed where `affects`. */
  onMoved(): void;
  signal: AbortSignal;
}

export interface PageWatch {
  /** Drops the changes recorded so far (our own, from a painter that writes the DOM). */
  discardPending(): void;
}

export function watchPage(doc: Document, opts: LiveOptions): PageWatch {
  const win = doc.defaultView;
  if (!win) return { discardPending: () => {} };
  let url = doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    url = doc.location.href;
    opts.onChange();
  };
  const schedule = () => {
    const now = Date.now();
    firstPending ||= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(QUIET_MS, firstPending + MAX_WAIT_MS - now)));
  };
  const ownOnly = (r: MutationRecord) =>
    opts.isOwn(r.target) || (r.type === "childList" && [...r.addedNodes, ...r.removedNodes].every((n) => opts.isOwn(n)));

  const observer = new MutationObserver((records) => {
    const relevant = records.filter((r) => !ownOnly(r) && opts.affects(r.target));
    if (relevant.some((r) => r.type === "childList")) opts.onMoved();
    if (doc.location.href !== url || relevant.length > 0) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });

  const onUrl = () => {
    if (doc.location.href !== url) schedule();
  };
  win.addEventListener("popstate", onUrl, { signal: opts.signal });
  win.addEventListener("hashchange", onUrl, { signal: opts.signal });
  // pushState fires no event; the Navigation API, where present, reports it.
  (win as { navigation?: EventTarget }).navigation?.addEventListener("currententrychange", onUrl, { signal: opts.signal });

  opts.signal.addEventListener("abort", () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return { discardPending: () => void observer.takeRecords() };
}
