import type { BareClauseLang, PeopleLang, QuoteLang, RoleLang } from "../lang/types";
import { peopleLang, quoteLang, roleLang } from "../lang";
import { nounMatcher } from "../lang/compound";
import { wordMemo } from "../word-memo";
import { startsLower } from "../text/char-class";
import type { Token } from "./tokens";

/** Nouns tested against a lower-case word: the word is one or, in a compounding language, ends in one. */
export interface Nouns {
  has(lower: string): boolean;
}

/** A language's quote knowledge, compiled once into sets for constant-time look-ups. */
export interface Lexicon {
  /** Opening mark → the marks that close it. */
  closers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every quotation mark, opening or closing. */
  marks: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  /** The first form of an entry of `verbs` that the others extend, its infinitive: "say" of "says", "add" of "added". */
  baseVerbs: ReadonlySet<string>;
  callVerbs: ReadonlySet<string>;
  callLinks: ReadonlySet<string>;
  quotingVerbs: ReadonlySet<string>;
  participleEndings: readonly string[];
  /** Endings of a noun for a person who does something: "trader". */
  agentEndings: readonly string[];
  /** Finite form of a separable verb's stem → the particles that make it a verb of saying. */
  separable: ReadonlyMap<string, ReadonlySet<string>>;
  impersonal: ReadonlySet<string>;
  /** Source phrases before a name, as word arrays, longest first. */
  sourceBefore: readonly (readonly string[])[];
  sourceAfter: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  pluralVerbEndings: readonly string[];
  groupPronouns: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  /** Pronoun, subject or object form → "m" or "f". */
  pronounGender: ReadonlyMap<string, "m" | "f">;
  feminine: ReadonlySet<string>;
  masculine: ReadonlySet<string>;
  genderedRoles: boolean;
  plural: ReadonlySet<string>;
  expletives: ReadonlySet<string>;
  neuterPronouns: ReadonlySet<string>;
  reflexives: ReadonlySet<string>;
  writer: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  /** The role nouns of `RoleLang` for a speaker (not `peopleOnly`), as written. */
  roles: Nouns;
  /** Every noun for a person: all role nouns of `RoleLang` and the generic ones ("Freundin", "Sohn"). */
  persons: Nouns;
  bodies: Nouns;
  documents: Nouns;
  media: Nouns;
  companies: ReadonlySet<string>;
  companyIntros: readonly string[];
  placeRefs: ReadonlySet<string>;
  pointBack: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  falseParticles: ReadonlySet<string>;
  subjunctive: ReadonlySet<string>;
  conditional: ReadonlySet<string>;
  /** The subjunctive by its ending (`QuoteLang.subjunctiveEndings`), null where the language has none. */
  subjunctiveEndings: { endings: readonly string[]; notEndings: readonly string[]; notWords: ReadonlySet<string> } | null;
  reportedVerbEndings: readonly string[];
  subordinators: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  infinitiveMarkers: ReadonlySet<string>;
  titleCues: ReadonlySet<string>;
  roleLinks: ReadonlySet<string>;
  originLinks: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  genitive: readonly string[];
  notNames: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  capitalisedNouns: boolean;
  compounds: boolean;
  nameLinks: ReadonlySet<string>;
  bodyLinks: ReadonlySet<string>;
  genitiveLinks: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  modals: ReadonlySet<string>;
  pluralEndings: readonly string[];
  pluralDeterminers: ReadonlySet<string>;
  objectDeterminers: ReadonlySet<string>;
  imagined: readonly string[];
  generic: ReadonlySet<string>;
  voices: Nouns;
  /** Words that open a relative clause after a comma: "who", "die". */
  relativePronouns: ReadonlySet<string>;
  /** Determiners of a masculine noun in the nominative ("der"), where nouns have gender. */
  masculineDeterminers: ReadonlySet<string>;
  partitives: ReadonlySet<string>;
  /** `QuoteLang.bareClause` as sets, null where the language has none. */
  bareClause: BareClause | null;
}

export interface BareClause {
  verbs: ReadonlySet<string>;
  objectVerbs: ReadonlySet<string>;
  notAfter: ReadonlySet<string>;
  orders: ReadonlySet<string>;
  subordinateOpeners: ReadonlySet<string>;
  leads: ReadonlySet<string>;
  setOff: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  numberLeads: ReadonlySet<string>;
  finite: ReadonlySet<string>;
  finiteEndings: readonly string[];
  pastForms: ReadonlySet<string>;
}

const words = (entries: readonly string[]) => new Set(entries.flatMap((e) => e.split(" ")).filter(Boolean));

/**
 * `entries` as nouns; where nouns join into compounds, also the words that end in one, remembered
 * per word. Quotes take nouns as written: their plurals are told apart (`isPluralRole`).
 */
function nouns(entries: readonly string[], q: QuoteLang, r: RoleLang): Nouns {
  const listed = words(entries);
  if (!q.compoundNouns) return listed;
  const matcher = nounMatcher(new Map([...listed].map((n) => [n, true])), {
    endings: [],
    compounds: true,
    surnameEndings: words(r.surnameEndings),
  });
  return { has: wordMemo((lower) => matcher.find(lower) !== null) };
}

