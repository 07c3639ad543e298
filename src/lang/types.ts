/**
 * Per-language knowledge, as data. Each capability owns one section; a new language is a new file
 * in this folder exporting each section of a `LangPack` as a named constant (`export const quotes:
 * QuoteLang = …`), registered in ./index.ts. Sections stay apart so that a bundle keeps only those
 * its code reads: bundlers drop unused exports, not unused properties of one object.
 */
export interface LangPack {
  /** The most frequent function words, for language detection from text. */
  commonWords: readonly string[];
  /** Frequent function words (the common ones first): not content, for the summary's terms. */
  stopwords: readonly string[];
  roles: RoleLang;
  quotes: QuoteLang;
  people: PeopleLang;
  dates: DateLang;
  clips: ClipLang;
  text: TextLang;
  article: ArticleLang;
}

// ---- roles (shared by src/quotes and src/people, matched by src/lang/compound.ts) ----
/**
 * Nouns for people's roles by what the role says of office. Lower case; an entry may hold several
 * words separated by spaces (one group). Where nouns join into compounds, a noun also matches as
 * the end of a word ("außenminister" is a "minister").
 */
export interface RoleNouns {
  /** Public office: government, parliament, agency, police, military, court. */
  offices: readonly string[];
  /** Public office only with a public body in the compound or after it ("sprecher", "leader"). */
  conditional: readonly string[];
  /** Relative to another person ("kollege"): official when that person is. */
  relational: readonly string[];
  /** Private persons: experts, executives, artists, family ("expertin", "ceo"). */
  private: readonly string[];
}

/**
 * The one role-noun list of a language. Quotes take each noun as written for what a speaker is
 * called ("die Ministerin", "ein Sprecher"); people let an inflection from
 * `PeopleLang.roleEndings` follow and read the kind.
 */
export interface RoleLang extends RoleNouns {
  /**
   * Role nouns people read and quotes do not take for a speaker: taken, they move speakers on
   * unlabelled corpus pages both to and from the right name ("der Vater", "the editor").
   */
  peopleOnly: RoleNouns;
  /** Nouns and titles quotes take for a speaker that give a person no role: "mann", "zeuge", "mr". */
  speakersOnly: readonly string[];
  /** Nouns that end surnames too ("mann" in "Lührmann"): glued to a first part they end no compound. */
  surnameEndings: readonly string[];
}

// ---- quotes (owned by src/quotes) ----
/**
 * Word lists below are lower case; an entry may hold several words separated by spaces (one
 * verb's inflections, one group of nouns). Phrases of several words live in `sourceBefore` only.
 */
