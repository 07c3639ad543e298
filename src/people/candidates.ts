import type { Lexicon } from "./lexicon";
import { apostropheOwner, type Token } from "./tokens";
import type { TextFacts } from "./text-facts";
import { isCommonWord, lexicalWord } from "./text-facts";
import { genitiveBeforeNoun, isStop, nameSpans, type NameSpan } from "./name-spans";
import { headAt, roleAfter, roleBefore, roleWithBodyBefore, serves, type RolePhrase } from "./role-phrase";
import { creditSpans } from "./credits";
import { joinEnumerations, shareListRoles } from "./enumeration";
import { GIVEN_NAMES } from "./data/given-names";
import { PARTICLES, SECOND_PARTICLES, isGeneration } from "./data/name-parts";
import { startsLower } from "../text/char-class";
import { publicBody } from "./official";
import { publicBodyAt } from "./public-body";

/** A name span judged: a person for sure, or a single word that is one only if linked later. */
export interface Candidate extends NameSpan {
  sure: boolean;
  role: RolePhrase | null;
  /** "die Politik von Kohl", "the Biden administration", "Andreas Jung von der CDU": a politician. */
  politician: boolean;
}

const spaceOrComma = (gap: string) => gap === " " || gap === ", ";

/**
 * Words that stand alone as a name elsewhere, as a subject or object rather than after a
 * preposition: "Parata" in "Parata said" (but not "Korea" in "in Korea"). Where every noun is
 * capitalised, a lone word must speak to count: "Lindner sagte".
 */
function loneWords(tokens: readonly Token[], spans: readonly NameSpan[], lex: Lexicon): Set<string> {
  const lone = new Set<string>();
  for (const s of spans) {
    const before = tokens[s.from - 1];
    if (s.from !== s.to || (before && (lex.prepositions.has(before.key) || lex.determiners.has(before.key)))) continue;
    if (lex.lang.capitalisedNouns && !speechNear(tokens, s, lex)) continue;
    lone.add(tokens[s.from]!.key);
  }
  return lone;
}

function speechNear(tokens: readonly Token[], s: NameSpan, lex: Lexicon): boolean {
  const before = tokens[s.from - 1];
  const after = tokens[s.to + 1];
  return (
    (!!before && lex.speechVerbs.has(before.key) && spaceOrComma(tokens[s.from]!.gap)) ||
    (!!after && lex.speechVerbs.has(after.key) && spaceOrComma(after.gap))
  );
}

/** "… politik von X", "the policy of X", "the X administration", "Labour's X". */
function politicianCue(tokens: readonly Token[], s: NameSpan, lex: Lexicon): boolean {
  const after = tokens[s.to + 1];
  if (after && lex.eponymHeads.has(after.key) && after.gap === " ") return true;
  if (bodyOwned(tokens, s, lex)) return true;
  const link = tokens[s.from - 1];
  const noun = tokens[s.from - 2];
  if (!link || !noun || !lex.officialLinks.has(link.key)) return false;
  if (lex.officialContexts.has(noun.key)) return true;
  if (!lex.lang.compoundNouns) return false;
  for (const c of lex.officialContexts) if (noun.key.endsWith(c)) return true;
  return false;
}

/**
 * Whether a party or public body owns the name, a person's by a given name or honorific: "Labour's
 * Emily Thornberry", "Reform UK's Richard Tice" (but not "Fox News' Bret Baier", "Labour's Plan").
 */
function bodyOwned(tokens: readonly Token[], s: NameSpan, lex: Lexicon): boolean {
  const owner = tokens[s.from - 1];
  if (!owner?.possessive || tokens[s.from]!.gap !== " " || !(s.honorific || GIVEN_NAMES.has(tokens[s.from]!.key))) return false;
  const keyAt = (k: number) => (k < s.from ? tokens[k]!.key : undefined);
  return publicBodyAt(keyAt, s.from - 1, lex) === 1 || (s.from > 1 && publicBodyAt(keyAt, s.from - 2, lex) === 2);
}

