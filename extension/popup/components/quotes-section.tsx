import type { Quote } from "../../../src/types";
import { groupQuotesBySpeaker } from "../../../src/export/group-quotes";
import { t, tCount } from "../i18n";
import { EntryButton, type Jump } from "./entry-button";

export function QuotesSection({ quotes, lang, jump }: { quotes: Quote[]; lang: string | undefined; jump: Jump }) {
  if (!quotes.length) return null;
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t("sectionQuotes")}</h2>
      {groupQuotesBySpeaker(quotes).map((group) => (
        <div class="group" data-testid="speaker-group" key={group.speaker ?? ""}>
          <h3>
            <span data-testid="speaker">{group.speaker ?? t("unknownSpeaker")}</span>
            {group.role && <span class="role">{group.role}</span>}
            <span class="count">{tCount("quoteCount", group.quotes.length)}</span>
          </h3>
          <ul class="entries">
            {group.quotes.map((q) => (
              <li key={q.start}>
                <EntryButton testId="quote" start={q.start} end={q.end} jump={jump}>
                  <q lang={lang}>{q.text}</q>
                </EntryButton>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
