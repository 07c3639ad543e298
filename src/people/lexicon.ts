import type { PeopleLang, RoleLang } from "../lang/types";
import { dateLang, peopleLang, quoteLang, roleLang, textLang } from "../lang";
import { nounMatcher, type NounMatcher } from "../lang/compound";
import { findRoleWord, type RoleKind, type RoleWord } from "./role-word";
import { wordMemo } from "../word-memo";

/** A language's people knowledge as sets, built once per language. */
export interface Lexicon {
  lang: PeopleLang;
  honorifics: ReadonlySet<string>;
  /** The role nouns of `RoleLang` (not `speakersOnly`), with their kind and the inflections of `roleEndings`. */
  roleNouns: NounMatcher<RoleKind>;
  /** Office phrases as word lists, keyed by their last word. */
  officePhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** `PeopleLang.memberBodies`. */
  memberBodies: ReadonlySet<string>;
  /** `PeopleLang.peerage`'s titles. */
  peerTitles: ReadonlySet<string>;
  /** `PeopleLang.roleSuffixes`, each as its letters. */
  roleSuffixes: readonly (readonly string[])[];
  /** First words of the office phrases: "chief" of "chief of staff". */
  officePhraseStarts: ReadonlySet<string>;
  /**
   * `publicBodies` of three letters or more, stems that also start a word or stand in a compound
   * ("parliamentary", "Regierungssprecher"); "un", "eu" only stand alone: "Europe" is no EU.
   */
  publicBodies: readonly string[];
  /** `publicBodies` for lookups of whole words. */
  publicBodyWords: ReadonlySet<string>;
  /** `publicBodyPhrases` as lists of stems. */
  publicBodyPhrases: readonly (readonly string[])[];
  /** Every word of a public body's name, phrases' words too ("united" of "United Nations"): names of such words are no people. */
  publicBodySet: ReadonlySet<string>;
  /** Words that end an association's branch's name: "Deutschland" of "Diakonie Deutschland". */
  branchNames: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  pluralEndings: ReadonlySet<string>;
  /** `QuoteLang.pluralEndings` and `pluralDeterminers`: a role noun's plural by its inflection and determiner ("die Minister"). */
  inflectedPlurals: readonly string[];
  pluralDeterminers: ReadonlySet<string>;
  /** `QuoteLang.plural`: quantifiers that make a noun plural ("two governors"). */
  quantifiers: ReadonlySet<string>;
  links: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** `notNames` with `placeStarts`. */
  notNames: ReadonlySet<string>;
  placeStarts: ReadonlySet<string>;
  nationalRoles: ReadonlySet<string>;
  /** A company officer's titles, their words joined by a space: "chief financial officer". */
  companyTitles: ReadonlySet<string>;
  /** Links from an office to its employer: "at" of "vice president at KFF". */
  employerLinks: ReadonlySet<string>;
  /** Stems of policy adjectives: "politisch" of "haushaltspolitische". */
  policyAdjectives: readonly string[];
  /** `PeopleLang.partyExperts`: the nouns, and the parties' stems. */
  expertNouns: ReadonlySet<string>;
  parties: readonly string[];
  /** `PeopleLang.agencyRoles`: private roles a public body makes public service. */
  agencyRoles: ReadonlySet<string>;
  nameTitles: ReadonlySet<string>;
  nameStops: ReadonlySet<string>;
  nounSuffixes: readonly string[];
  commonNouns: ReadonlySet<string>;
  creditCues: ReadonlySet<string>;
  /** `PeopleLang.newsroomRoles`. */
  newsroomRoles: ReadonlySet<string>;
  /** `citationCues` and the identifiers of any reference list ("doi", "isbn"). */
  citationCues: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  /** Role nouns of an institution's or a person's voice (`QuoteLang.voices`): "sprecher", "spokesman". */
  voices: ReadonlySet<string>;
  officialContexts: ReadonlySet<string>;
  officialLinks: ReadonlySet<string>;
  eponymHeads: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  alternatives: ReadonlySet<string>;
  demonstratives: ReadonlySet<string>;
  subjectArticles: ReadonlySet<string>;
  bodyHeads: ReadonlySet<string>;
  leadVerbs: ReadonlySet<string>;
  roleIntros: ReadonlySet<string>;
  sharedOffices: ReadonlySet<string>;
  /** Month names (`DateLang.months`): "in September" after a role is its date, no body. */
  months: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  bodyPossessives: ReadonlySet<string>;
  obliqueDeterminers: ReadonlySet<string>;
  obliqueNounEndings: ReadonlySet<string>;
  /** Ordinal numbers take a period (`TextLang.ordinalPeriod`), which a regnal number keeps in a name: "Leo XIV.". */
  ordinalPeriod: boolean;
  /** Words whose period ends no sentence: honorifics and abbreviated titles. */
  abbreviations: ReadonlySet<string>;
  /** The role noun in a lower-case word, remembered per word (see `roleWord`). */
  roleWords(key: string): RoleWord | null;
  /**
   * Whether a word names a company or club (`privateBodies`), as a whole word, inflected or, where
   * nouns compound, as its end: "Corp", "Fußballvereins"; a compound's first part ("vereins-") too.
   */
  privateBody(key: string): boolean;
  /** Whether a word is a compound whose last part, inflected, is a public body: "Innenministeriums", "Ordnungsamts". */
  publicBodyEnd(key: string): boolean;
  /** Whether a compound ends in a place or organisation word: "Bahnhofstraße". */
  stopEnding(key: string): boolean;
  /**
   * A nationality word: "plural" for a group ("americans"), "place" for the land whose people are
   * named with an "n" ("america", "korea"), "singular" for one that may be a surname ("english").
   */
  demonym(key: string): "plural" | "place" | "singular" | null;
}

