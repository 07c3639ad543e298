import { describe, expect, it } from "vitest";
import { escapeMarkdown, toMarkdown, type MarkdownLabels } from "../../../src/export/markdown";
import { formatDuration } from "../../../src/export/duration";
import { engineAnalysis, goldAnalysis } from "./gold-analysis";

const labels: MarkdownLabels = {
  summary: "Summary",
  quotes: "Quotes",
  officials: "Officials",
  otherPeople: "Other people",
  clips: "Clips",
  unknownSpeaker: "Unattributed",
  mentions: (n) => `${n} mentions`,
  startsAt: (time) => `from ${time}`,
};

function sectionOf(markdown: string, title: string): string {
  const start = markdown.indexOf(`## ${title}\n`);
  if (start < 0) return "";
  const next = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe("toMarkdown on a real article", () => {
  const analysis = goldAnalysis("guardian-1");
  const md = toMarkdown(analysis, labels);

  it("opens with the title and the page's facts", () => {
    expect(md.startsWith(`# ${escapeMarkdown(analysis.title!)}\n`)).toBe(true);
    expect(md).toContain(`<${analysis.url}>`);
  });

  it("lists every quote once, under its speaker, speakers in order of their first quote", () => {
    const quotes = sectionOf(md, "Quotes");
    for (const q of analysis.quotes) expect(quotes.split(`> ${escapeMarkdown(q.text)}\n`).length).toBe(2);
    const speakers = [...new Set(analysis.quotes.map((q) => q.speaker ?? "Unattributed"))];
    const headings = [...quotes.matchAll(/^### (.+?)(?: \(.*\))?$/gm)].map((m) => m[1]);
    expect(headings).toEqual(speakers.map(escapeMarkdown));
  });

  it("puts officials and other people in their own sections with mention counts", () => {
    const officials = sectionOf(md, "Officials");
    const others = sectionOf(md, "Other people");
    for (const p of analysis.people) {
      const line = `**${escapeMarkdown(p.name)}**`;
      expect(p.official ? officials : others).toContain(line);
      expect(p.official ? others : officials).not.toContain(`${line} `);
      expect(p.official ? officials : others).toContain(`(${p.mentions.length} mentions)`);
    }
  });

  it("gives each clip its duration as m:ss", () => {
    const withClips = goldAnalysis("bbc-1");
    const clips = sectionOf(toMarkdown(withClips, labels), "Clips");
    expect(clips.split("\n- ").length - 1).toBe(withClips.clips.length);
    for (const c of withClips.clips) if (c.duration !== null) expect(clips).toContain(formatDuration(c.duration));
  });

  it("leaves out empty sections", () => {
    const bare = { ...engineAnalysis("nytimes-1"), summary: [], quotes: [], people: [], clips: [] };
    expect(toMarkdown(bare, labels)).not.toContain("## ");
    expect(toMarkdown({ ...bare, people: analysis.people.filter((p) => !p.official) }, labels)).not.toContain("## Officials");
  });

  it("escapes page text so it cannot become markup or links", () => {
    const hostile = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) **bold** # heading';
    const md2 = toMarkdown({ ...analysis, title: hostile, quotes: [{ ...analysis.quotes[0]!, text: hostile }] }, labels);
    expect(md2).not.toMatch(/(?<!\\)<img/);
    expect(md2).not.toMatch(/(?<!\\)\]\(/);
    expect(md2).not.toMatch(/(?<!\\)\*\*bold/);
  });
});