export interface QuoteLang {
  /** Opening → closing quotation marks used in this language. */
  marks: readonly (readonly [open: string, close: string])[];
  /**
   * Verbs of saying that can introduce or follow a quote, lower case: one verb per entry, its
   * inflected forms separated by spaces ("sagen sagt sagte sagten gesagt").
   */
  verbs: readonly string[];
  /**
   * Verbs that call something by the quoted words, lower case, all forms in one list ("nannte den
   * Plan einen „Angriff auf …“"): they name the speaker of a quote in their clause that follows an
   * indefinite article or one of `callLinks`, never of reported speech ("nennt Geyer Namen").
   */
  callVerbs?: readonly string[];
  /** Words before such a quote that make it what the thing is called: "als" in "bezeichnete … als „…“". */
  callLinks?: readonly string[];
  /**
   * Finite forms of verbs whose object is the speaker of what they quote, lower case: "zitiert" in
   * "Die Zeitung zitiert einen Diplomaten mit den Worten …", "quoted" in "quoted an official as saying".
   */
  quotingVerbs?: readonly string[];
  /**
   * Endings of a verb's present participle, which never has its subject after it: "saying the
   * plan was …" says who spoke before it, if at all. Lower case.
   */
  participleEndings?: readonly string[];
  /**
   * Separable verbs of saying whose finite stem alone says nothing ("gab" of "zugeben"): the
   * stem's forms count only where the particle closes the clause ("gab der Trainer zu").
   */
  separableVerbs: readonly (readonly [particle: string, forms: string])[];
  /**
   * Endings of nouns for a person who does something ("trader", "bystander", "resident"): such a
   * noun after an indefinite article and right before a verb of saying speaks though no role list
   * holds it ("a Singapore-based trader said"); where nouns are capitalised, a noun with one is a
   * person wherever it stands ("eine Anwohnerin", "die Verkäuferin"). Lower case.
   */
  agentEndings: readonly string[];
  /** Impersonal verb forms ("hieß", "heißt"): their subject "es" is no speaker. */
  impersonalVerbs: readonly string[];
  /** Words before a source: "so" in "…“, so Major", "according to", "laut". Lower case. */
  sourceBefore: readonly string[];
  /** Words after a source: "zufolge" in "dem Ministerium zufolge". Lower case. */
  sourceAfter: readonly string[];
  /** Personal pronouns that stand for the person last named, with their gender: ["sie", "f"]. */
  pronouns: readonly (readonly [pronoun: string, gender: "m" | "f"])[];
  /** Of those pronouns, the ones that are also plural ("sie"): beside a plural verb they name no one person. */
  pluralPronouns: readonly string[];
  /** Endings of every plural finite verb and of no singular one ("n": "sagten", "haben"); empty where none tell. */
  pluralVerbEndings: readonly string[];
  /**
   * Plural pronouns that take up several speakers named just before ("sie" beside a plural verb,
   * "they"): "Die Gewerkschaften forderten … „…“, sagten sie." Lower case.
   */
  groupPronouns?: readonly string[];
  /** Object forms of those pronouns that name a source beside a source word: "ihm zufolge", "according to her". */
  objectPronouns: readonly (readonly [pronoun: string, gender: "m" | "f"])[];
  /** Role words or endings that name a woman ("in" of "Sprecherin", "spokeswoman", "mrs"). */
  feminine: readonly string[];
  /** Role words that name a man ("spokesman", "mr"). */
  masculine: readonly string[];
  /** Role nouns that are not feminine name a man ("Sprecher" vs "Sprecherin"). */
  genderedRoles: boolean;
  /** Quantifiers that make a phrase plural ("drei Beamte"): any pronoun may stand for it. */
  plural: readonly string[];
  /** Subject pronouns with no referent ("es", "it"). Lower case. */
  expletives: readonly string[];
  /**
   * Of those, the ones that also stand for a thing named before: "it" in "“…,” it said" is the
   * company or agency the sentence before opened with. Lower case.
   */
  neuterPronouns?: readonly string[];
  /**
   * Reflexive pronouns that may stand between a verb of saying and its subject: "sich" in "äußerte
   * sich Merz". Lower case; absent where the subject follows no reflexive.
   */
  reflexives?: readonly string[];
  /** The writer's own subject pronoun ("ich", "I"): a quote they say names no speaker. Lower case. */
  writer: readonly string[];
  /** Definite articles and demonstratives ("der", "the", "diese"). Lower case. */
  definite: readonly string[];
  /** Possessives ("sein", "dessen", "his"): "sein Sprecher" is not the person named before. */
  possessives: readonly string[];
  /** Prepositions: a noun after one is no subject ("In der Nacht schickt sie …"). */
  prepositions: readonly string[];
  /** Indefinite determiners and quantifiers ("ein", "a", "manche"). Lower case. */
  indefinite: readonly string[];
  /** Nouns for organisations and documents that can speak ("ministerium", "entwurf", "report"). */
  bodies: readonly string[];
  /**
   * Of those, the documents: where the text names who wrote one, the author speaks ("heißt es in
   * einer Stellungnahme der Regierung" is the government's). Lower case.
   */
  documents?: readonly string[];
  /**
   * Nouns that end a news medium's name: the one a speaker spoke to, in the dative after the speaker
   * ("sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur"). Lower case.
   */
  media?: readonly string[];
  /**
   * Of those, the nouns that take up a company named before by another noun: "das Unternehmen"
   * after "Der Autozulieferer ZF Friedrichshafen", "the company" after "Chipmaker Nvidia". Lower case.
   */
  companies?: readonly string[];
  /**
   * Endings of the nouns that introduce a company by its name right after them, opening a sentence:
   * "zulieferer" in "Der Autozulieferer ZF", "maker" in "Chipmaker Nvidia". Lower case.
   */
  companyIntros?: readonly string[];
  /** Place adverbs that point back at a document: "dort" in "So hieß es dort". Lower case. */
  placeRefs: readonly string[];
  /**
   * Words that open a paragraph by pointing back at the block quote before it, beside a verb of
   * saying: "Das" in "Das sagte Müller am Dienstag", "That" in "That, Smith said, …". Lower case.
   */
  pointBack?: readonly string[];
  /** Separable particles that make a verb of saying another verb: "zu" in "sagten zu" (promised). */
  falseParticles: readonly string[];
  /** Conjunctions that open reported speech after a verb of saying: "dass", "that". */
  complementizers: readonly string[];
  /**
   * Finite verb forms that mark reported speech (German Konjunktiv I and its Konjunktiv II
   * substitutes: "sei", "habe", "könne", "wäre"). Empty where the language has none.
   */
  subjunctive: readonly string[];
  /**
   * The forms of `subjunctive` a writer also uses for their own hypotheses (Konjunktiv II: "wäre",
   * "würde", "könnte"): only the others carry reported speech on into a sentence with no verb of
   * saying ("…, sagte er dem SPIEGEL. Das sei ein Gebot der Ehrlichkeit"). Absent where none.
   */
  conditional?: readonly string[];
  /**
   * Where the subjunctive shows by an ending on any verb (German Konjunktiv I: "greife",
   * "verschärfe", "fordere"): a lower-case word with one of `endings` right after its subject is a
   * subjunctive verb, unless it ends in one of `notEndings` (the weak preterite "sagte", which a
   * t-stem's subjunctive "gelte" shares: such forms belong in `subjunctive`) or is one of `notWords`
   * (other words with that ending that may follow a noun: "wurde", "sowie", "gerne"). Absent where none.
   */
  subjunctiveEndings?: { endings: readonly string[]; notEndings: readonly string[]; notWords: readonly string[] };
  /**
   * Endings of finite verbs that show a main clause after a verb of saying as reported though
   * they look indicative: plurals and the Konjunktiv II like the preterite ("en": "die Pläne
   * reichten nicht aus", "sie liefen Gefahr"). Absent where mood does not mark reported speech.
   */
  reportedVerbEndings?: readonly string[];
  /**
   * Words that open a subordinate clause ("was", "wenn", "nachdem"): such a clause before a verb
   * of saying is its object or a circumstance, not reported speech. Lower case.
   */
  subordinators: readonly string[];
  /**
   * Words that join a clause, often without its own verb, to the one before ("aber", "doch"): "Die
   * Lage sei ernst, aber beherrschbar, sagte …" reports the clause before. Lower case.
   */
  coordinators?: readonly string[];
  /**
   * The word before an infinitive that ends a clause ("zu" in "…, die Häuser zu schonen"): such a
   * clause has no verb of its own and belongs to the one before. Lower case.
   */
  infinitiveMarkers?: readonly string[];
  /** Words right before a quote that make it a title, name or term ("Film", "called"). */
  titleCues: readonly string[];
  /** Words that may join a role phrase after a name: "beim" in "Expertin beim German Marshall Fund". */
  roleLinks: readonly string[];
  /** Prepositions of origin before a place that an unnamed person keeps: "aus" in "ein Student aus Augsburg". */
  originLinks?: readonly string[];
  /** Endings of a name in the genitive: "s" in "Augsteins Motto". */
  genitive: readonly string[];
  /** Words that join two speakers: "und" in "schreiben Berlin und Paris". */
  conjunctions: readonly string[];
  /** Lower-case words inside a name ("von", "de", "bin"). */
  nameParticles: readonly string[];
  /** Capitalised words that never start a name: sentence-initial adverbs, conjunctions, months. */
  notNames: readonly string[];
  /** Abbreviations whose final period ends no sentence ("dr", "ehem", "mr"), lower case. */
  abbreviations: readonly string[];
  /** Every noun is written with a capital (German): a capital alone does not make a name. */
  capitalisedNouns: boolean;
  /** Nouns join into compounds ("Außenminister"): role and body nouns also match as endings. */
  compoundNouns: boolean;
  /** Lower-case words inside an organisation's name between capitals: "of" in "Department of Conservation". */
  nameLinks: readonly string[];
  /**
   * Prepositions that link a role to the body it speaks for, where they join no organisation's
   * name: "von" in "ein Sprecher von Vodafone". Without it, `nameLinks` do ("a spokeswoman for").
   */
  bodyLinks?: readonly string[];
  /**
   * Articles of a genitive that links several people to their body after a bare plural noun:
   * "der" in "Vertreter der Industrie erklärten". Absent where a preposition does it ("of").
   */
  genitiveLinks?: readonly string[];
  /**
   * Finite auxiliaries of the perfect and future ("hat", "has"): in "Firmen hätten ihren
   * Mitarbeitern gesagt" the subject stands at the auxiliary, the words before the participle are
   * objects. No forms of "to be" (passive: "he was told").
   */
  auxiliaries: readonly string[];
  /**
   * Modals of a saying not yet done ("will", "would", "würde"): in "Leavitt said the president
   * would announce it “in the coming weeks”" the words are the reporter's, so that verb yields to
   * any other in the sentence.
   */
  modals: readonly string[];
  /** Endings that make a role noun plural ("officials", "Polizisten", "Ministerinnen"). */
  pluralEndings: readonly string[];
  /** Determiners before which a role noun with a plural ending is plural ("die Beamten", not "dem Beamten"). */
  pluralDeterminers: readonly string[];
  /**
   * Determiners of an object only, never of a subject: "dem" in "sagte dem ZDF" (who was told),
   * "einen" in "Einen Zeitplan wollte er nicht nennen:". Lower case.
   */
  objectDeterminers: readonly string[];
  /**
   * Phrases shortly before a quote that make it imagined, not said ("as if to say “…”", "als
   * wolle er sagen: „…“"). Lower case.
   */
  imagined: readonly string[];
  /**
   * Nouns for a person that name no office ("Mann", "woman"). With a definite article they stand
   * for the unnamed person introduced last ("Ein Aktivist … Der Mann …"): named people are
   * mentioned again by name or office.
   */
  generic: readonly string[];
  /**
   * Role nouns for an institution's voice ("Sprecher", "spokeswoman"). Such a person is taken up
   * again by the role ("der Sprecher"), never by a generic noun ("der Mann"). Lower case.
   */
  voices: readonly string[];
  /**
   * Words for one of several people named before, alone or with a part of them: "One said",
   * "Another added", "one of them". Such a speaker is that group, as "they" is. Lower case.
   */
  partitives?: readonly string[];
  /**
   * Reported speech without a complementizer, where the language allows it: "Powell said the
   * economy was slowing", "told reporters the talks would resume". Absent where none.
   */
  bareClause?: BareClauseLang;
}

