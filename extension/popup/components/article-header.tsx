import type { Analysis } from "../../../src/types";
import { formatDate, languageName, readingMinutes } from "../format";
import { t, uiLocale } from "../i18n";

export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  const locale = uiLocale();
  return (
    <header class="article">
      <h1 data-testid="title" lang={analysis.lang ?? undefined}>
        {analysis.title ?? t("untitled")}
      </h1>
      <dl class="meta">
        {analysis.siteName && (
          <div>
            <dt>{t("labelSite")}</dt>
            <dd data-testid="site">{analysis.siteName}</dd>
          </div>
        )}
        {analysis.byline && (
          <div>
            <dt>{t("labelByline")}</dt>
            <dd data-testid="byline">{analysis.byline}</dd>
          </div>
        )}
        {analysis.published && (
          <div>
            <dt>{t("labelDate")}</dt>
            <dd>
              <time data-testid="date" dateTime={analysis.published}>
                {formatDate(analysis.published, locale)}
              </time>
            </dd>
          </div>
        )}
        {analysis.lang && (
          <div>
            <dt>{t("labelLanguage")}</dt>
            <dd data-testid="lang" lang={locale}>
              {languageName(analysis.lang, locale)} ({analysis.lang})
            </dd>
          </div>
        )}
        <div>
          <dt>{t("labelReadingTime")}</dt>
          <dd data-testid="reading-time">{t("readingMinutes", readingMinutes(analysis.text))}</dd>
        </div>
      </dl>
    </header>
  );
}
