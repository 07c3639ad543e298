import { useEffect, useState } from "preact/hooks";
import { ext } from "./ext";
import { Report } from "./components/report";
import { StateMessage } from "./components/state-message";
import { t } from "./i18n";
import { loadPageState, resolveTabId, sendToPage, setPageHighlights } from "./tab-link";
import type { ViewState } from "./view-state";

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<ViewState>({ kind: "analysing" });

  useEffect(() => {
    const load = async () => {
      const id = await resolveTabId();
      if (id === null) return setView({ kind: "error", message: t("errorNoTab") });
      setTabId(id);
      setView(await loadPageState(id));
    };
    load().catch((error: unknown) => setView({ kind: "error", message: String(error) }));
  }, []);

  // A page that went away meanwhile cannot scroll; nothing to tell the reader beyond the page itself.
  const jump = (start: number, end: number) => {
    if (tabId !== null) sendToPage(tabId, { type: "popup-cs:scrollTo", start, end }).catch(() => {});
  };
  const setHighlights = (on: boolean) => (tabId === null ? Promise.resolve(false) : setPageHighlights(tabId, on));

  return (
    <>
      <main data-state={view.kind} aria-busy={view.kind === "analysing"}>
        {view.kind === "ready" ? (
          <Report analysis={view.analysis} highlights={view.highlights} jump={jump} setHighlights={setHighlights} />
        ) : (
          <StateMessage view={view} />
        )}
      </main>
      <footer>
        <button type="button" class="link" onClick={() => void ext.runtime.openOptionsPage()}>
          {t("openOptions")}
        </button>
      </footer>
    </>
  );
}
