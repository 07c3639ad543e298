import type { TextContext } from "../context";
import type { Person } from "../types";
import { getLang } from "../lang";
import { lexicon, type Lexicon } from "./lexicon";
import { tokenize, type Token } from "./tokens";
import { textFacts } from "./text-facts";
import { findCandidates } from "./candidates";
import { clusterPeople, type Cluster } from "./link";
import { officialness } from "./official";
import { pickRole, roleText } from "./role-text";
import { textBodies } from "./bodies";
import { genitiveBeforeNoun } from "./name-spans";

/** Named people with roles and every mention, in order of first mention. */
export function findPeople(ctx: TextContext): Person[] {
  const lex = lexicon(getLang(ctx.lang).people);
  const tokens = tokenize(ctx.text, lex.abbreviations);
  const candidates = findCandidates(tokens, textFacts(tokens, lex), lex);
  const clusters = clusterPeople(tokens, candidates, lex).map((c) => ({
    c,
    first: Math.min(...c.mentions.map(([a]) => a)),
  }));
  clusters.sort((a, b) => a.first - b.first);
  const bodies = textBodies(ctx.text, tokens, lex);
  const officials = new Map<Cluster, boolean>();
  for (const { c } of clusters) officials.set(c, ownOfficial(c, tokens, lex, bodies));
  const all = clusters.map((k) => k.c);
  return clusters.map(({ c }) => toPerson(c, { text: ctx.text, tokens, lex, bodies, officials, all }));
}

/** Official from the person's own roles and cues; relational roles are settled in `toPerson`. */
function ownOfficial(c: Cluster, tokens: readonly Token[], lex: Lexicon, bodies: ReadonlySet<string>): boolean {
  return c.sources.some((s) => s.politician || (s.role !== null && officialness(s.role, tokens, lex, bodies) === true));
}

interface Scene {
  text: string;
  tokens: readonly Token[];
  lex: Lexicon;
  bodies: ReadonlySet<string>;
  officials: ReadonlyMap<Cluster, boolean>;
  all: readonly Cluster[];
}

/** The person named last before token i in the same paragraph. */
function previousInParagraph(i: number, tokens: readonly Token[], all: readonly Cluster[], self: Cluster): Cluster | null {
  let start = i;
  while (start > 0 && !tokens[start]!.gap.includes("\n")) start--;
  let best: { c: Cluster; at: number } | null = null;
  for (const c of all) {
    if (c === self) continue;
    for (const [a] of c.mentions) if (a >= start && a < i && (!best || a > best.at)) best = { c, at: a };
  }
  return best?.c ?? null;
}

function toPerson(c: Cluster, scene: Scene): Person {
  const { text, tokens, lex, officials, all } = scene;
  const mentions = [...c.mentions].sort((a, b) => a[0] - b[0]);
  // The fullest mention, preferring one not in the genitive.
  const genitive = (m: [number, number]) => genitiveBeforeNoun(tokens, m[1], lex);
  const fullest = mentions.reduce((best, m) =>
    m[1] - m[0] > best[1] - best[0] || (m[1] - m[0] === best[1] - best[0] && genitive(best) && !genitive(m)) ? m : best,
  );
  const nameEnd = tokens[fullest[1]]!.nameEnd - (genitive(fullest) ? 1 : 0);
  const chosen = pickRole(c, fullest);
  let official = officials.get(c) ?? false;
  // "mit seinem deutschen Kollegen Johann Wadephul": a colleague of an official is one.
  if (!official && chosen && officialness(chosen.role!, tokens, lex, scene.bodies) === "relational") {
    const other = previousInParagraph(chosen.from, tokens, all, c);
    official = !!other && (officials.get(other) ?? false);
  }
  return {
    name: text.slice(tokens[fullest[0]]!.start, nameEnd).replace(/\s+/g, " "),
    role: chosen ? roleText(chosen.role!, text, tokens, lex) : null,
    official,
    mentions: mentions.map(([a, b]) => ({ start: tokens[a]!.start, end: tokens[b]!.nameEnd })),
  };
}
