import type { QuoteLang } from "../lang/types";
import { getLang } from "../lang";
import { wordMemo } from "../word-memo";

/** A language's quote knowledge, compiled once into sets for constant-time look-ups. */
export interface Lexicon {
  /** Opening mark → the marks that close it. */
  closers: ReadonlyMap<string, ReadonlySet<string>>;
  verbs: ReadonlySet<string>;
  impersonal: ReadonlySet<string>;
  /** Source phrases before a name, as word arrays, longest first. */
  sourceBefore: readonly (readonly string[])[];
  sourceAfter: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** Pronoun → "m" or "f". */
  pronounGender: ReadonlyMap<string, "m" | "f">;
  feminine: ReadonlySet<string>;
  masculine: ReadonlySet<string>;
  genderedRoles: boolean;
  plural: ReadonlySet<string>;
  expletives: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  bodies: ReadonlySet<string>;
  placeRefs: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  falseParticles: ReadonlySet<string>;
  subjunctive: ReadonlySet<string>;
  titleCues: ReadonlySet<string>;
  roleLinks: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  genitive: readonly string[];
  notNames: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  capitalisedNouns: boolean;
  compounds: boolean;
  surnameEndings: ReadonlySet<string>;
  nameLinks: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  pluralEndings: readonly string[];
  pluralDeterminers: ReadonlySet<string>;
  imagined: readonly string[];
  generic: ReadonlySet<string>;
  voices: ReadonlySet<string>;
}

const words = (entries: readonly string[]) => new Set(entries.flatMap((e) => e.split(" ")).filter(Boolean));

function compile(q: QuoteLang): Lexicon {
  const closers = new Map<string, Set<string>>();
  for (const [open, close] of q.marks) {
    const set = closers.get(open) ?? new Set<string>();
    set.add(close);
    closers.set(open, set);
  }
  return {
    closers,
    verbs: words(q.verbs),
    impersonal: words(q.impersonalVerbs),
    sourceBefore: q.sourceBefore.map((p) => p.split(" ")).sort((a, b) => b.length - a.length),
    sourceAfter: words(q.sourceAfter),
    pronouns: new Set(q.pronouns.map(([p]) => p)),
    pronounGender: new Map(q.pronouns),
    feminine: words(q.feminine),
    masculine: words(q.masculine),
    genderedRoles: q.genderedRoles,
    plural: words(q.plural),
    expletives: words(q.expletives),
    definite: words(q.definite),
    possessives: words(q.possessives),
    prepositions: words(q.prepositions),
    indefinite: words(q.indefinite),
    roles: words(q.roles),
    bodies: words(q.bodies),
    placeRefs: words(q.placeRefs),
    complementizers: words(q.complementizers),
    falseParticles: words(q.falseParticles),
    subjunctive: words(q.subjunctive),
    titleCues: words(q.titleCues),
    roleLinks: words(q.roleLinks),
    nameParticles: words(q.nameParticles),
    conjunctions: words(q.conjunctions),
    genitive: q.genitive,
    notNames: words(q.notNames),
    abbreviations: words(q.abbreviations),
    capitalisedNouns: q.capitalisedNouns,
    compounds: q.compoundNouns,
    surnameEndings: words(q.surnameEndings),
    nameLinks: words(q.nameLinks),
    auxiliaries: words(q.auxiliaries),
    pluralEndings: [...words(q.pluralEndings)],
    pluralDeterminers: words(q.pluralDeterminers),
    imagined: q.imagined,
    generic: words(q.generic),
    voices: words(q.voices),
  };
}

const cache = new Map<string, Lexicon>();

/** The compiled lexicon for a language tag (English when unsupported). */
export function lexiconFor(lang: string | null): Lexicon {
  const pack = getLang(lang);
  let lex = cache.get(pack.code);
  if (!lex) {
    lex = compile(pack.quotes);
    cache.set(pack.code, lex);
  }
  return lex;
}

/** Per noun list (each belongs to one lexicon), its remembered test. */
const memos = new WeakMap<ReadonlySet<string>, (lower: string) => boolean>();

/** Whether a lower-case word ends in one of `nouns` (German compounds) or is one. Memoised. */
export function isNounOf(lex: Lexicon, nouns: ReadonlySet<string>, lower: string): boolean {
  if (!lex.compounds) return nouns.has(lower);
  let test = memos.get(nouns);
  if (!test) memos.set(nouns, (test = wordMemo((w) => nounOf(lex, nouns, w))));
  return test(lower);
}

/** Compound heads tried per word: a noun's length under its last three letters, longest first. */
const heads = new WeakMap<ReadonlySet<string>, Map<string, number[]>>();
function headLengths(nouns: ReadonlySet<string>): Map<string, number[]> {
  let byEnd = heads.get(nouns);
  if (!byEnd) {
    byEnd = new Map();
    for (const n of nouns) {
      if (n.length < 3) continue;
      const end = n.slice(-3);
      const lengths = byEnd.get(end) ?? [];
      if (!lengths.includes(n.length)) lengths.push(n.length);
      byEnd.set(end, lengths);
    }
    for (const lengths of byEnd.values()) lengths.sort((a, b) => b - a);
    heads.set(nouns, byEnd);
  }
  return byEnd;
}

function nounOf(lex: Lexicon, nouns: ReadonlySet<string>, lower: string): boolean {
  if (nouns.has(lower)) return true;
  if (!lex.compounds) return false;
  const bare = lower.slice(lower.lastIndexOf("-") + 1);
  if (nouns.has(bare)) return true;
  // Compound heads of at least 3 letters after a first part of at least 3: "außen|minister". Only
  // nouns sharing the word's last three letters can be its head (one slice per word, not per letter).
  for (const length of headLengths(nouns).get(bare.slice(-3)) ?? []) {
    if (length > bare.length - 3) continue;
    const tail = bare.slice(bare.length - length);
    if (nouns.has(tail)) return !lex.surnameEndings.has(tail);
  }
  return false;
}

/**
 * Whether a lower-case role word is a plural role noun ("officials", "polizisten", "beamten"):
 * a plural ending on a role noun. `det` is the determiner before it, if any: only a plural one
 * ("die", "the") or none makes the ending a plural rather than a case ending ("dem Beamten"); a
 * word that is a role noun itself ("mrs", "beamten") is plural only after a plural determiner.
 */
export function isPluralRole(lex: Lexicon, lower: string, det: string | null): boolean {
  if (det === null ? isNounOf(lex, lex.roles, lower) : !lex.pluralDeterminers.has(det)) return false;
  return lex.pluralEndings.some((e) => lower.endsWith(e) && isNounOf(lex, lex.roles, lower.slice(0, -e.length)));
}