/** What shows a reported clause that no complementizer opens. Lower case. */
export interface BareClauseLang {
  /** Verbs of saying that take such a clause ("said", "added"). */
  verbs: readonly string[];
  /** Those of them that may take the person told first ("told reporters the …", "warned ministers they …"). */
  objectVerbs: readonly string[];
  /** Words before the verb that make it no report of words said: "was told", "to say". */
  notAfter: readonly string[];
  /** Words right after the person told that make the telling an order: "to" in "told him to save it". */
  orders?: readonly string[];
  /**
   * Words that open a sentence with a subordinate clause, whose verb of saying reports nothing of
   * its own: "When the owners announced they would close, residents …".
   */
  subordinateOpeners: readonly string[];
  /** Adverbs of time that may stand between the verb and its clause, beside prepositional phrases: "said Wednesday", "said earlier". */
  leads: readonly string[];
  /** Adverbs a writer sets off by commas between a speaker and the verb: "Orbán, meanwhile, said". */
  setOff?: readonly string[];
  /** Subject pronouns that may open the clause ("he", "it", "they"). */
  subjects: readonly string[];
  /** Words after a preposition that open a number as the clause's subject: "least" of "at least 12 people". */
  numberLeads: readonly string[];
  /** Finite verbs that show the clause after its subject ("was", "would", "had"). */
  finite: readonly string[];
  /** Endings of finite verbs in the past ("ed": "the strike killed"). */
  finiteEndings: readonly string[];
  /** Irregular past forms that no ending shows, finite after a noun as those are: "the bill went". */
  pastForms?: readonly string[];
}