/** Tokens [from, to] of a party or public body right after the name: "… von der CDU", "… (SPD)". */
function partyAfter(tokens: readonly Token[], s: NameSpan, lex: Lexicon): [number, number] | null {
  let k = s.to + 1;
  const paren = tokens[k]?.gap === " (";
  if (!paren) {
    if (!tokens[k] || tokens[k]!.gap !== " " || !lex.links.has(tokens[k]!.key)) return null;
    k++;
    while (tokens[k] && tokens[k]!.gap === " " && lex.determiners.has(tokens[k]!.key)) k++;
  }
  const body = tokens[k];
  // "Judge … of the Federal District Court": a body's name that goes on is no party.
  const after = tokens[k + 1];
  const closed = paren ? after?.gap.startsWith(")") === true : !(after && after.gap === " " && after.cap);
  return body && closed && lex.publicBodyWords.has(body.key) ? [s.to + 1, k] : null;
}

/** The first of the honorifics right before token `at`: "Prof. | Dr. | Stefan Rahmstorf". */
function honorificsFrom(tokens: readonly Token[], at: number, lex: Lexicon): number {
  let k = at - 1;
  const joined = (gap: string) => gap === " " || gap === ". ";
  while (k > 0 && tokens[k - 1]!.cap && lex.honorifics.has(tokens[k - 1]!.key) && joined(tokens[k]!.gap)) k--;
  return k;
}

/** A capitalised word but no given name: "Filton" of "Filton and Bradley Stoke". */
const placeBefore = (t: Token | undefined) => !!t && t.cap && !GIVEN_NAMES.has(t.key);

/** Drops common nouns beside a German name: "nennt Geyer Namen" → "Geyer", "der Name Arend" → "Arend". */
function trimNouns(s: NameSpan, tokens: readonly Token[], facts: TextFacts, lex: Lexicon): NameSpan {
  if (!lex.lang.capitalisedNouns) return s;
  const common = (k: number) => isCommonWord(tokens[k]!, facts, lex);
  let { from, to } = s;
  // "Armeesprecher Effie Defrin": after a title the first word is the name's, whatever it looks like.
  const titled = tokens[from]!.gap === " " && headAt(tokens, from - 1, lex) !== null;
  while (from < to && !titled && !GIVEN_NAMES.has(tokens[from]!.key) && common(from)) from++;
  while (to > from && !GIVEN_NAMES.has(tokens[to - 1]!.key) && common(to)) to--;
  return { from, to, honorific: s.honorific };
}

/** Drops nationality words before a name: "Russian Alexei Navalny" → "Alexei Navalny", "Turkish Wikipedia" → "Wikipedia". */
function trimDemonyms(s: NameSpan, tokens: readonly Token[], lex: Lexicon): NameSpan {
  let from = s.from;
  while (from < s.to && !GIVEN_NAMES.has(tokens[from]!.key) && lex.demonym(tokens[from]!.key)) from++;
  return from === s.from ? s : { from, to: s.to, honorific: false };
}

/**
 * Drops the words of an office's body before a name of two words or more, up to a given name or
 * initial: "Minister for | Children | Norma Foley", "Secretary of | Homeland Security | Kristi Noem".
 * (Where nouns are capitalised, `trimNouns` has dropped them, and a body's own name stays one:
 * "Präsident der Bundesvereinigung Deutscher Apothekerverbände".)
 */
function trimOfficeBody(s: NameSpan, tokens: readonly Token[], lex: Lexicon): NameSpan {
  const link = tokens[s.from - 1];
  if (lex.lang.capitalisedNouns || !link || tokens[s.from]!.gap !== " " || link.gap !== " " || !lex.links.has(link.key)) return s;
  if (headAt(tokens, s.from - 2, lex)?.head.kind !== "office") return s;
  let from = s.from;
  while (s.to - from >= 2 && !GIVEN_NAMES.has(tokens[from]!.key) && !tokens[from]!.initial) from++;
  return from === s.from ? s : { from, to: s.to, honorific: false };
}

/** Drops words after a name that only a title-case heading writes: "Lee Meet" → "Lee". */
function trimHeadline(s: NameSpan, facts: TextFacts): NameSpan {
  let to = s.to;
  while (to > s.from && facts.headlineOnly[to] === 1) to--;
  return to === s.to ? s : { from: s.from, to, honorific: s.honorific };
}

/** A capitalised word that ends an organisation's or place's name: "Institute", "Bank". */
const orgEnd = (t: Token | undefined, lex: Lexicon) => !!t && t.cap && isStop(t, lex);

/**
 * Whether the words from token `from` end an organisation's name after its link, maybe past others
 * joined by a conjunction: "Institute for | Fiscal Studies", "Bank of | England", "Department of
 * Health and | Human Services".
 */
