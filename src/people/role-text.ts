import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Candidate } from "./candidates";
import type { Cluster } from "./link";
import { roleSuffixStart, type RolePhrase } from "./role-phrase";
import type { PeopleLang } from "../lang/types";

/** The role to report: the longest written with a fullest mention of the name, else the first. */
export function pickRole(c: Cluster, fullest: [number, number]): Candidate | null {
  const withRole = c.sources.filter((s) => s.role !== null).sort((a, b) => a.from - b.from);
  const size = (s: Candidate) => s.role!.to - s.role!.from;
  const atFullest = withRole.filter((s) => s.to - s.from === fullest[1] - fullest[0]);
  return atFullest.sort((a, b) => size(b) - size(a))[0] ?? withRole[0] ?? null;
}

/** The role noun's gender, for an adjective's strong ending. */
function gender(key: string, adjectives: NonNullable<PeopleLang["adjectives"]>): "masculine" | "feminine" | "neuter" {
  if (adjectives.feminineEndings.some((e) => key.endsWith(e))) return "feminine";
  return adjectives.neuterNouns.some((n) => key.endsWith(n)) ? "neuter" : "masculine";
}

/**
 * The words before the head and the head itself, as they stand without a determiner and in the
 * nominative: "des bekannten österreichischen Immobilieninvestors" → "bekannter österreichischer
 * Immobilieninvestor", "der stellvertretende Außenminister" → "stellvertretender Außenminister".
 */
function nominative(role: RolePhrase, from: number, tokens: readonly Token[], lex: Lexicon): string[] {
  const words = tokens.slice(from, role.to + 1).map((t) => t.text);
  const det = tokens[lex.determiners.has(tokens[role.from]!.key) ? role.from : role.from - 1];
  if (!det || !lex.determiners.has(det.key)) return words;
  const head = tokens[role.headAt]!;
  const ending = role.head.ending;
  const oblique = lex.obliqueDeterminers.has(det.key) && lex.obliqueNounEndings.has(ending) && head.text.endsWith(ending);
  if (oblique) words[role.headAt - from] = head.text.slice(0, -ending.length);
  const adjectives = lex.lang.adjectives;
  if (!adjectives) return words;
  // "der CSU-Vorsitzende": an adjective as the noun, in the nominative (no "-en" of the oblique cases).
  const adjectival = !oblique && head.key.endsWith("e") && adjectives.adjectivalNouns.some((n) => head.key.endsWith(n));
  const masculine = adjectives.masculineDeterminers.includes(det.key);
  const kind = adjectival
    ? masculine
      ? "masculine"
      : "feminine"
    : gender(oblique ? head.key.slice(0, -ending.length) : head.key, adjectives);
  const strong = adjectives.strong[kind];
  if (adjectival) words[role.headAt - from] = head.text.slice(0, -1) + strong;
  for (let k = from; k < role.headAt; k++) {
    const t = tokens[k]!;
    const weak = t.cap ? undefined : adjectives.weak.find((e) => t.text.endsWith(e));
    if (weak !== undefined) words[k - from] = t.text.slice(0, -weak.length) + strong;
  }
  return words;
}

/** A role as written in the text (in the nominative), without a leading determiner, keeping an abbreviation's period. */
export function roleText(role: RolePhrase, text: string, tokens: readonly Token[], lex: Lexicon): string {
  let from = role.from;
  while (from < role.to && lex.determiners.has(tokens[from]!.key) && role.from < role.headAt) from++;
  const words = nominative(role, from, tokens, lex);
  const written = words.map((w, i) => (i === 0 ? w : tokens[from + i]!.gap + w)).join("");
  const last = tokens[role.to]!;
  const suffix = roleSuffixStart(tokens, role.to + 1, lex) > role.headAt;
  const period = text[last.end] === "." && (lex.abbreviations.has(last.key) || suffix) ? "." : "";
  // The party as written after the name, with its parentheses: "(SPD)".
  const tailText = (t: [number, number]) => {
    const end = tokens[t[1]]!.end;
    return text.slice(tokens[t[0] - 1]!.end, text[end] === ")" ? end + 1 : end).trim();
  };
  const tail = role.tail ? ` ${tailText(role.tail)}` : "";
  return written + period + tail;
}
