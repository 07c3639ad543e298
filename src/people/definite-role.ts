import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Cluster } from "./link";
import { extendLeft, headAt, titleEnd, type RolePhrase } from "./role-phrase";
import { roleNoun } from "./role-word";

/** The gap after a quotation that a statement's comma or mark ends: `," `, `?” `. */
const QUOTE_END = /^[,?!]["”’“«»]\s$/u;

/** Words a definite subject may hold before its office noun: "the | outgoing Scottish first | minister". */
const MAX_SUBJECT = 4;

/** Capitalised words of a body's name after a head's link: "der | Grünen |", "of the | Labour Party |". */
const MAX_BODY = 3;

/** The last token of a body's name after the head at token h, linked to it ("der Grünen"); else h. */
function bodyAfter(tokens: readonly Token[], h: number, lex: Lexicon): number {
  let k = h + 1;
  if (!tokens[k] || tokens[k]!.gap !== " " || !lex.links.has(tokens[k]!.key)) return h;
  k++;
  while (tokens[k] && tokens[k]!.gap === " " && lex.determiners.has(tokens[k]!.key)) k++;
  let last = h;
  for (let n = 0; n < MAX_BODY; n++, k++) {
    const t = tokens[k];
    if (!t || t.gap !== " " || !t.cap || t.possessive) break;
    last = k;
  }
  return last;
}

/**
 * The role of a definite subject opening at article token `i`: "The chancellor said", "der Kanzler
 * telefonierte", and a public body's head: "The Conservative leader added", "Der CSU-Chef kündigte
 * an" (`publicRole` says which body is public).
 */
function subjectRole(
  tokens: readonly Token[],
  i: number,
  lex: Lexicon,
  taken: Uint8Array,
  publicRole: (role: RolePhrase) => boolean,
  inverted: boolean,
): RolePhrase | null {
  for (let h = i + 1; h <= i + MAX_SUBJECT && tokens[h] && tokens[h]!.gap === " " && !taken[h]; h++) {
    const found = headAt(tokens, h, lex);
    if (!found) continue;
    // "The union's general | secretary said": where nouns stand apart, a role noun after the head is the head.
    const after = tokens[h + 1];
    if (!lex.lang.compoundNouns && after?.gap === " " && !after.cap && headAt(tokens, h + 1, lex)) continue;
    // "The secretary | of state said": the first word of a longer title; its last word heads it.
    if (found.from === h && titleEnd(tokens, h, lex) > h) continue;
    const kind = found.head.kind;
    const noun = roleNoun(found.head, tokens[h]!.key);
    const bodyHead = kind === "conditional" && lex.bodyHeads.has(noun);
    // "The state epidemiologist said": a private role that a public body makes public service.
    const agency = kind === "private" && lex.agencyRoles.has(noun);
    // A head's or an office's body may follow it: "Die Vorsitzende der Grünen sagte", "The leader of
    // the Labour Party said", "The Minister for Housing has insisted".
    const to = bodyHead || kind === "office" ? bodyAfter(tokens, h, lex) : h;
    // A verb follows the noun, written lower case: not a name ("the chancellor Rachel Reeves"), a
    // body ("the president of Acme") nor an owner ("the president's son").
    const next = tokens[to + 1];
    // After a verb of saying the subject may end the clause: "…“, sagte der Kanzler."
    const ends = inverted && (!next || !next.gap.startsWith(" "));
    const verb = ends || (!!next && next.gap === " " && !next.cap && !lex.links.has(next.key) && !lex.conjunctions.has(next.key));
    if (!verb || found.head.plural || tokens[h]!.possessive || extendLeft(tokens, found.from, lex) !== i + 1) return null;
    const role = { from: i + 1, to, head: found.head, headAt: h };
    // An office of a body is public only where the body is: not "the president of Acme".
    return (kind === "office" && to === h) || ((kind === "office" || bodyHead || agency) && publicRole(role)) ? role : null;
  }
  return null;
}

/**
 * What makes two roles one office: an office's head noun ("Prime Minister Keir Starmer" holds "the
 * prime minister"), or all the words of a leader's or spokesperson's role, whose body tells them
 * apart ("Conservative leader", "minority leader").
 */
function officeKey(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): string {
  if (role.head.kind !== "conditional") return tokens[role.headAt]!.key;
  const words: string[] = [];
  for (let k = role.from; k <= role.headAt; k++) if (!lex.determiners.has(tokens[k]!.key)) words.push(tokens[k]!.key);
  return words.join(" ");
}

/**
 * Gives a person named without a role the office of a definite subject in the same or the next
 * sentence, before anyone else is named: "Rachel Reeves has defended her budget. … the chancellor
 * said" (British and American papers name the well-known first, then their office). Only a
 * subject at a sentence's or clause's start, only an office no one else holds before it in the
 * text, and only where no one else without a role is named since the sentence before: "Merz traf
 * Macron. Der Kanzler sagte …" may mean either (but "Zelensky met US envoy Steve Witkoff. The
 * Ukrainian president said …" only one). An office that opens a sentence with no one to point
 * back to goes to the subject of the next sentence, named there first: "The Minister for Housing
 * has insisted … ¶ James Browne told the Dáil …" (Irish and British papers lead with the office).
 */
export function addDefiniteRoles(
  tokens: readonly Token[],
  clusters: readonly Cluster[],
  lex: Lexicon,
  publicRole: (role: RolePhrase) => boolean,
): void {
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
    for (const s of c.sources) if (s.role) offices.push({ at: s.role.from, key: officeKey(s.role, tokens, lex) });
  }
  offices.sort((a, b) => a.at - b.at);
  const held = new Set<string>();
  let nextOffice = 0;
  let sentence = 0;
  // The person without a role named last, and the sentence in which another such was named before.
  let last: { c: Cluster; at: number; sentence: number } | null = null;
  let otherSentence = -Infinity;
  const roleless = (c: Cluster) => !c.sources.some((s) => s.role);
  const give = (c: Cluster, at: number, role: RolePhrase) => {
    const m = c.mentions.find(([a]) => a === at)!;
    c.sources.push({ from: m[0], to: m[1], honorific: false, sure: true, politician: false, role });
  };
  // An office opening a sentence that no one named before can hold, waiting for the next sentence's subject.
  let ahead: { role: RolePhrase; key: string; sentence: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (nextOffice < offices.length && offices[nextOffice]!.at < i) held.add(offices[nextOffice++]!.key);
    if (t.sentenceStart) sentence++;
    const c = starts.get(i);
    if (c) {
      const first = c.mentions.every(([a]) => a >= i);
      if (ahead && t.sentenceStart && sentence === ahead.sentence + 1 && first && roleless(c) && !held.has(ahead.key)) {
        give(c, i, ahead.role);
        held.add(ahead.key);
      }
      ahead = null;
    }
    if (c && roleless(c)) {
      if (last && last.c !== c && roleless(last.c)) otherSentence = last.sentence;
      last = { c, at: i, sentence };
    }
    if (taken[i] || !lex.subjectArticles.has(t.key)) continue;
    // Where a clause starts: a sentence, after a comma or a quotation ("…,” the prime minister
    // said"), or after a verb of saying ("…“, sagte der Kanzler").
    const inverted = t.gap === " " && lex.speechVerbs.has(tokens[i - 1]?.key ?? "");
    if (!(t.sentenceStart || t.gap === ", " || QUOTE_END.test(t.gap) || inverted)) continue;
    // Back to someone without a role named in this sentence or the one before, when no one else
    // may be meant; else ahead, from a sentence's start. "Speaking to … with Trevor Phillips, the
    // chancellor said": a subject after a clause that names someone in the same sentence is another person.
    const recent = !!last && sentence - last.sentence <= 1;
    const back = recent && sentence - otherSentence > 1 && roleless(last!.c) && !(t.gap === ", " && last!.sentence === sentence);
    if (!back && (recent || !t.sentenceStart)) continue;
    const role = subjectRole(tokens, i, lex, taken, publicRole, inverted);
    const key = role && officeKey(role, tokens, lex);
    if (!role || !key || held.has(key)) continue;
    if (!back) ahead = { role, key, sentence };
    else {
      give(last!.c, last!.at, role);
      held.add(key);
    }
  }
}