function orgNameTail(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  let k = from;
  const and = tokens[from - 1];
  if (and && tokens[from]!.gap === " " && and.gap === " " && lex.conjunctions.has(and.key)) {
    k = from - 1;
    while (k > 1 && tokens[k - 1]!.cap && tokens[k - 1]!.gap === " " && !lex.links.has(tokens[k - 1]!.key)) k--;
    if (k === from - 1) return false;
  }
  const link = tokens[k - 1];
  return !!link && tokens[k]!.gap === " " && lex.links.has(link.key) && orgEnd(tokens[k - 2], lex);
}

/** A title of rank before a given name, as part of the name: "Prince William". */
const titledGiven = (words: readonly Token[], lex: Lexicon) => lex.nameTitles.has(words[0]!.key) && GIVEN_NAMES.has(words[1]?.key ?? "");

/** Whether the word at `at` follows a name and a link, as a place or body: "Newsom of | California", "Smith of | Scotland Yard". */
function placeAfterName(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  const link = tokens[at - 1];
  const name = tokens[at - 2];
  return (
    !!link &&
    !!name &&
    link.gap === " " &&
    tokens[at]!.gap === " " &&
    lex.links.has(link.key) &&
    name.cap &&
    !GIVEN_NAMES.has(tokens[at]!.key)
  );
}

/** Whether token k is a capitalised word after a preposition: "… in | Lubbock". */
const placeEnd = (tokens: readonly Token[], k: number, lex: Lexicon) =>
  tokens[k]!.cap && tokens[k]!.gap === " " && lex.prepositions.has(tokens[k - 1]?.key ?? "");

/** A title of rank in a name as its role; a private one, as royals hold no office by birth. */
const titleRole = (at: number): RolePhrase => ({
  from: at,
  to: at,
  head: { kind: "private", prefix: "", plural: false, ending: "" },
  headAt: at,
});

/** No names the text shows to be public bodies: the lexicon's alone. */
const NO_BODIES: ReadonlySet<string> = new Set();

/** A role of abbreviated titles only, each with its period: "Gen.", "Lt. Gen.", "Sen.". */
function rankOnly(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = role.from; k <= role.to; k++)
    if (!lex.abbreviations.has(tokens[k]!.key) || !tokens[k + 1]!.gap.startsWith(".")) return false;
  return true;
}

/** Whether a capitalised word stands among tokens [from, to]. */
function namedIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.cap) return true;
  return false;
}

/** A role of one lower-case noun, no office, right after a preposition, where nouns are lower case: "to | host". */
function verbLike(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  const head = tokens[role.headAt]!;
  return (
    !lex.lang.capitalisedNouns &&
    role.from === role.headAt &&
    !head.cap &&
    role.head.kind !== "office" &&
    lex.prepositions.has(tokens[role.from - 1]?.key ?? "")
  );
}

/** Whether the span stands between a determiner and a lower-case noun: "A Gallup Korea poll". */
function thingAfterDeterminer(tokens: readonly Token[], s: NameSpan, lex: Lexicon): boolean {
  const before = tokens[s.from - 1];
  const after = tokens[s.to + 1];
  return !!before && lex.determiners.has(before.key) && !!after && after.gap === " " && !after.cap && !after.initial;
}

/** Whether a comma stands inside a role after its head: it lists the body's fields ("für Migration, Flüchtlinge und Integration"). */
function listsFields(tokens: readonly Token[], r: RolePhrase): boolean {
  for (let k = r.headAt + 2; k <= r.to; k++) if (tokens[k]!.gap === ", ") return true;
  return false;
}

/**
 * Makes names inside another's role unsure: before its head, "Carolina Panthers quarterback Bryce
 * Young" names a team (but an owner is a person: "Biden's secretary of state", "Merkels Sprecher");
 * after it, words without a given name name a body: "…, the former chief executive of Goldman Sachs".
 */