// ---- people (owned by src/people) ----
/**
 * Word lists are lower case; an entry may hold several words separated by spaces (one group).
 * Role nouns come from `RoleLang` as stems: an inflection from `roleEndings` may follow, and where
 * `compoundNouns` holds they also match as the end of a compound ("us-sondergesandten" is a "gesandte").
 */
export interface PeopleLang {
  /** Honorifics before a name, without the period: "mr", "frau", "dr". */
  honorifics: readonly string[];
  /**
   * Those of `honorifics` of a peer, whose name takes a place after `peerLink`: "Lord Anderson of
   * Ipswich" is the peer "Anderson of Ipswich", not "Anderson".
   */
  peerage?: { titles: readonly string[]; link: string };
  /** Office titles of several words, one per entry: "secretary of state", "prime minister". */
  officePhrases: readonly string[];
  /**
   * Abbreviations written with periods after an office that keep it as the role, their letters
   * separated by spaces, lower case: "a d" for "Bundeskanzler a. D. Olaf Scholz" (retired: a former
   * holder, who counts as official like "ehemaliger").
   */
  roleSuffixes?: readonly string[];
  /** Stems naming public bodies, which make a conditional role official ("regierung", "nato"). */
  publicBodies: readonly string[];
  /**
   * Public bodies named by several words, one per entry, each word a stem ("weiß haus" for "des
   * Weißen Hauses"): they count only as the whole phrase, so "United Airlines" is no "United Nations".
   */
  publicBodyPhrases: readonly string[];
  /**
   * Words naming a company, club or association ("corp", "verein"): an office in their name or
   * complement is a private title ("president of Acme Corp", "Vereinspräsident"), unless a public
   * body stands there too. Where nouns compound, words of four letters or more also end one.
   */
  privateBodies: readonly string[];
  /**
   * Where nouns compound, words that end an association's name but alone name a public one, so
   * count as `privateBodies` only after a first part: "Mieterbund", "Beamtenbunds" (but "der Bund",
   * "Bundespräsident").
   */
  privateEndings?: readonly string[];
  /**
   * Where nouns stand apart, `privateBodies` words of an association of members, which a public
   * body's word before them names the members of: "chair of the Police Federation", "Prison
   * Officers Association" (but "the Soviet Union", "the Senate Club" stay public).
   */
  memberBodies?: readonly string[];
  /**
   * Where nouns compound, offices that associations and companies have too ("präsident"): with a
   * body's name joined by a hyphen that no list knows public, they are private ("Swissmem-Präsident",
   * "SFV-Präsident"; but "US-Präsident", "Ex-Präsident"). Where nouns stand apart, a body's initials
   * before them do so too ("TUC general secretary", "the RCN's general secretary"). Lower case, one per entry.
   */
  sharedOffices?: readonly string[];
  /**
   * Words that end the name of an association's or company's branch: "Diakonie Deutschland",
   * "Amnesty International". An office there is no public office unless a public body stands in
   * the role too ("Präsident der Bundesrepublik Deutschland").
   */
  branchNames: readonly string[];
  /** Words that may stand inside a role before its noun: "stellvertretende", "former", "deputy". */
  roleModifiers: readonly string[];
  /** Inflectional endings a role noun may take ("in", "en", "s"); "" is implied. */
  roleEndings: readonly string[];
  /** Those of `roleEndings` that only mark a plural ("s" in "judges"): such a role names no one person. */
  pluralEndings: readonly string[];
  /** Words that join a role to its body: "der", "beim", "of", "at". */
  roleLinks: readonly string[];
  /** Determiners and possessives that open a noun phrase: "der", "ein", "seinem", "the". */
  determiners: readonly string[];
  /** Prepositions after which a capitalised word is a place or thing unless a role says otherwise. */
  prepositions: readonly string[];
  /** Capitalised words that are never part of a name: function words, months, weekdays. */
  notNames: readonly string[];
  /** Words that end a name as a place or organisation: "straße", "university", "party". */
  nameStops: readonly string[];
  /** Frequent nouns, where nouns are capitalised: "Namen", "Druck" are no surnames. */
  commonNouns: readonly string[];
  /** Words next to a name that make it a credit, not a person of the story: "von" opening a byline, "contributed". */
  creditCues: readonly string[];
  /**
   * Lower case; a newsroom's titles, which make a line of a name and its title a credit: "Jane
   * Whitfield, Senior Editor", "Anna Berger, Chefredakteurin" (but not "Paul Dacre, editor of the Daily Mail").
   */
  newsroomRoles?: readonly string[];
  /**
   * Words of a reference-list entry before its date ("Retrieved 27 April 2017", "abgerufen am"):
   * names in such a line are cited authors, no people of the story.
   */
  citationCues: readonly string[];
  /** "is" of "Jane Doe is a correspondent for …": such a short last block is the author's note, a credit. */
  copulas: readonly string[];
  /** Endings of common nouns that names do not have: "ung", "heit"; "ency", "tion". */
  nounSuffixes: readonly string[];
  /** Finite verbs of saying next to a bare name: "sagte", "said". */
  speechVerbs: readonly string[];
  /** Nouns whose "… von X" / "… of X" makes X a politician: "politik", "administration". */
  officialContexts: readonly string[];
  /**
   * Words joining an `officialContexts` noun to its maker: "von" in "die Politik von Kohl", "of"
   * (not a preposition of place or time: "die Regierung in Zeiten von …").
   */
  officialLinks: readonly string[];
  /** Nouns after a surname that make it a politician's name: "administration" ("the Biden administration"). */
  eponymHeads: readonly string[];
  /** Conjunctions of an enumeration: "und", "and". */
  conjunctions: readonly string[];
  /** Those of them that offer alternatives, so never join two offices of one person: "oder", "or". */
  alternatives: readonly string[];
  /** Demonstratives that point a role back to someone named before: "that predecessor", "dieser Vorgänger". */
  demonstratives: readonly string[];
  /** Verbs that give a role by what the person leads, in a relative clause: "who chairs the OBR", "die die Behörde leitet". */
  leadVerbs?: readonly string[];
  /**
   * Words before a role that say the person holds it, kept out of the role: "serving as" of "Rachel
   * Reeves, serving as chancellor", "as" of "As chancellor, Rachel Reeves", "appointed".
   */
  roleIntros?: readonly string[];
  /** Definite articles of a singular subject, whose office refers back to a person just named: "the chancellor said", "der Kanzler sagte". */
  subjectArticles?: readonly string[];
  /**
   * Role nouns (of `conditional`) that one person holds per body, so that a definite subject with
   * the body refers back too: "the Conservative leader added", "der CSU-Chef sagte" (not "the
   * Kremlin spokesman", "the Pentagon official", of whom there are many).
   */
  bodyHeads?: readonly string[];
  /** Relative pronouns that open a clause describing the name before: "der", "who". */
  relativePronouns: readonly string[];
  /** Possessives ("his", "ihre"): after a comma one continues a list ("Lorenz, his secretary, his programmer"). */
  possessives: readonly string[];
  /**
   * Lower case; possessives that point back to an organisation, the subject of the sentence before:
   * "The Professional Footballers' Association … Its chief executive", "Die Welthungerhilfe … Deren Generalsekretär".
   */
  bodyPossessives?: readonly string[];
  /**
   * Nationality and regional words ("american", "african"; German nouns "amerikaner", "deutschen"):
   * a name ending in one, in its plural by `pluralEndings` or in its land (the word without its
   * final "n": "america") is a group, a language or a place, not a person.
   */
  demonyms: readonly string[];
  /**
   * Determiners of a case other than the nominative ("des", "dem"): a role written after one is
   * given in the nominative, its noun's `obliqueNounEndings` dropped ("des Investors" → "Investor").
   */
  obliqueDeterminers: readonly string[];
  /** Inflectional endings of a role noun that only mark an oblique case: "s", "en" ("Präsidenten"). */
  obliqueNounEndings: readonly string[];
  /**
   * Where adjectives inflect: a role is shown without its determiner, so its adjectives take the
   * endings they have without one. `weak`: their endings after a determiner, longest first ("en",
   * "e"); `strong`: the nominative's without one, by the role noun's gender ("der stellvertretende
   * Außenminister" → "stellvertretender Außenminister", "seinem deutschen Kollegen" → "deutscher
   * Kollege"); the role noun is feminine by `feminineEndings` ("Ministerin"), neuter by
   * `neuterNouns` ("Mitglied"), else masculine. A role noun that is an adjective itself
   * (`adjectivalNouns`: "Vorsitzende") inflects so too, and its gender is the determiner's: after
   * one of `masculineDeterminers` masculine ("der CSU-Vorsitzende" → "CSU-Vorsitzender"), else
   * feminine ("die frühere Vorsitzende" → "frühere Vorsitzende"). Null where adjectives do not inflect so.
   */
  adjectives: {
    weak: readonly string[];
    strong: { masculine: string; feminine: string; neuter: string };
    feminineEndings: readonly string[];
    neuterNouns: readonly string[];
    adjectivalNouns: readonly string[];
    masculineDeterminers: readonly string[];
  } | null;
  /** Every noun is capitalised (German): a capital alone does not make a name. */
  capitalisedNouns: boolean;
  /** Nouns join into compounds: role nouns match as the end of a word. */
  compoundNouns: boolean;
  /** A lower-case noun stands before a role noun as its modifier, written apart: "the sports minister". */
  nounModifiers?: boolean;
  /**
   * Lower case; words that open a place's name and are no name themselves ("North" of "North
   * Carolina"): read as `notNames`, but a role takes them with the place ("North Carolina Gov.").
   */
  placeStarts?: readonly string[];
  /** Lower case; role nouns (of `conditional`) that a nationality makes the state's: "Russian leader", "an Israeli official". */
  nationalRoles?: readonly string[];
  /** Lower case; titles of rank written as part of a name before a given name: "Prince William", "Princess Anne". */
  nameTitles?: readonly string[];
  /** Lower case, one per entry; a company officer's titles, no public office however capitalised: "chief financial officer". */
  companyTitles?: readonly string[];
  /** Lower case; links from an office to its employer rather than its domain: "at" of "vice president at KFF". */
  employerLinks?: readonly string[];
  /**
   * Lower case; stems of adjectives that name a field of policy and make a spokesperson's or
   * leader's role a parliamentary group's: "politisch" of "der haushaltspolitische Sprecher".
   */
  policyAdjectives?: readonly string[];
  /**
   * A party's experts sit in parliament: nouns of an expert ("experte") that a party or
   * parliamentary group ("cdu", "fraktion") makes an official, in the compound's first part, as a
   * lower-case adjective before the noun or in the role after the noun: "CDU-Außenexperte", "der
   * grüne Innenexperte", "Gesundheitsexperte der Grünen-Fraktion" (but not "EU-Experte",
   * "Militärexperte"). Lower case.
   */
  partyExperts?: { nouns: readonly string[]; parties: readonly string[] };
  /**
   * Lower case; private role nouns (of `private`) that a public body in the role makes public
   * service: "the chief executive of the HSE", "the state epidemiologist" (but "the chief executive
   * of Tesco", "an epidemiologist at Johns Hopkins").
   */
  agencyRoles?: readonly string[];
}

