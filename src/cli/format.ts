import type { Analysis } from "../types";

const clipTime = (s: number | null) => (s == null ? "" : `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, "0")} min`);

/** A reader's view of an analysis for the terminal. */
export function formatAnalysis(a: Analysis): string {
  const lines: string[] = [];
  if (!a.isArticle) {
    lines.push(`Not an article: ${a.reason ?? "unknown reason"}`);
    return lines.join("\n");
  }
  lines.push(a.title ?? "(no title)");
  // A byline that only names the site (an organisation as author) is said once.
  lines.push([...new Set([a.siteName, a.byline, a.published, a.lang].filter(Boolean))].join(" · "));
  const words = a.text.split(/\s+/).filter(Boolean).length;
  lines.push(`${a.blocks.length} blocks, ${words} words`);
  if (a.summary.length) {
    lines.push("", "Summary");
    for (const s of a.summary) lines.push(`  • ${s.text}`);
  }
  if (a.quotes.length) {
    lines.push("", `Quotes (${a.quotes.length})`);
    for (const q of a.quotes) {
      const who = q.speaker ? `${q.speaker}${q.speakerRole ? ` (${q.speakerRole})` : ""}` : "unknown speaker";
      lines.push(`  [${q.kind}] ${who}: “${q.text.length > 110 ? q.text.slice(0, 107) + "…" : q.text}”`);
    }
  }
  if (a.people.length) {
    lines.push("", `People (${a.people.length})`);
    for (const p of a.people) {
      lines.push(`  ${p.official ? "★" : " "} ${p.name}${p.role ? ` — ${p.role}` : ""} (${p.mentions.length}×)`);
    }
  }
  if (a.clips.length) {
    lines.push("", `Clips (${a.clips.length})`);
    for (const c of a.clips) {
      const when = [c.date, clipTime(c.duration), c.start != null ? `from ${clipTime(c.start)}` : ""].filter(Boolean).join(" | ");
      lines.push(`  ▶ ${c.kind}/${c.provider} ${when}${c.caption ? ` — ${c.caption.slice(0, 80)}` : c.title ? ` — ${c.title}` : ""}`);
    }
  }
  return lines.join("\n");
}