function insideRoles(candidates: Candidate[], tokens: readonly Token[], lex: Lexicon): void {
  const BEFORE_HEAD = 1;
  const AFTER_HEAD = 2;
  const inRole = new Uint8Array(tokens.length);
  for (const c of candidates) {
    const r = c.role;
    if (r && r.to < c.from) {
      inRole.fill(BEFORE_HEAD, r.from, r.headAt);
      // "the Minister for Children, Disability and Equality, Norma Foley": fields listed after the head.
      if (listsFields(tokens, r)) inRole.fill(AFTER_HEAD, r.headAt + 1, r.to + 1);
    } else if (r && r.from > c.to) inRole.fill(AFTER_HEAD, r.headAt + 1, r.to + 1);
  }
  for (const c of candidates) {
    const at = inRole[c.from];
    if (at === 0 || inRole[c.to] !== at) continue;
    const owner = tokens[c.to]!.possessive || genitiveBeforeNoun(tokens, c.to, lex) || apostropheOwner(tokens, c.to);
    const named = c.honorific || GIVEN_NAMES.has(tokens[c.from]!.key);
    // "Der Vorsitzende der Konferenz, | Sachsens | Regierungschef Michael Kretschmer": an owner's
    // role before a comma is the apposition of the name its phrase leads to.
    const apposed = !!c.role && c.role.to < c.from && tokens[c.from]!.gap === ", ";
    if (at === BEFORE_HEAD ? !owner || apposed : !named) c.sure = false;
  }
}

/**
 * Makes a one-word owner of a spokesperson or of a relational role before a name a person: "Putins
 * Sprecher Dmitri Peskow", "Trump's predecessor Joe Biden" (not a body or place, "Kremls Sprecher",
 * nor the last word of a longer name, "Von der | Leyens Sprecherin").
 */
function personalOwners(candidates: Candidate[], tokens: readonly Token[], lex: Lexicon, common: (t: Token) => boolean): void {
  const owned = new Map<number, RolePhrase>();
  for (const c of candidates) if (c.role && c.role.to < c.from && c.role.headAt > c.role.from) owned.set(c.role.headAt - 1, c.role);
  for (const c of candidates) {
    const role = c.from === c.to && !c.sure ? owned.get(c.to) : undefined;
    const t = tokens[c.from]!;
    const before = tokens[c.from - 1];
    const inName = !!before && t.gap === " " && (before.cap || PARTICLES.has(before.text) || SECOND_PARTICLES.has(before.text));
    if (!role || inName) continue;
    const bare = t.possessive || apostropheOwner(tokens, c.from);
    if (!bare && !genitiveBeforeNoun(tokens, c.from, lex)) continue;
    const voice = role.head.prefix === "" && lex.voices.has(tokens[role.headAt]!.key);
    if (!voice && role.head.kind !== "relational") continue;
    const base = bare ? t.key : t.key.slice(0, -1);
    if (common(t) || isStop(t, lex) || lex.publicBodySet.has(base) || lex.demonym(base) !== null || headAt(tokens, c.from, lex)) continue;
    c.sure = true;
  }
}

/**
 * Judges every name span by its evidence: a title or honorific, a role in apposition, a given
 * name before a surname, a politician cue, or — for names of several unknown words — a verb of
 * saying next to it or its last word standing alone elsewhere. Credits (bylines, photo credits)
 * are no people of the story.
 */
