// The analysis as Markdown for the clipboard. Words come from the caller (the popup's locale).
import type { Analysis, Clip, Person } from "../types";
import { formatDuration } from "./duration";
import { groupQuotesBySpeaker } from "./group-quotes";
import { rankPeople } from "./rank-people";

export interface MarkdownLabels {
  summary: string;
  quotes: string;
  officials: string;
  otherPeople: string;
  clips: string;
  unknownSpeaker: string;
  /** "3 mentions" */
  mentions: (count: number) => string;
  /** "from 1:05" */
  startsAt: (time: string) => string;
}

// Page text is untrusted: escape what Markdown would read as markup or links.
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>#|!~]/g, "\\$&");
}

function personLine(person: Person, labels: MarkdownLabels): string {
  const role = person.role ? ` — ${escapeMarkdown(person.role)}` : "";
  return `- **${escapeMarkdown(person.name)}**${role} (${labels.mentions(person.mentions.length)})`;
}

function clipLine(clip: Clip, labels: MarkdownLabels): string {
  const facts = [
    clip.date,
    clip.duration !== null ? formatDuration(clip.duration) : null,
    clip.start ? labels.startsAt(formatDuration(clip.start)) : null,
  ].filter((fact): fact is string => !!fact);
  const words = clip.caption ?? clip.title ?? clip.provider;
  return `- ${[...facts, escapeMarkdown(words)].join(" · ")}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`## ${title}`, "", ...lines, ""] : [];
}

export function toMarkdown(analysis: Analysis, labels: MarkdownLabels): string {
  const meta = [analysis.siteName, analysis.byline, analysis.published, analysis.lang]
    .filter((part): part is string => !!part)
    .map(escapeMarkdown);
  if (analysis.url) meta.push(`<${analysis.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  const { officials, others } = rankPeople(analysis.people);
  const quoteLines = groupQuotesBySpeaker(analysis.quotes).flatMap((group) => {
    const who = escapeMarkdown(group.speaker ?? labels.unknownSpeaker);
    const role = group.role ? ` (${escapeMarkdown(group.role)})` : "";
    return [`### ${who}${role}`, "", ...group.quotes.map((q) => `> ${escapeMarkdown(q.text)}\n`)];
  });
  const lines = [
    `# ${escapeMarkdown(analysis.title ?? analysis.url ?? "")}`,
    "",
    ...(meta.length ? [meta.join(" · "), ""] : []),
    ...section(
      labels.summary,
      analysis.summary.map((s) => `- ${escapeMarkdown(s.text)}`),
    ),
    ...section(labels.quotes, quoteLines),
    ...section(
      labels.officials,
      officials.map((p) => personLine(p, labels)),
    ),
    ...section(
      labels.otherPeople,
      others.map((p) => personLine(p, labels)),
    ),
    ...section(
      labels.clips,
      analysis.clips.map((c) => clipLine(c, labels)),
    ),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
