import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Candidate } from "./candidates";
import type { Cluster } from "./link";
import type { RolePhrase } from "./role-phrase";

/** The role to report: the longest written with a fullest mention of the name, else the first. */
export function pickRole(c: Cluster, fullest: [number, number]): Candidate | null {
  const withRole = c.sources.filter((s) => s.role !== null).sort((a, b) => a.from - b.from);
  const size = (s: Candidate) => s.role!.to - s.role!.from;
  const atFullest = withRole.filter((s) => s.to - s.from === fullest[1] - fullest[0]);
  return atFullest.sort((a, b) => size(b) - size(a))[0] ?? withRole[0] ?? null;
}

/** A role as written in the text, without a leading determiner, keeping an abbreviation's period. */
export function roleText(role: RolePhrase, text: string, tokens: readonly Token[], lex: Lexicon): string {
  let from = role.from;
  while (from < role.to && lex.determiners.has(tokens[from]!.key) && role.from < role.headAt) from++;
  const last = tokens[role.to]!;
  const period = text[last.end] === "." && lex.abbreviations.has(last.key) ? "." : "";
  // The party as written after the name, with its parentheses: "(SPD)".
  const tailText = (t: [number, number]) => {
    const end = tokens[t[1]]!.end;
    return text.slice(tokens[t[0] - 1]!.end, text[end] === ")" ? end + 1 : end).trim();
  };
  const tail = role.tail ? ` ${tailText(role.tail)}` : "";
  return text.slice(tokens[from]!.start, last.end) + period + tail;
}