const words = (groups: readonly string[]) => groups.flatMap((g) => g.split(/\s+/)).filter(Boolean);
const set = (groups: readonly string[]) => new Set(words(groups));

// Identifiers that stand in reference lists only, in any language: "doi:10.1023/…", "ISBN 978-…".
const CITATION_IDS = ["doi", "isbn", "issn", "pmid", "pmc", "bibcode", "arxiv", "oclc", "jstor"];

// Abbreviated titles and name parts whose period ends no sentence, in any language; and dotted
// capitals that are no one's initials ("U.S.", written as their letters joined by periods).
const SHARED_ABBREVIATIONS = ["jr", "sr", "st", "ehem", "gen", "lt", "col", "sen", "rep", "gov", "ald", "adm", "capt", "sgt", "maj"];
// Plural titles before a list of names: "Sens. Chuck Grassley and Ron Wyden", "Reps. Chip Roy and Andy Harris".
const PLURAL_TITLES = ["sens", "reps"];
const DOTTED_ABBREVIATIONS = ["u.s", "u.s.a", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "a.m", "p.m", "b.c", "a.d", "p.s"];

const MIN_STOP_ENDING = 5;
// Letters of a public body's stem that may start a longer word: "eu" is no stem of "Europe".
const MIN_BODY_STEM = 3;
// Letters of a private body's word that may end a compound: shorter ones ("ag", "fc") only stand alone.
const MIN_PRIVATE_ENDING = 4;

const cache = new WeakMap<PeopleLang, Lexicon>();

/** Role noun → its kind; a noun listed under two kinds keeps the first of office, conditional, relational, private. */
function roleKinds(roles: RoleLang): Map<string, RoleKind> {
  const kinds = new Map<string, RoleKind>();
  const only = roles.peopleOnly;
  const lists: [RoleKind, readonly string[]][] = [
    ["office", [...roles.offices, ...only.offices]],
    ["conditional", [...roles.conditional, ...only.conditional]],
    ["relational", [...roles.relational, ...only.relational]],
    ["private", [...roles.private, ...only.private]],
  ];
  for (const [kind, list] of lists) for (const noun of words(list)) if (!kinds.has(noun)) kinds.set(noun, kind);
  return kinds;
}

/** Nationality words with their plurals and lands ("american", "americans", "america"), by kind. */
function demonymKinds(lang: PeopleLang): Map<string, "plural" | "place" | "singular"> {
  const kinds = new Map<string, "plural" | "place" | "singular">();
  const demonyms = words(lang.demonyms);
  const plurals = words(lang.pluralEndings);
  for (const d of demonyms) {
    for (const e of plurals) kinds.set(d + e, "plural");
    if (d.endsWith("n")) kinds.set(d.slice(0, -1), "place");
  }
  // Last, so that a word is singular where it is also another's plural or land.
  for (const d of demonyms) kinds.set(d, "singular");
  return kinds;
}