// ---- clips (owned by src/clips) ----
/** Words of clip captions and teaser sections, lower case; units are matched after a number. */
export interface ClipLang {
  /** Labels before a duration: "dauer" in "Dauer: 3:17". */
  durationLabels: readonly string[];
  /** Unit words after a number, without a final period: "std", "min", "sek". */
  hourUnits: readonly string[];
  minuteUnits: readonly string[];
  secondUnits: readonly string[];
  /** Phrases before the date a clip stops being available: "verfügbar bis". */
  expiryPhrases: readonly string[];
  /** Words after a clock time that make it a time of day, not a duration: "uhr". */
  timeOfDay: readonly string[];
  /**
   * Words before and after a time span that make it no clip's length: a relative time ("vor 2
   * Stunden", "2 hours ago") or an article's reading time ("Lesezeit: 4 Min", "5 min read"). Lower
   * case; a language without them leaves them out.
   */
  notDurationBefore?: readonly string[];
  notDurationAfter?: readonly string[];
  /** Headings of sections that tease other pages: "mehr zum thema", "related videos". */
  relatedHeadings: readonly string[];
  /** Labels of a control that starts a player: "abspielen", "play". */
  playLabels: readonly string[];
  /** Labels of a control that starts audio: "anhören", "listen". */
  listenLabels: readonly string[];
  /** Words in class names and ids of advertising slots: "werbung", "ad". */
  adWords: readonly string[];
  /** Words of a player's generic `title` ("YouTube video player", "Eingebetteter Inhalt"), lower case. */
  playerWords: readonly string[];
  /** Whether "05/11/2026" puts the day first (5 November), as outside the United States, on a page that names no region. */
  slashDayFirst: boolean;
  /**
   * Regions (ISO 3166-1 codes, lower case) where "05/11/2026" puts the month first: "us". On a page
   * that names another region ("en-GB", a ".co.uk" host) the day comes first.
   */
  slashMonthFirstRegions: readonly string[];
  /**
   * Openings of a player's loading or browser notices, lower case: "player wird geladen", "your
   * browser does not support". A caption line opening so, or so after a few words ("Sorry, your
   * browser does not support …"), is neither the clip's caption nor its title.
   */
  playerNotices: readonly string[];
}

