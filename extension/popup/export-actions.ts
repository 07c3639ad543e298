// The two exports: Markdown to the clipboard, Web Annotation JSON as a file.
import type { Analysis } from "../../src/types";
import { toMarkdown, type MarkdownLabels } from "../../src/export/markdown";
import { toWebAnnotations } from "../../src/export/web-annotation";
import { fileSlug } from "./format";
import { t, tCount } from "./i18n";

function markdownLabels(): MarkdownLabels {
  return {
    summary: t("sectionSummary"),
    quotes: t("sectionQuotes"),
    officials: t("sectionOfficials"),
    otherPeople: t("sectionOtherPeople"),
    clips: t("sectionClips"),
    unknownSpeaker: t("unknownSpeaker"),
    mentions: (count) => tCount("mentionCount", count),
    startsAt: (time) => t("clipStartsAt", time),
  };
}

export function copyMarkdown(analysis: Analysis): Promise<void> {
  return navigator.clipboard.writeText(toMarkdown(analysis, markdownLabels()));
}

export function downloadAnnotations(analysis: Analysis): void {
  const json = JSON.stringify(toWebAnnotations(analysis), null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: "application/ld+json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `newsmark-${fileSlug(analysis.title)}.jsonld`;
  link.click();
  // The download has started reading the blob by the next task; 1 s leaves slow disks room.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
