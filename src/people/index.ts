import type { TextContext } from "../context";
import type { Person } from "../types";
import { lexicon, type Lexicon } from "./lexicon";
import { tokenize, type Token } from "./tokens";
import { textFacts } from "./text-facts";
import { findCandidates } from "./candidates";
import { clusterPeople, type Cluster } from "./link";
import { addDefiniteRoles } from "./definite-role";
import { officialness, ownedRole } from "./official";
import { pickRole, roleText } from "./role-text";
import { textBodies, type TextBodies } from "./bodies";
import { genitiveBeforeNoun } from "./name-spans";
import type { RolePhrase } from "./role-phrase";
import { runSteps, type Steps } from "../steps";
import { GENERATIONS, REGNAL } from "./data/name-parts";

/** Named people with roles and every mention, in order of first mention. */
export function findPeople(ctx: TextContext): Person[] {
  return runSteps(peopleSteps(ctx));
}

/**
 * `findPeople` in three steps, for a caller that gives the page a turn in between: yields "words"
 * once the text is read into words, "names" once the name candidates are found, then returns the people.
 */
export function* peopleSteps(ctx: TextContext): Steps<Person[]> {
  const lex = lexicon(ctx.lang);
  const tokens = tokenize(ctx.text, lex.abbreviations);
  const facts = textFacts(tokens, lex, ctx.blocks);
  yield "words";
  const candidates = findCandidates(tokens, facts, lex);
  yield "names";
  const people = clusterPeople(tokens, candidates, lex);
  const bodies = textBodies(ctx.text, tokens, lex);
  addDefiniteRoles(tokens, people, lex, (role) => officialness(role, tokens, lex, bodies, facts.lower) === true);
  const clusters = people.map((c) => ({
    c,
    first: Math.min(...c.mentions.map(([a]) => a)),
  }));
  clusters.sort((a, b) => a.first - b.first);
  const officials = new Map<Cluster, boolean>();
  for (const { c } of clusters) officials.set(c, ownOfficial(c, tokens, lex, bodies, facts.lower));
  const named = clusters.flatMap(({ c }) => c.mentions.map(([at]) => ({ at, c }))).sort((a, b) => a.at - b.at);
  const all = clusters.map(({ c }) => c);
  return all.map((c) => toPerson(c, { text: ctx.text, tokens, lex, bodies, lower: facts.lower, officials, named, clusters: all }));
}

/** Official from the person's own roles and cues; relational roles are settled in `toPerson`. */
function ownOfficial(c: Cluster, tokens: readonly Token[], lex: Lexicon, bodies: TextBodies, lower: ReadonlySet<string>): boolean {
  return c.sources.some((s) => s.politician || (s.role !== null && officialness(s.role, tokens, lex, bodies, lower) === true));
}

interface Scene {
  text: string;
  tokens: readonly Token[];
  lex: Lexicon;
  bodies: TextBodies;
  /** Words the text writes lower case somewhere (`TextFacts.lower`). */
  lower: ReadonlySet<string>;
  officials: ReadonlyMap<Cluster, boolean>;
  /** Every mention's first token and its person, in text order (no two start at one token). */
  named: readonly { at: number; c: Cluster }[];
  /** Every person, in order of first mention. */
  clusters: readonly Cluster[];
}

/**
 * Another person named inside a role before its head, who owns it, with the first token of that
 * mention: "Putins Sprecher", "Von der Leyens Sprecherin", "A Pritzker spokeswoman".
 */
function ownerIn(role: RolePhrase, self: Cluster, clusters: readonly Cluster[]): { c: Cluster; from: number } | null {
  for (const c of clusters) {
    if (c === self) continue;
    const m = c.mentions.find(([, b]) => b >= role.from && b < role.headAt);
    if (m) return { c, from: m[0] };
  }
  return null;
}

/** The person named last before token i in the same paragraph, or in the one before when `paragraphs` is 2. */
function previousInParagraph(i: number, tokens: readonly Token[], named: Scene["named"], self: Cluster, paragraphs: 1 | 2): Cluster | null {
  let start = i;
  for (let n = 0; n < paragraphs; n++) {
    if (n > 0 && start > 0) start--;
    while (start > 0 && !tokens[start]!.gap.includes("\n")) start--;
  }
  // The last mention before i, found by binary search, then back to one of someone else.
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.at < i) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && named[k]!.at >= start; k--) if (named[k]!.c !== self) return named[k]!.c;
  return null;
}

/** Whether an owner's pronoun or a demonstrative opens the role: "his predecessor", "that predecessor". */
const pointsBack = (role: RolePhrase, tokens: readonly Token[], lex: Lexicon) =>
  ownedRole(role, tokens, lex) || [role.from - 1, role.from].some((k) => lex.demonstratives.has(tokens[k]?.key ?? ""));

/**
 * Where a name ends on its last word: with the period of an initial ("Petra K."), of a generation
 * suffix ("John G. Roberts Jr.") or, where ordinals take one, of a regnal number ("Leo XIV."); without a possessive's "'s".
 */
function endOf(t: Token, text: string, lex: Lexicon): number {
  if (t.initial) return t.end + 1;
  const dotted = text.charCodeAt(t.end) === PERIOD && (GENERATIONS.has(t.key) || (lex.ordinalPeriod && REGNAL.test(t.text)));
  return dotted ? t.end + 1 : t.nameEnd;
}
const PERIOD = 46;

function toPerson(c: Cluster, scene: Scene): Person {
  const { text, tokens, lex, officials, named } = scene;
  const mentions = [...c.mentions].sort((a, b) => a[0] - b[0]);
  // The fullest mention, preferring one not in the genitive.
  const genitive = (m: [number, number]) => genitiveBeforeNoun(tokens, m[1], lex);
  const fullest = mentions.reduce((best, m) =>
    m[1] - m[0] > best[1] - best[0] || (m[1] - m[0] === best[1] - best[0] && genitive(best) && !genitive(m)) ? m : best,
  );
  const nameEnd = endOf(tokens[fullest[1]]!, text, lex) - (genitive(fullest) ? 1 : 0);
  const chosen = pickRole(c, fullest);
  const role = chosen?.role ?? null;
  const owner = role && ownerIn(role, c, scene.clusters);
  let official = officials.get(c) ?? false;
  if (!official && chosen && role) {
    const kind = officialness(role, tokens, lex, scene.bodies, scene.lower);
    // "Putins Sprecher Dmitri Peskow": a spokesperson or aide is as official as the person they serve.
    if (owner && (kind === "relational" || role.head.kind === "conditional")) official = officials.get(owner.c) ?? false;
    else if (kind === "relational") {
      // "mit seinem deutschen Kollegen Johann Wadephul": a colleague of an official is one. A role
      // pointing back may point to the paragraph before: "¶ His predecessor, Olaf Scholz".
      const other =
        previousInParagraph(chosen.from, tokens, named, c, 1) ??
        (pointsBack(role, tokens, lex) ? previousInParagraph(chosen.from, tokens, named, c, 2) : null);
      official = !!other && (officials.get(other) ?? false);
    }
  }
  return {
    name: text.slice(tokens[fullest[0]]!.start, nameEnd).replace(/\s+/g, " "),
    // The owner's whole name belongs to the role: "Von der Leyens Sprecherin".
    role: role ? roleText(owner && owner.from < role.from ? { ...role, from: owner.from } : role, text, tokens, lex) : null,
    official,
    mentions: mentions.map(([a, b]) => ({ start: tokens[a]!.start, end: endOf(tokens[b]!, text, lex) })),
  };
}