// ---- dates (owned by src/clips and src/article) ----
export interface DateLang {
  /** Month names and abbreviations, lower case → month number 1–12. */
  months: Readonly<Record<string, number>>;
}

// ---- text (owned by src/text/sentences.ts and src/summary) ----
export interface TextLang {
  /**
   * Words that take a period without ending the sentence, lower case, without the final period,
   * inner periods kept: "dr", "z", "u.s".
   */
  abbreviations: readonly string[];
  /**
   * Words that often open a sentence, lower case: after an abbreviation, initial or ordinal, one
   * of these means the period did end the sentence ("… in the U.S. The …").
   */
  openers: readonly string[];
  /** Whether a number with a period is an ordinal here ("am 2. Dezember"), not a sentence end. */
  ordinalPeriod: boolean;
  /** Inflection endings a light stemmer strips from content words, lower case. */
  suffixes: readonly string[];
  /** Phrases of page furniture that never belong in a summary ("read more", "scroll down"), lower case. */
  noise: readonly string[];
  /**
   * Pronouns written with a capital inside a sentence too, lower case: English "I", the German
   * formal "Sie", "Ihnen", "Du". Such a capital after a lower-case word starts no new sentence.
   */
  capitalisedInside: readonly string[];
  /**
   * Words that open a sentence leaning on the one before (pronouns, "dies"), lower case, space-separated:
   * such a sentence, picked alone for a summary, dangles.
   */
  backReferences: readonly string[];
}

