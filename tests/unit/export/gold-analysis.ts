// An Analysis from analyze() on a real corpus page, with the page's hand-labelled quotes, people
// and clips anchored in its text — so export tests see realistic data while the finders evolve.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS } from "../../../bench/corpus";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import type { Analysis, Clip, Person, Quote, Span } from "../../../src/types";

interface Gold {
  page: string;
  url: string;
  quotes: { text: string; speaker: string | null }[];
  people: { name: string; role: string | null; official: boolean; mentions?: string[] }[];
  clips?: { provider: string; title: string | null; date: string | null; duration: number | null; start: number | null }[];
}

export function readGold(name: string): Gold {
  return JSON.parse(readFileSync(join(CORPUS, "gold", `${name}.json`), "utf8")) as Gold;
}

/** analyze() on the gold file's page, exactly as the engine returns it. */
export function engineAnalysis(name: string): Analysis {
  const gold = readGold(name);
  return analyze(parseDocument(readFileSync(join(CORPUS, gold.page), "utf8")), { url: gold.url });
}

function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); needle && i >= 0; i = text.indexOf(needle, i + needle.length)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

export function goldAnalysis(name: string): Analysis {
  const gold = readGold(name);
  const analysis = engineAnalysis(name);
  const { text } = analysis;
  const roleOf = (speaker: string | null) => gold.people.find((p) => p.name === speaker)?.role ?? null;
  const quotes: Quote[] = gold.quotes.flatMap((q) => {
    const [at] = occurrences(text, q.text);
    return at ? [{ text: q.text, ...at, kind: "direct" as const, speaker: q.speaker, speakerRole: roleOf(q.speaker) }] : [];
  });
  const people: Person[] = gold.people.map((p) => ({
    name: p.name,
    role: p.role,
    official: p.official,
    mentions: [p.name, ...(p.mentions ?? [])]
      .flatMap((form) => occurrences(text, form))
      .filter((m, i, all) => !all.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
      .sort((a, b) => a.start - b.start),
  }));
  const clips: Clip[] = (gold.clips ?? []).map((c, i) => ({
    kind: "video",
    provider: c.provider,
    title: c.title,
    caption: c.title,
    date: c.date,
    duration: c.duration,
    start: c.start,
    src: `${gold.url}#clip-${i}`,
    position: c.title ? Math.max(0, text.indexOf(c.title)) : 0,
  }));
  // The summary stands in as the first three paragraphs: real sentences at real offsets.
  const summary = analysis.blocks
    .filter((b) => b.kind === "paragraph")
    .slice(0, 3)
    .map((b) => ({ text: text.slice(b.start, b.end), start: b.start, end: b.end }));
  return { ...analysis, quotes, people, clips, summary };
}
