import { useState } from "preact/hooks";
import type { Analysis } from "../../../src/types";
import { copyMarkdown, downloadAnnotations } from "../export-actions";
import { t } from "../i18n";

interface Props {
  analysis: Analysis;
  /** Whether the page shows highlights when the popup opens. */
  highlights: boolean;
  /** Resolves to whether the page shows highlights afterwards. */
  setHighlights: (on: boolean) => Promise<boolean>;
}

/** Highlights on/off and the two exports, with a spoken confirmation of each. */
export function Toolbar({ analysis, highlights: initial, setHighlights }: Props) {
  const [highlights, setHighlightsState] = useState(initial);
  const [notice, setNotice] = useState("");

  const toggle = async (on: boolean) => {
    setHighlightsState(on);
    try {
      const shown = await setHighlights(on);
      setHighlightsState(shown);
      setNotice(t(shown ? "highlightsOn" : "highlightsOff"));
    } catch (error) {
      setHighlightsState(!on);
      setNotice(t("actionFailed", String(error)));
    }
  };
  const copy = async () => {
    try {
      await copyMarkdown(analysis);
      setNotice(t("copied"));
    } catch (error) {
      setNotice(t("actionFailed", String(error)));
    }
  };
  const download = () => {
    downloadAnnotations(analysis);
    setNotice(t("downloaded"));
  };

  return (
    <div class="toolbar">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="highlights-toggle"
          checked={highlights}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        {t("highlightsToggle")}
      </label>
      <div class="actions">
        <button type="button" data-testid="export-markdown" onClick={() => void copy()}>
          {t("exportMarkdown")}
        </button>
        <button type="button" data-testid="export-annotations" onClick={download}>
          {t("exportAnnotations")}
        </button>
      </div>
      <p class="notice" role="status" data-testid="notice">
        {notice}
      </p>
    </div>
  );
}