/** The lexicon for a language tag (English when unsupported). */
export function lexicon(code: string | null): Lexicon {
  const lang = peopleLang(code);
  const hit = cache.get(lang);
  if (hit) return hit;
  const roles = roleLang(code);
  const phrases = new Map<string, string[][]>();
  for (const p of lang.officePhrases) {
    const ws = p.split(/\s+/);
    const last = ws[ws.length - 1]!;
    phrases.set(last, [...(phrases.get(last) ?? []), ws]);
  }
  const honorifics = set(lang.honorifics);
  // Only longer stop words end a compound: "Bahnhofstraße", but "Neuhaus" and "Göring" are names.
  const stops = words(lang.nameStops).filter((w) => w.length >= MIN_STOP_ENDING);
  const demonyms = demonymKinds(lang);
  const bodyRules = { endings: words(lang.roleEndings), compounds: lang.compoundNouns, surnameEndings: new Set<string>() };
  // Each private body's word, and whether it names one standing alone (not so `privateEndings`).
  const privateWords = [
    ...words(lang.privateBodies).map((w) => [w, true] as const),
    ...words(lang.privateEndings ?? []).map((w) => [w, false] as const),
  ];
  const privateBodies = nounMatcher(new Map(privateWords), bodyRules);
  const publicBodies = words(lang.publicBodies).filter((b) => b.length >= MIN_BODY_STEM);
  const publicEnds = nounMatcher(new Map(publicBodies.map((w) => [w, true])), bodyRules);
  const lex: Lexicon = {
    lang,
    honorifics,
    roleNouns: nounMatcher(roleKinds(roles), {
      endings: words(lang.roleEndings),
      compounds: lang.compoundNouns,
      surnameEndings: set(roles.surnameEndings),
    }),
    officePhrases: phrases,
    memberBodies: set(lang.memberBodies ?? []),
    peerTitles: set(lang.peerage?.titles ?? []),
    roleSuffixes: (lang.roleSuffixes ?? []).map((p) => p.split(/\s+/)),
    officePhraseStarts: new Set(lang.officePhrases.map((p) => p.split(/\s+/)[0]!)),
    publicBodies,
    publicBodyWords: set(lang.publicBodies),
    publicBodyPhrases: lang.publicBodyPhrases.map((p) => p.split(/\s+/)),
    publicBodySet: set([...lang.publicBodies, ...lang.publicBodyPhrases]),
    branchNames: set(lang.branchNames),
    modifiers: set(lang.roleModifiers),
    pluralEndings: set(lang.pluralEndings),
    inflectedPlurals: words(quoteLang(code).pluralEndings),
    pluralDeterminers: set(quoteLang(code).pluralDeterminers),
    quantifiers: set(quoteLang(code).plural),
    links: set(lang.roleLinks),
    determiners: set(lang.determiners),
    prepositions: set(lang.prepositions),
    notNames: set([...lang.notNames, ...(lang.placeStarts ?? [])]),
    placeStarts: set(lang.placeStarts ?? []),
    nationalRoles: set(lang.nationalRoles ?? []),
    companyTitles: new Set(lang.companyTitles ?? []),
    employerLinks: set(lang.employerLinks ?? []),
    policyAdjectives: lang.policyAdjectives ?? [],
    expertNouns: set(lang.partyExperts?.nouns ?? []),
    parties: words(lang.partyExperts?.parties ?? []),
    agencyRoles: set(lang.agencyRoles ?? []),
    nameTitles: set(lang.nameTitles ?? []),
    nameStops: set(lang.nameStops),
    nounSuffixes: words(lang.nounSuffixes),
    commonNouns: set(lang.commonNouns),
    creditCues: set(lang.creditCues),
    newsroomRoles: set(lang.newsroomRoles ?? []),
    citationCues: new Set([...words(lang.citationCues), ...CITATION_IDS]),
    copulas: set(lang.copulas),
    speechVerbs: set(lang.speechVerbs),
    voices: set(quoteLang(code).voices),
    officialContexts: set(lang.officialContexts),
    officialLinks: set(lang.officialLinks),
    eponymHeads: set(lang.eponymHeads),
    conjunctions: set(lang.conjunctions),
    alternatives: set(lang.alternatives),
    demonstratives: set(lang.demonstratives),
    subjectArticles: set(lang.subjectArticles ?? []),
    bodyHeads: set(lang.bodyHeads ?? []),
    leadVerbs: set(lang.leadVerbs ?? []),
    roleIntros: set(lang.roleIntros ?? []),
    sharedOffices: new Set(lang.sharedOffices ?? []),
    months: new Set(Object.keys(dateLang(code).months)),
    relativePronouns: set(lang.relativePronouns),
    possessives: set(lang.possessives),
    bodyPossessives: set(lang.bodyPossessives ?? []),
    obliqueDeterminers: set(lang.obliqueDeterminers),
    obliqueNounEndings: set(lang.obliqueNounEndings),
    ordinalPeriod: textLang(code).ordinalPeriod,
    abbreviations: new Set([...honorifics, ...SHARED_ABBREVIATIONS, ...PLURAL_TITLES, ...DOTTED_ABBREVIATIONS]),
    roleWords: () => null,
    privateBody: wordMemo((key) => {
      const word = key.endsWith("-") ? key.slice(0, -1) : key;
      const found = privateBodies.find(word);
      return !!found && (found.prefix ? word.length - found.prefix.length - found.ending.length >= MIN_PRIVATE_ENDING : found.kind);
    }),
    publicBodyEnd: wordMemo((key) => !!publicEnds.find(key)?.prefix),
    stopEnding: wordMemo((key) => stops.some((s) => key.length > s.length + 2 && key.endsWith(s))),
    demonym: (key) => demonyms.get(key) ?? null,
  };
  lex.roleWords = wordMemo((key) => findRoleWord(key, lex));
  cache.set(lang, lex);
  return lex;
}
