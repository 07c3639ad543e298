import type { Block, Clip } from "../../../src/types";
import { formatDuration } from "../../../src/export/duration";
import { blockAt } from "../block-at";
import { clipTimeline } from "../clip-timeline";
import { formatDate } from "../format";
import { t, uiLocale } from "../i18n";
import { EntryButton, type Jump } from "./entry-button";

function ClipEntry({ clip, blocks, lang, jump }: { clip: Clip; blocks: Block[]; lang: string | undefined; jump: Jump }) {
  const target = blockAt(blocks, clip.position) ?? { start: clip.position, end: clip.position };
  return (
    <EntryButton testId="clip" start={target.start} end={target.end} jump={jump}>
      <span class="clip-facts">
        <span class="kind">{t(clip.kind === "audio" ? "kindAudio" : "kindVideo")}</span>
        {clip.date && <time dateTime={clip.date}>{formatDate(clip.date, uiLocale())}</time>}
        {clip.duration !== null && (
          <span data-testid="clip-duration">
            <span class="visually-hidden">{t("labelDuration")} </span>
            {formatDuration(clip.duration)}
          </span>
        )}
        {clip.start ? <span>{t("clipStartsAt", formatDuration(clip.start))}</span> : null}
      </span>
      {(clip.caption ?? clip.title) && (
        <span class="caption" lang={lang}>
          {clip.caption ?? clip.title}
        </span>
      )}
    </EntryButton>
  );
}

/** Clips as a timeline; each entry jumps to the text where the clip sits in the article. */
export function ClipsSection({ clips, blocks, lang, jump }: { clips: Clip[]; blocks: Block[]; lang: string | undefined; jump: Jump }) {
  if (!clips.length) return null;
  return (
    <section aria-labelledby="clips-heading">
      <h2 id="clips-heading">{t("sectionClips")}</h2>
      <ol class="entries timeline">
        {clipTimeline(clips).map((clip) => (
          <li key={`${clip.position}:${clip.src ?? clip.caption ?? ""}`}>
            <ClipEntry clip={clip} blocks={blocks} lang={lang} jump={jump} />
          </li>
        ))}
      </ol>
    </section>
  );
}
