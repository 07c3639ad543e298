import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Candidate } from "./candidates";
import { SURNAMES_SET } from "./data/surnames";
import { headAt } from "./role-phrase";

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
