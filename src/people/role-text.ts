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

/**
 * The words before the head and the head itself, in the nominative where an oblique determiner
 * stands before them: "des bekannten österreichischen Immobilieninvestors" → "bekannte
 * österreichische Immobilieninvestor", "dem serbischen Präsidenten" → "serbische Präsident".
 */
function nominative(role: RolePhrase, from: number, tokens: readonly Token[], lex: Lexicon): string[] {
  const words = tokens.slice(from, role.to + 1).map((t) => t.text);
  const det = tokens[lex.determiners.has(tokens[role.from]!.key) ? role.from : role.from - 1];
  if (!det || !lex.obliqueDeterminers.has(det.key)) return words;
  for (let k = from; k < role.headAt; k++) {
    const t = tokens[k]!;
    if (t.cap) continue;
    for (const [oblique, plain] of lex.obliqueAdjectiveEndings) {
      if (t.text.endsWith(oblique)) words[k - from] = t.text.slice(0, -oblique.length) + plain;
    }
  }
  const ending = role.head.ending;
  const head = tokens[role.headAt]!;
  if (lex.obliqueNounEndings.has(ending) && head.text.endsWith(ending)) words[role.headAt - from] = head.text.slice(0, -ending.length);
  return words;
}

/** A role as written in the text (in the nominative), without a leading determiner, keeping an abbreviation's period. */
export function roleText(role: RolePhrase, text: string, tokens: readonly Token[], lex: Lexicon): string {
  let from = role.from;
  while (from < role.to && lex.determiners.has(tokens[from]!.key) && role.from < role.headAt) from++;
  const words = nominative(role, from, tokens, lex);
  const written = words.map((w, i) => (i === 0 ? w : tokens[from + i]!.gap + w)).join("");
  const last = tokens[role.to]!;
  const period = text[last.end] === "." && lex.abbreviations.has(last.key) ? "." : "";
  // The party as written after the name, with its parentheses: "(SPD)".
  const tailText = (t: [number, number]) => {
    const end = tokens[t[1]]!.end;
    return text.slice(tokens[t[0] - 1]!.end, text[end] === ")" ? end + 1 : end).trim();
  };
  const tail = role.tail ? ` ${tailText(role.tail)}` : "";
  return written + period + tail;
}
