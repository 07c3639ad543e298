import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Cluster } from "./link";
import { extendLeft, headAt } from "./role-phrase";

/** Words a definite subject may hold before its office noun: "the | outgoing Scottish first | minister". */
const MAX_SUBJECT = 4;

/** The office noun of a definite subject opening at article token `i`: "The chancellor said", "der Kanzler telefonierte". */
function subjectOffice(tokens: readonly Token[], i: number, lex: Lexicon, taken: Uint8Array): number {
  for (let h = i + 1; h <= i + MAX_SUBJECT && tokens[h] && tokens[h]!.gap === " " && !taken[h]; h++) {
    const found = headAt(tokens, h, lex);
    if (!found) continue;
    // A verb follows the noun, written lower case: not a name ("the chancellor Rachel Reeves"), a
    // body ("the president of Acme") nor an owner ("the president's son").
    const next = tokens[h + 1];
    const verb = !!next && next.gap === " " && !next.cap && !lex.links.has(next.key) && !lex.conjunctions.has(next.key);
    const office = found.head.kind === "office" && !found.head.plural && !tokens[h]!.possessive;
    return office && verb && extendLeft(tokens, found.from, lex) === i + 1 ? h : -1;
  }
  return -1;
}

/**
 * Gives a person named without a role the office of a definite subject in the same or the next
 * sentence, before anyone else is named: "Rachel Reeves has defended her budget. … the chancellor
 * said" (British and American papers name the well-known first, then their office). Only a
 * subject at a sentence's or clause's start, and only an office no one else holds before it in the text.
 */
export function addDefiniteRoles(tokens: readonly Token[], clusters: readonly Cluster[], lex: Lexicon): void {
  if (lex.subjectArticles.size === 0) return;
  const starts = new Map<number, Cluster>();
  const taken = new Uint8Array(tokens.length);
  // Offices by where they are written: one written later may be another's ("the former prime minister").
  const offices: { at: number; key: string }[] = [];
  for (const c of clusters) {
    for (const [a, b] of c.mentions) {
      starts.set(a, c);
      taken.fill(1, a, b + 1);
    }
    for (const s of c.sources) if (s.role) offices.push({ at: s.role.from, key: tokens[s.role.headAt]!.key });
  }
  offices.sort((a, b) => a.at - b.at);
  const held = new Set<string>();
  let nextOffice = 0;
  let sentence = 0;
  let last: { c: Cluster; at: number; sentence: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (nextOffice < offices.length && offices[nextOffice]!.at < i) held.add(offices[nextOffice++]!.key);
    if (t.sentenceStart) sentence++;
    const c = starts.get(i);
    if (c) last = { c, at: i, sentence };
    if (!last || taken[i] || !lex.subjectArticles.has(t.key) || !(t.sentenceStart || t.gap === ", ")) continue;
    if (sentence - last.sentence > 1 || last.c.sources.some((s) => s.role)) continue;
    const h = subjectOffice(tokens, i, lex, taken);
    if (h < 0 || held.has(tokens[h]!.key)) continue;
    const m = last.c.mentions.find(([a]) => a === last!.at)!;
    const head = headAt(tokens, h, lex)!;
    last.c.sources.push({
      from: m[0],
      to: m[1],
      honorific: false,
      sure: true,
      politician: false,
      role: { from: i + 1, to: h, head: head.head, headAt: h },
    });
    held.add(tokens[h]!.key);
  }
}
