import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Candidate } from "./candidates";
import { SURNAMES_SET } from "./data/surnames";
import { headAt, roleBefore, type RolePhrase } from "./role-phrase";

/** Whether candidate b follows a in a list: "A, B" or "A und B". */
function listed(a: Candidate, b: Candidate, tokens: readonly Token[], lex: Lexicon): boolean {
  // "Ms. Takaichi, Japan's first female leader": after a comma an owner of a role starts an apposition.
  const owned = tokens[b.to + 1];
  if (b.from === a.to + 1) return tokens[b.from]!.gap === ", " && !(tokens[b.to]!.possessive && owned && !owned.cap);
  if (b.from !== a.to + 2) return false;
  const conj = tokens[a.to + 1]!;
  return lex.conjunctions.has(conj.key) && conj.gap === " " && tokens[b.from]!.gap === " ";
}

/**
 * Names listed together are alike: in "die Politik von Adenauer, Brandt, Schmidt, Kohl und
 * Schröder" one known person or frequent surname makes every plain name of the list a person,
 * and a politician cue on one holds for all.
 */
export function joinEnumerations(
  cands: Candidate[],
  tokens: readonly Token[],
  lex: Lexicon,
  plain: (c: Candidate) => boolean,
): Candidate[] {
  const out = [...cands];
  let i = 0;
  while (i < out.length) {
    let j = i;
    while (j + 1 < out.length && listed(out[j]!, out[j + 1]!, tokens, lex)) j++;
    // A single name is no list.
    if (j === i) {
      i++;
      continue;
    }
    const list = out.slice(i, j + 1);
    // Only a list of bare surnames: "Helene Fischer, Rammstein oder Sarah Connor" lists a band.
    const bare = list.every((c) => c.from === c.to);
    // "the Minister for Children, Disability and Equality": single words listed after an office's
    // link name its portfolio.
    const link = tokens[list[0]!.from - 1];
    if (bare && link && lex.links.has(link.key) && headAt(tokens, list[0]!.from - 2, lex)?.head.kind === "office") {
      for (let k = i; k <= j; k++) out[k] = { ...out[k]!, sure: false, role: null };
      i = j + 1;
      continue;
    }
    // A frequent surname alone is weak ("Fuchs, Boxer, Yak" are vehicles); with a politician cue it holds.
    const cued = list.some((c) => c.politician || c.role !== null);
    const anchored = list.some((c) => c.sure || (cued && SURNAMES_SET.has(tokens[c.from]!.key)));
    if (bare && anchored && list.every(plain)) {
      const politician = list.some((c) => c.politician);
      for (let k = i; k <= j; k++) out[k] = { ...out[k]!, sure: true, politician };
    }
    i = j + 1;
  }
  return out;
}

/**
 * Whether a role right before a list of names is written in the plural: "the senators", "die
 * Abgeordneten" (not after a singular's determiner: "des Präsidenten"), and where nouns are
 * capitalised an uninflected masculine noun after a plural's determiner: "die Minister" (not "die
 * Ministerin", "die Vorsitzende").
 */
function pluralRole(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  // "The show's judges Melanie Brown and Rita Ora": a thing's role is a part played, no rank to share.
  for (let k = role.from; k < role.headAt; k++) if (tokens[k]!.possessive && !tokens[k]!.cap) return false;
  const det = tokens[role.from - 1]?.key ?? "";
  if (role.head.plural || lex.quantifiers.has(det)) return true;
  const plural = lex.pluralDeterminers.has(det);
  const ending = role.head.ending;
  if (ending !== "") return lex.inflectedPlurals.some((p) => ending.endsWith(p)) && (plural || !lex.determiners.has(det));
  const key = tokens[role.headAt]!.key;
  return lex.lang.capitalisedNouns && plural && !key.endsWith("e") && !key.endsWith("in");
}

/** A plural role counted before a comma and the list: "Two governors, Christopher J. Waller and …", "Zwei Abgeordnete, …". */
function countedRole(tokens: readonly Token[], at: number, lex: Lexicon): RolePhrase | null {
  const found = tokens[at]?.gap === ", " ? headAt(tokens, at - 1, lex) : null;
  const count = found && tokens[found.from - 1];
  if (!found || !count || !lex.quantifiers.has(count.key) || tokens[found.from]!.gap !== " ") return null;
  return { from: found.from, to: at - 1, head: found.head, headAt: at - 1 };
}

/**
 * Gives every name of a list the plural role written before its first: "die Minister Boris
 * Pistorius, Alexander Dobrindt und Lars Klingbeil", "the senators Lindsey Graham and Richard
 * Blumenthal" (a plural role is no one person's alone, so each name holds it).
 */
export function shareListRoles(cands: Candidate[], tokens: readonly Token[], lex: Lexicon): void {
  for (let i = 0; i < cands.length; i++) {
    let j = i;
    while (j + 1 < cands.length && listed(cands[j]!, cands[j + 1]!, tokens, lex)) j++;
    // "Die Landesvorsitzenden der | Grünen, | Tim Achtermeyer und …": a body's word before the comma is no member.
    while (i < j && !cands[i]!.sure && cands[i]!.from === cands[i]!.to) i++;
    if (j === i) continue;
    const list = cands.slice(i, j + 1);
    const first = list[0]!;
    const role = first.role ?? roleBefore(tokens, first.from, lex) ?? countedRole(tokens, first.from, lex);
    const own = list.slice(1).some((c) => c.role !== null);
    // A name of several words is a person for the role: "Reps. Chip Roy and Andy Harris".
    const people = list.every((c) => c.sure || c.to > c.from);
    if (role && !own && role.to === first.from - 1 && people && pluralRole(role, tokens, lex)) {
      const each = { ...role, head: { ...role.head, plural: false } };
      for (let k = i; k <= j; k++) cands[k] = { ...cands[k]!, role: each, sure: true };
    }
    i = j;
  }
}