function compile(q: QuoteLang, r: RoleLang, p: PeopleLang): Lexicon {
  const speakerRoles = [...r.offices, ...r.conditional, ...r.relational, ...r.private, ...r.speakersOnly];
  const closers = new Map<string, Set<string>>();
  for (const [open, close] of q.marks) {
    const set = closers.get(open) ?? new Set<string>();
    set.add(close);
    closers.set(open, set);
  }
  const separable = new Map<string, Set<string>>();
  for (const [particle, forms] of q.separableVerbs) {
    for (const form of words([forms])) separable.set(form, (separable.get(form) ?? new Set()).add(particle));
  }
  return {
    closers,
    marks: new Set(q.marks.flat()),
    verbs: words(q.verbs),
    baseVerbs: new Set(
      q.verbs
        .map((e) => e.split(" "))
        .filter(([base, ...forms]) => forms.some((f) => f.startsWith(base!)))
        .map(([base]) => base!),
    ),
    callVerbs: words(q.callVerbs ?? []),
    callLinks: words(q.callLinks ?? []),
    quotingVerbs: words(q.quotingVerbs ?? []),
    participleEndings: q.participleEndings ?? [],
    separable,
    agentEndings: [...words(q.agentEndings)],
    impersonal: words(q.impersonalVerbs),
    sourceBefore: q.sourceBefore.map((p) => p.split(" ")).sort((a, b) => b.length - a.length),
    sourceAfter: words(q.sourceAfter),
    pronouns: new Set(q.pronouns.map(([p]) => p)),
    pluralPronouns: words(q.pluralPronouns),
    pluralVerbEndings: q.pluralVerbEndings,
    groupPronouns: words(q.groupPronouns ?? []),
    objectPronouns: new Set(q.objectPronouns.map(([p]) => p)),
    pronounGender: new Map([...q.pronouns, ...q.objectPronouns]),
    feminine: words(q.feminine),
    masculine: words(q.masculine),
    genderedRoles: q.genderedRoles,
    plural: words(q.plural),
    expletives: words(q.expletives),
    neuterPronouns: words(q.neuterPronouns ?? []),
    reflexives: words(q.reflexives ?? []),
    writer: words(q.writer),
    definite: words(q.definite),
    possessives: words(q.possessives),
    prepositions: words(q.prepositions),
    indefinite: words(q.indefinite),
    roles: nouns(speakerRoles, q, r),
    persons: nouns([...speakerRoles, ...Object.values(r.peopleOnly).flat(), ...q.generic], q, r),
    bodies: nouns(q.bodies, q, r),
    documents: nouns(q.documents ?? [], q, r),
    media: nouns(q.media ?? [], q, r),
    companies: words(q.companies ?? []),
    companyIntros: [...words(q.companyIntros ?? [])],
    placeRefs: words(q.placeRefs),
    pointBack: words(q.pointBack ?? []),
    complementizers: words(q.complementizers),
    falseParticles: words(q.falseParticles),
    subjunctive: words(q.subjunctive),
    conditional: words(q.conditional ?? []),
    subjunctiveEndings: q.subjunctiveEndings ? { ...q.subjunctiveEndings, notWords: words(q.subjunctiveEndings.notWords) } : null,
    reportedVerbEndings: q.reportedVerbEndings ?? [],
    subordinators: words(q.subordinators),
    coordinators: words(q.coordinators ?? []),
    infinitiveMarkers: words(q.infinitiveMarkers ?? []),
    titleCues: words(q.titleCues),
    roleLinks: words(q.roleLinks),
    originLinks: words(q.originLinks ?? []),
    nameParticles: words(q.nameParticles),
    conjunctions: words(q.conjunctions),
    genitive: q.genitive,
    notNames: words(q.notNames),
    abbreviations: words(q.abbreviations),
    capitalisedNouns: q.capitalisedNouns,
    compounds: q.compoundNouns,
    nameLinks: words(q.nameLinks),
    bodyLinks: words(q.bodyLinks ?? q.nameLinks),
    genitiveLinks: words(q.genitiveLinks ?? []),
    auxiliaries: words(q.auxiliaries),
    modals: words(q.modals),
    pluralEndings: [...words(q.pluralEndings)],
    pluralDeterminers: words(q.pluralDeterminers),
    objectDeterminers: words(q.objectDeterminers),
    imagined: q.imagined,
    generic: words(q.generic),
    voices: nouns(q.voices, q, r),
    relativePronouns: words(p.relativePronouns),
    masculineDeterminers: new Set(p.adjectives?.masculineDeterminers),
    partitives: words(q.partitives ?? []),
    bareClause: q.bareClause ? compileBare(q.bareClause) : null,
  };
}

/** Listed words, and those with an apostrophe also as typeset: "wasn’t" beside "wasn't". */
function typeset(list: readonly string[]): Set<string> {
  const set = words(list);
  for (const w of [...set]) if (w.includes("'")) set.add(w.replace("'", "\u2019"));
  return set;
}

