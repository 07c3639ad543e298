import type { SummarySentence } from "../../../src/types";
import { summarizerApi, type SummarizerApi } from "../built-in-summary";
import { t } from "../i18n";
import { AiSummary } from "./ai-summary";
import { EntryButton, type Jump } from "./entry-button";

interface Props {
  summary: SummarySentence[];
  /** The article text, for the browser's own summary. */
  text: string;
  lang: string | undefined;
  jump: Jump;
  /** The browser's Summarizer; the global one unless given. */
  summarizer?: SummarizerApi | null;
}

export function SummarySection({ summary, text, lang, jump, summarizer = summarizerApi() }: Props) {
  if (!summary.length) return null;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("sectionSummary")}</h2>
      <ul class="entries">
        {summary.map((s) => (
          <li key={s.start}>
            <EntryButton testId="summary" start={s.start} end={s.end} jump={jump}>
              <span lang={lang}>{s.text}</span>
            </EntryButton>
          </li>
        ))}
      </ul>
      <AiSummary api={summarizer} text={text} lang={lang} />
    </section>
  );
}
