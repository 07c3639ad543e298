import type { SummarySentence } from "../../../src/types";
import { t } from "../i18n";
import { EntryButton, type Jump } from "./entry-button";

export function SummarySection({ summary, lang, jump }: { summary: SummarySentence[]; lang: string | undefined; jump: Jump }) {
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
    </section>
  );
}