export function findCandidates(tokens: readonly Token[], facts: TextFacts, lex: Lexicon): Candidate[] {
  const common = (t: Token) => isCommonWord(t, facts, lex);
  const spans = nameSpans(tokens, lex, common, facts.cells).map((s) =>
    trimHeadline(trimOfficeBody(trimDemonyms(trimNouns(s, tokens, facts, lex), tokens, lex), tokens, lex), facts),
  );
  const lone = loneWords(tokens, spans, lex);
  const credits = creditSpans(tokens, spans, lex);
  const seen = new Map<string, number>();
  for (const t of tokens) if (t.cap) seen.set(t.key, (seen.get(t.key) ?? 0) + 1);
  const out: Candidate[] = [];
  // First tokens of credited names and of groups, which a list joins to no one.
  const notListed = new Set<number>();
  for (const s of spans) {
    const words = tokens.slice(s.from, s.to + 1);
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const single = words.length === 1;
    const party = partyAfter(tokens, s, lex);
    // "Prime Minister Sir Keir Starmer", "Der Klimaforscher Prof. Dr. Stefan Rahmstorf": a role stands before the honorifics.
    const nearest =
      roleBefore(tokens, s.honorific ? honorificsFrom(tokens, s.from, lex) : s.from, lex) ??
      (s.honorific ? roleBefore(tokens, s.from, lex) : null);
    // "Minister for | Justice | Jim O’Callaghan": a role noun after a link names the body of the role before it.
    const linked = !!nearest && lex.links.has(tokens[nearest.from - 1]?.key ?? "");
    const titled = (linked ? roleWithBodyBefore(tokens, s.from, lex) : null) ?? nearest;
    // "Gen. Dan Caine, chairman of the Joint Chiefs of Staff", "Rep. Hakeem Jeffries, the House
    // Democratic leader": a rank yields to the office of a body after the name (but not to a bare
    // description: "Gov. Gavin Newsom, a potential candidate").
    // A private title of one word yields only to a public body's office: "Professor Meghana Pandit,
    // NHS England’s national medical director" (not "Der Ökonom …, Mitglied im Sachverständigenrat").
    const plainTitle = !!titled && titled.head.kind === "private" && titled.from === titled.to;
    const after = titled && (plainTitle || rankOnly(titled, tokens, lex)) ? roleAfter(tokens, s.to, lex) : null;
    const office = after && plainTitle && !publicBody(after, tokens, lex, NO_BODIES) ? null : after;
    // "Rep. Brian Fitzpatrick (R-Pa.), who leads a bipartisan group": a body led is a description,
    // unless named ("who leads U.S. Southern Command") or public.
    const described = !!office && lex.leadVerbs.has(tokens[office.headAt]!.key) && !namedIn(tokens, office.headAt + 1, office.to);
    const bodied = !!office && ((!described && office.to > office.headAt) || publicBody(office, tokens, lex, NO_BODIES));
    const ranked = bodied && serves(office.head) && !office.head.plural;
    const found = (ranked ? office : titled) ?? roleAfter(tokens, s.to, lex) ?? roleWithBodyBefore(tokens, s.from, lex);
    // "fellow judges Melanie …": a plural role is no one person's. "Prince William": the rank is the role.
    const written = found?.head.plural ? null : (found ?? (titledGiven(words, lex) ? titleRole(s.from) : null));
    // "sein deutscher Kollege Andreas Jung von der CDU": the party belongs to the role (but a place's
    // preposition says where the person is: "Bundeskanzler Friedrich Merz im Bundestag").
    const member = !!party && !lex.prepositions.has(tokens[party[0]]!.key) && !lex.determiners.has(tokens[party[0]]!.key);
    const role = written && party && member && written.to < s.from ? { ...written, tail: party } : written;
    const cue = politicianCue(tokens, s, lex);
    // "New York City": a capitalised function word before the span makes it part of a longer name,
    // at a sentence's start too where the text writes it so mid-sentence ("New Zealand Oxford Dictionary").
    const before = tokens[s.from - 1];
    const opens = !!before && (!before.sentenceStart || facts.nameStarts.has(before.key));
    // Where nouns are capitalised, one after its determiner is a phrase of its own: "am Montag Emmanuel
    // Macron" (but a place's first word is not: "der „San Luis Lodges“").
    const phrase =
      lex.lang.capitalisedNouns && !!before && !lex.placeStarts.has(before.key) && lex.determiners.has(tokens[s.from - 2]?.key ?? "");
    const longer = opens && before.cap && first.gap === " " && lex.notNames.has(before.key) && !s.honorific && !phrase;
    const orgTail = orgNameTail(tokens, s.from, lex);
    // "African Americans", "Australian English", "Christian America": a group, a language or a
    // land; "Bill English" is a person.
    const demonym = s.honorific ? null : lex.demonym(last.key);
    const nation = demonym === "plural" || demonym === "place" || (demonym === "singular" && (single || !GIVEN_NAMES.has(first.key)));
    // "Democratic House members", "one Commons Tory rebellion", "in the Commons, the … MP": public
    // bodies, used as adjectives or after a determiner.
    const placed = !single || (!!before && lex.determiners.has(before.key));
    const bodies = placed && !s.honorific && words.every((w) => lex.publicBodySet.has(w.key));
    const group = nation || bodies;
    if (group || credits.has(s)) notListed.add(s.from);
    let sure: boolean;
    // "Territory’s Governor Calls For Calm": one word that only a title-case heading writes is no surname.
    const headlineWord = single && facts.headlineOnly[s.from] === 1;
    if (credits.has(s) || longer || group || orgTail || headlineWord) sure = false;
    else if (s.honorific) sure = true;
    else if (lex.lang.capitalisedNouns && single && role && (role.head.kind === "private" || role.head.kind === "relational")) {
      // "unseren deutschen Freunden Druck": a private title before one word needs that word again.
      sure = !common(first) && (seen.get(first.key) ?? 0) > 1;
    } else if (role || cue) {
      // A lone first word of a sentence with a role after it must show up again: "Meanwhile, residents …".
      const opening = single && first.sentenceStart && role !== null && role.from > s.to && (seen.get(first.key) ?? 0) < 2;
      // "plans to host | Crossover", "agreed to coach | Arsenal": a bare lower-case noun after a
      // preposition may be a verb, so a lone word after it must show up again.
      const verbal = single && role !== null && role.to < s.from && verbLike(role, tokens, lex) && (seen.get(first.key) ?? 0) < 2;
      // "Gov. Gavin Newsom of California, a potential candidate": a word after a name and its link is the name's place.
      const home = single && role !== null && role.from > s.to && placeAfterName(tokens, s.from, lex);
      // "Lord Falconer of Thoroton, the former justice secretary": the apposition is the named one's.
      const named = home ? out[out.length - 1] : undefined;
      if (named && named.to === s.from - 2 && named.role === null) named.role = role;
      // "a mother of three in Lubbock, Texas": a word after a role's place and a comma is the place's region.
      const region = single && role !== null && role.to === s.from - 1 && first.gap === ", " && placeEnd(tokens, role.to, lex);
      // "GNU Lesser General Public License": after a role, common words without a given name are a thing.
      const thing = !GIVEN_NAMES.has(first.key) && words.every(common);
      // A title opening a table's row may start a place's name in one cell and a name follow in the
      // next: "Bishop Auckland | Dehenna Davison" (but "… pilot Captain Colter Stevens" is a sentence).
      const rowTitle = role !== null && role.to < s.from && tokens[role.from]!.gap.includes("\n");
      const cellTitle = facts.cells[s.from] === 1 && rowTitle && !GIVEN_NAMES.has(first.key) && !first.initial;
      sure = !thing && !opening && !verbal && !cellTitle && !home && !region;
    } else if (!single && (GIVEN_NAMES.has(first.key) || first.initial || titledGiven(words, lex))) {
      // In a table a common word may end one cell and a name start the next ("Ross Dependency |
      // Tokelau"), and a cell may join places: "Filton and Bradley Stoke | Jack Lopresti".
      const cell = facts.cells[s.from] === 1;
      const joined = cell && !!before && before.gap === " " && lex.conjunctions.has(before.key) && placeBefore(tokens[s.from - 2]);
      sure = !joined && !words.some((w, k) => (k === words.length - 1 || (cell && k > 0 && w.cap)) && lexicalWord(w, facts, lex));
      // "the D.A. Davidson brokerage": initials between a determiner and a noun name a firm.
      if (first.initial && thingAfterDeterminer(tokens, s, lex)) sure = false;
      // "gratulierte auf X. Brüssel erwarte …", "in a post on X. White House press secretary …": one
      // letter after a preposition may end its sentence (not before a given name: "by J. Edgar Hoover").
      const letterEnds = words.length === 2 || !(GIVEN_NAMES.has(words[1]!.key) || words[1]!.initial);
      if (first.initial && letterEnds && !!before && lex.prepositions.has(before.key)) sure = false;
    } else if (single) sure = false;
    else {
      // The surname also stands alone: "Hori Parata" … "Parata said". In a table the words may
      // stand in different cells ("14 Kapiti | Wellington 42,700"), unless a sentence leads to them.
      const cell = facts.cells[s.from] === 1 && !(before && first.gap === " " && startsLower(before.text));
      // "Elvin R. Mitchell Jr." … "Mitchell was sentenced": the surname stands before a generation.
      const surname = words.length > 2 && isGeneration(last) ? words[words.length - 2]! : last;
      sure = !cell && !words.some(common) && !first.sentenceStart && (lone.has(surname.key) || speechNear(tokens, s, lex));
      // "Jane Smith of Scotland Yard said": the words after a name and its link are the name's body or place.
      if (placeAfterName(tokens, s.from, lex)) sure = false;
      // "A Gallup Korea poll": between a determiner and a lower-case noun, unknown words name a thing.
      if (thingAfterDeterminer(tokens, s, lex)) sure = false;
    }
    // Fields listed, not spread: V8 copies a spread object slowly (~40% of this function on long pages).
    // The rank that yielded is still held: "Sen." is a public office.
    const rankHeld = ranked && titled?.head.kind === "office";
    out.push({ from: s.from, to: s.to, honorific: s.honorific, sure, role, politician: cue || party !== null || rankHeld });
  }
  insideRoles(out, tokens, lex);
  personalOwners(out, tokens, lex, common);
  const plain = (c: Candidate) => !notListed.has(c.from) && !tokens.slice(c.from, c.to + 1).some(common);
  const joined = joinEnumerations(out, tokens, lex, plain);
  shareListRoles(joined, tokens, lex);
  return joined;
}