// ---- article (owned by src/article) ----
/** Short lines of page furniture around an article's text, lower case, matched at a line's start. */
export interface ArticleLang {
  /** Lines that open or are teasers of other articles or service boxes: "mehr zum thema", "read more". */
  teaserLines: readonly string[];
  /** Labels before a picture credit or a source, without the colon: "foto", "bildquelle". */
  creditLabels: readonly string[];
  /** Whole texts of advertisement labels and loading placeholders: "anzeige", "wird geladen". */
  adLabels: readonly string[];
  /** Whole texts of the controls of a picture or a player set as text: "hide caption", "bild vergrößern", "embed". */
  mediaControls: readonly string[];
  /** Words before the names in an author line: "von", "by", "text". */
  bylinePrefixes: readonly string[];
  /** Labels before the date of publication: "veröffentlicht", "published". */
  publishedLabels: readonly string[];
  /** Openings of placeholders for blocked embeds and consent notes: "externer inhalt", "we respect your privacy". */
  consentLines: readonly string[];
  /** Openings of notes and calls to action that close a page's text: "copyright", "follow us on", "alle angaben ohne gewähr". */
  closingNotes: readonly string[];
  /** Words that tell a time from now ("vor" 2 Stunden, 5 hours "ago", "gestern"): a timestamp, not a duration. */
  relativeTimeWords: readonly string[];
  /** Words for the pictures of a gallery, in its counter ("photos" in "2/28 photos", "bild" in "Bild 3 von 12"). */
  pictureWords: readonly string[];
  /** The word between a counter's numbers ("von" in "Bild 3 von 12", "of"). */
  counterOf: readonly string[];
}
