import type { Analysis } from "../../../src/types";
import { t } from "../i18n";
import { ArticleHeader } from "./article-header";
import { ClipsSection } from "./clips-section";
import type { Jump } from "./entry-button";
import { PeopleSection } from "./people-section";
import { QuotesSection } from "./quotes-section";
import { SummarySection } from "./summary-section";
import { Toolbar } from "./toolbar";

interface Props {
  analysis: Analysis;
  highlights: boolean;
  jump: Jump;
  setHighlights: (on: boolean) => Promise<boolean>;
}

/** What Newsmark found in an article. */
export function Report({ analysis, highlights, jump, setHighlights }: Props) {
  const lang = analysis.lang ?? undefined;
  const found = analysis.summary.length + analysis.quotes.length + analysis.people.length + analysis.clips.length;
  return (
    <>
      <ArticleHeader analysis={analysis} />
      <Toolbar analysis={analysis} highlights={highlights} setHighlights={setHighlights} />
      {found === 0 && <p class="empty">{t("nothingFound")}</p>}
      <SummarySection summary={analysis.summary} text={analysis.text} lang={lang} jump={jump} />
      <QuotesSection quotes={analysis.quotes} lang={lang} jump={jump} />
      <PeopleSection people={analysis.people} jump={jump} />
      <ClipsSection clips={analysis.clips} blocks={analysis.blocks} lang={lang} jump={jump} />
    </>
  );
}
