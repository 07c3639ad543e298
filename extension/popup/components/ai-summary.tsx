import { useEffect, useRef, useState } from "preact/hooks";
import { builtInSummary, builtInSummaryAvailable, summaryPoints, type SummarizerApi } from "../built-in-summary";
import { t } from "../i18n";

type State = { kind: "hidden" } | { kind: "offer" } | { kind: "running" } | { kind: "failed" } | { kind: "done"; points: string[] };

interface Props {
  /** The browser's Summarizer, or null where it has none (Firefox, older Chrome). */
  api: SummarizerApi | null;
  /** The article text to summarise. */
  text: string;
  lang: string | undefined;
}

/**
 * An "AI summary" button where the browser's own model is ready for the article's language; its
 * key points are shown as text beside the extractive summary, which always stays.
 */
export function AiSummary({ api, text, lang }: Props) {
  const [state, setState] = useState<State>({ kind: "hidden" });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setState({ kind: "hidden" });
    void builtInSummaryAvailable(api, lang ?? null).then((ok) => live && ok && setState({ kind: "offer" }));
    return () => {
      live = false;
    };
  }, [api, lang]);

  // The button is gone once the points are shown: keyboard focus moves to them.
  useEffect(() => {
    if (state.kind === "done") heading.current?.focus();
  }, [state.kind]);

  if (state.kind === "hidden" || !api || !lang) return null;
  const run = async () => {
    if (state.kind === "running") return;
    setState({ kind: "running" });
    try {
      const points = summaryPoints(await builtInSummary(api, text, lang));
      setState(points.length ? { kind: "done", points } : { kind: "failed" });
    } catch {
      setState({ kind: "failed" });
    }
  };
  const status = state.kind === "running" ? t("aiSummaryRunning") : state.kind === "failed" ? t("aiSummaryFailed") : "";

  return (
    <div class="ai-summary" data-testid="ai-summary" data-state={state.kind} aria-busy={state.kind === "running"}>
      {state.kind !== "done" && (
        <button
          type="button"
          class="link"
          data-testid="ai-summary-button"
          aria-disabled={state.kind === "running"}
          onClick={() => void run()}
        >
          {t(state.kind === "failed" ? "aiSummaryRetry" : "aiSummaryButton")}
        </button>
      )}
      <p class="detail" role="status" data-testid="ai-summary-status">
        {status}
      </p>
      {state.kind === "done" && (
        <>
          <h3 ref={heading} tabIndex={-1}>
            {t("aiSummaryHeading")}
          </h3>
          <ul data-testid="ai-summary-points" lang={lang}>
            {state.points.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
          <p class="detail">{t("aiSummaryNote")}</p>
        </>
      )}
    </div>
  );
}