function compileBare(b: BareClauseLang): BareClause {
  return {
    verbs: words(b.verbs),
    objectVerbs: words(b.objectVerbs),
    notAfter: typeset(b.notAfter),
    orders: words(b.orders ?? []),
    subordinateOpeners: words(b.subordinateOpeners),
    leads: words(b.leads),
    setOff: words(b.setOff ?? []),
    subjects: words(b.subjects),
    numberLeads: words(b.numberLeads),
    finite: typeset(b.finite),
    finiteEndings: b.finiteEndings,
    pastForms: words(b.pastForms ?? []),
  };
}

const cache = new WeakMap<QuoteLang, Lexicon>();

/** The compiled lexicon for a language tag (English when unsupported). */
export function lexiconFor(lang: string | null): Lexicon {
  const q = quoteLang(lang);
  let lex = cache.get(q);
  if (!lex) {
    lex = compile(q, roleLang(lang), peopleLang(lang));
    cache.set(q, lex);
  }
  return lex;
}

/**
 * Whether a lower-case role word is a plural role noun ("officials", "polizisten", "beamten"):
 * a plural ending on a role noun. `det` is the determiner before it, if any: only a plural one
 * ("die", "the", "two") or none makes the ending a plural rather than a case ending ("dem Beamten"); a
 * word that is a role noun itself ("mrs", "beamten") is plural only after a plural determiner.
 */
export function isPluralRole(lex: Lexicon, lower: string, det: string | null): boolean {
  // A number or quantifier is plural too: "Two officials said", "mehrere Polizisten".
  if (det === null ? lex.roles.has(lower) : !lex.pluralDeterminers.has(det) && !lex.plural.has(det)) return false;
  return lex.pluralEndings.some((e) => lower.endsWith(e) && lex.roles.has(lower.slice(0, -e.length)));
}

/**
 * Whether the pronoun at `i` stands for several people: one that is also plural beside a plural
 * finite verb, before or after it ("So stellten sie fest", "sie haben erklärt"), not "sagte sie".
 * Capitalised inside a sentence it addresses someone ("sagten Sie, dass"): no plural either.
 */
export function isPluralPronoun(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (!lex.pluralPronouns.has(t.lower) || (t.cap && tokens[i - 1]?.kind === "word")) return false;
  return isPluralVerb(tokens[i - 1], lex) || isPluralVerb(tokens[i + 1], lex);
}

/** Whether a token is a listed finite verb in a plural form: "stellten", "haben". */
export function isPluralVerb(t: Token | undefined, lex: Lexicon): boolean {
  if (t?.kind !== "word" || !lex.pluralVerbEndings.some((e) => t.lower.endsWith(e))) return false;
  const w = t.lower;
  return lex.verbs.has(w) || lex.separable.has(w) || lex.auxiliaries.has(w) || lex.modals.has(w) || lex.subjunctive.has(w);
}

/** Letters an agent noun holds before its ending: "Polizist", not "List". */
const AGENT_STEM = 3;

/**
 * Whether a lower-case noun names a person by its ending where nouns are capitalised
 * ("verkäuferin", "aktivist"). In English the ending names things too ("letter", "statement"):
 * there it counts only right before a verb of saying (`unlistedHead`).
 */
export function hasAgentEnding(lex: Lexicon, lower: string): boolean {
  if (!lex.capitalisedNouns) return false;
  for (const e of lex.agentEndings) if (lower.endsWith(e) && lower.length >= e.length + AGENT_STEM) return true;
  return false;
}

/** Whether a lower-case noun names a person: listed, or by an agent ending where nouns are capitalised. */
export const isPersonNoun = (lex: Lexicon, lower: string) => lex.persons.has(lower) || hasAgentEnding(lex, lower);

/** Whether a lower-case noun names a body, in the singular or plural: "partei", "gewerkschaften". */
export function isBodyNoun(lex: Lexicon, lower: string): boolean {
  return lex.bodies.has(lower) || lex.pluralEndings.some((e) => lower.endsWith(e) && lex.bodies.has(lower.slice(0, -e.length)));
}

/** Whether a word as written is a role noun; where nouns are capitalised, a lower-case word is none ("minderjährige Tochter"). */
export function isRoleWord(lex: Lexicon, text: string, lower: string): boolean {
  return (!lex.capitalisedNouns || !startsLower(text)) && hasRole(lex, lower);
}

/** Whether a lower-case word is a role noun, with a prefix too ("co-leader", "vice-president"). */
export const hasRole = (lex: Lexicon, lower: string) => lex.roles.has(lower) || lex.roles.has(lower.slice(lower.lastIndexOf("-") + 1));

/** Whether a lower-case word is a determiner: an article or a possessive ("der", "a", "their"). */
export const isDeterminer = (w: string, lex: Lexicon) => lex.definite.has(w) || lex.indefinite.has(w) || lex.possessives.has(w);

/** Whether words stand for a group named before: "they", "One", "one of them". */
export const takesUpGroup = (words: string, lex: Lexicon) =>
  lex.groupPronouns.has(words.toLowerCase()) || lex.partitives.has(words.split(" ", 1)[0]!.toLowerCase());
