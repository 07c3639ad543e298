import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { dottedWord, type RolePhrase } from "./role-phrase";
import { roleNoun, roleWord } from "./role-word";
import type { TextBodies } from "./bodies";
import { publicBodyAt } from "./public-body";
import { startsUpper } from "../text/char-class";

/** Whether a role is public office: true, false, or "relational" (as official as the person it relates to). */
export type Officialness = boolean | "relational";

/**
 * Decides office from the role's words. Offices are official unless they head a company or club
 * ("president of Acme Corp", "Präsident des Fußballvereins"); a spokesperson, leader or member
 * is official when a public body stands in the compound ("Regierungssprecherin", "Nato-Sprecher")
 * or in the role ("Sprecher der Grünen im Bundestag", "State Department deputy spokesperson").
 */
export function officialness(
  role: RolePhrase,
  tokens: readonly Token[],
  lex: Lexicon,
  bodies: TextBodies,
  lower: ReadonlySet<string>,
): Officialness {
  const owned = bodyOwned(role, tokens, lex, bodies);
  if (owned !== null) return owned;
  switch (role.head.kind) {
    case "office":
      return (
        publicOffice(role, tokens, lex, bodies) ||
        !(privateBody(role, tokens, lex, bodies) || employed(role, tokens, lex) || sharedWithBody(role, tokens, lex))
      );
    case "private":
      return partyExpert(role, tokens, lex) || agencyRole(role, tokens, lex, bodies);
    case "relational":
      return "relational";
    case "conditional":
      if (
        publicOffice(role, tokens, lex, bodies) ||
        otherOffice(role, tokens, lex) ||
        national(role, tokens, lex) ||
        (policyField(role, tokens, lex) && !privateBody(role, tokens, lex, bodies)) ||
        (formalTitle(role, tokens, lex, lower) && !privateBody(role, tokens, lex, bodies))
      )
        return true;
      // "seine Sprecherin Karoline Leavitt", "his spokesman": the owner's spokesperson or deputy.
      return ownedRole(role, tokens, lex) ? "relational" : false;
  }
}

/**
 * For the head of an organisation that a possessive points back to, whether the body named last
 * before it, in its sentence or the one before, is public: "Kritik kam vom Bundesrechnungshof.
 * Dessen Präsident Kay Scheller" is, "Die Welthungerhilfe … Deren Generalsekretär Mathias Mogge"
 * is not (nor is a body no list knows). Only capitalised words name one: "The Professional
 * Footballers' Association has threatened legal action. Its chief executive …". Null for another role.
 */
function bodyOwned(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: TextBodies): boolean | null {
  const owner = (k: number) => lex.bodyPossessives.has(tokens[k]?.key ?? "");
  const at = owner(role.from) ? role.from : owner(role.from - 1) ? role.from - 1 : -1;
  if (at < 0) return null;
  const noun = roleNoun(role.head, tokens[role.headAt]!.key);
  const head = role.head.kind === "office" ? lex.sharedOffices.has(noun) : role.head.kind === "conditional" && lex.bodyHeads.has(noun);
  if (!head) return null;
  const keyAt = (k: number) => tokens[k]?.key;
  for (let k = at - 1, starts = tokens[at]!.sentenceStart ? 1 : 0; k >= 0 && starts < 2; k--) {
    const t = tokens[k]!;
    if (t.sentenceStart) starts++;
    if (!startsUpper(t.text)) continue;
    if (privateWord(t.key, lex)) return false;
    if (bodies.public.has(t.key) || publicBodyAt(keyAt, k, lex) > 0 || lex.publicBodyEnd(t.key)) return true;
  }
  return publicOffice(role, tokens, lex, bodies);
}

/**
 * A public body in the role; one only in the head's compound yields to a private body after it,
 * as the compound tells the level of office: "Bundesvorsitzender des Fahrgastverbands", "Landesvorsitzende des Sozialverbands".
 */
function publicOffice(whole: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: TextBodies): boolean {
  const role = beforePrivateName(whole, tokens, lex);
  if (!publicBody(role, tokens, lex, bodies.public)) return false;
  if (!role.head.prefix) return true;
  const bare = { ...role, head: { ...role.head, prefix: "" } };
  return !privateBody(bare, tokens, lex, bodies) || publicBody(bare, tokens, lex, bodies.public);
}

/**
 * The role up to a private body's word that a link follows: the words after it name what the
 * association is of, not a public body: "president of the American | Federation of Government
 * Employees", "Präsident des | Verbands der …" (but "the Federation Council").
 */
function beforePrivateName(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): RolePhrase {
  for (let k = role.headAt + 1; k < role.to; k++)
    if (privateWord(tokens[k]!.key, lex) && lex.links.has(tokens[k + 1]!.key)) return { ...role, to: k - 1 };
  return role;
}

/**
 * Where nouns are written lower case, a capitalised one right before a name is a title of office:
 * "Speaker Mike Johnson", "Representative Alexandria Ocasio-Cortez" (but "a representative, …").
 * Alone at a sentence's start it may be any noun, unless the text never writes it lower case:
 * "Director David Lowery filmed …" in a text that speaks of a "director" elsewhere. A company's
 * titles are capitalised too: "Chief Financial Officer Sarah Friar".
 */
function formalTitle(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, lower: ReadonlySet<string>): boolean {
  const head = tokens[role.headAt]!;
  const next = tokens[role.to + 1];
  const opening = role.from === role.headAt && head.sentenceStart && lower.has(head.key);
  return (
    !lex.lang.capitalisedNouns &&
    role.headAt === role.to &&
    head.cap &&
    !opening &&
    !!next &&
    next.gap === " " &&
    (next.cap || next.initial) &&
    !companyTitle(role, tokens, lex)
  );
}

/** Whether the role ends in a company officer's title: "Nvidia | Chief Financial Officer". */
function companyTitle(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  let words = tokens[role.headAt]!.key;
  for (let k = role.headAt - 1; k >= role.from; k--) {
    words = `${tokens[k]!.key} ${words}`;
    if (lex.companyTitles.has(words)) return true;
  }
  return false;
}

/**
 * A public body in the head's compound or among the role's other words (a phrase of them within
 * the role). A body's word just before a branch's name names an association: "Kurdische Gemeinde
 * Deutschland" (but a state's compound does not: "Bundesrepublik Deutschland").
 */
export function publicBody(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: ReadonlySet<string>): boolean {
  const prefix = role.head.prefix;
  if (!privateCompound(prefix, lex) && lex.publicBodies.some((b) => inCompound(prefix, b))) return true;
  const keyAt = (k: number) => (k <= role.to ? tokens[k]!.key : undefined);
  for (let k = role.from; k <= role.to; k++) {
    if (k === role.headAt) continue;
    const key = tokens[k]!.key;
    if (privateCompound(key, lex)) continue;
    // "… and chief operating officer": where nouns stand apart, a role noun is no body a stem starts ("office").
    if (!lex.lang.compoundNouns && !lex.publicBodyWords.has(key) && roleWord(key, lex)) continue;
    if (lex.publicBodyWords.has(key) && k < role.to && branchAt(tokens, k + 1, lex)) continue;
    // "chair of the Police | Federation": a public body's word names whom an association's name after it gathers.
    const words = publicBodyAt(keyAt, k, lex);
    if (words === 1 && k < role.to && associationAt(tokens, k + 1, lex)) continue;
    if (bodies.has(key) || words > 0 || lex.publicBodyEnd(key)) return true;
    // "F.B.I.": a body's initials written with periods.
    const dotted = dottedWord(tokens, k);
    if (dotted && lex.publicBodyWords.has(dotted)) return true;
  }
  return false;
}

/** Letters of a public body's stem that, like initials, only start a compound's part. */
const SHORT_STEM = 3;

/**
 * Whether a compound's start holds a public body's stem: a longer one anywhere ("landesregierungs"),
 * a short one where a part starts ("SPD-Fraktions", "Ex-CIA-") or ends with a linking "s"
 * ("Ordnungsamts"), not elsewhere inside a word: the "nsa" of "Lufthansa-", the "amt" of "Gesamtbetriebsrats".
 */
function inCompound(prefix: string, stem: string): boolean {
  if (stem.length > SHORT_STEM) return prefix.includes(stem);
  return `-${prefix}`.includes(`-${stem}`) || `${prefix}-`.includes(`${stem}s-`);
}

/**
 * A compound whose last part is a company or club, whatever public body starts it: "Bundeswehrverband",
 * "Bundesverbands" (but not one joined by a hyphen to a public body's name: "CDU-Landesverband").
 * Where words stand apart, a private body's word that a public body's stem starts: "Federation" (not "Fed").
 */
const privateCompound = (key: string, lex: Lexicon) =>
  !key.includes("-") && lex.privateBody(key) && (lex.lang.compoundNouns || !lex.publicBodyWords.has(key));

/**
 * An office that associations have too, compounded with a body's name by a hyphen (`publicBody`
 * asks first): "Swissmem-Präsident", "SFV-Vizepräsident" (but not a modifier alone: "Ex-Präsident");
 * where nouns stand apart, after a body's initials: "TUC general secretary", "the RCN's general secretary".
 */
function sharedWithBody(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  const prefix = role.head.prefix;
  const noun = roleNoun(role.head, tokens[role.headAt]!.key);
  const pair = () => role.headAt > role.from && lex.sharedOffices.has(`${tokens[role.headAt - 1]!.key} ${noun}`);
  if (!lex.sharedOffices.has(noun) && !pair()) return false;
  if (prefix.includes("-")) return prefix.split("-").some((part) => part !== "" && !lex.modifiers.has(part));
  // The initials right before the office and its modifiers: not "the FTC under | President".
  let k = role.headAt - 1;
  while (k >= role.from && !bodyInitials(tokens[k]!, lex) && (lex.modifiers.has(tokens[k]!.key) || roleWord(tokens[k]!.key, lex))) k--;
  return k >= role.from && bodyInitials(tokens[k]!, lex);
}

/** An office at an employer that no public body names: "a vice president at KFF" (but "the president of Kenya"). */
function employed(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = role.headAt + 1; k < role.to; k++) if (lex.employerLinks.has(tokens[k]!.key)) return true;
  return false;
}

/** A nationality before a role noun that it makes the state's: "Russian leader", "China's top official". */
function national(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  if (!lex.nationalRoles.has(tokens[role.headAt]!.key)) return false;
  for (let k = role.from; k < role.headAt; k++) {
    const kind = lex.demonym(tokens[k]!.key);
    if (kind === "singular" || kind === "place") return true;
  }
  return false;
}

/** Whether a word's hyphen part opens with a party's name or ends with it: "Grünen-Fraktion", "Linksfraktion". */
const partyWord = (key: string, lex: Lexicon) =>
  key.split("-").some((part) => lex.parties.some((p) => part.startsWith(p) || part.endsWith(p)));

/**
 * An expert of a party or parliamentary group, who sits in parliament: "CDU-Außenexperte", "der
 * grüne Innenexperte", "der Gesundheitsexperte der Grünen-Fraktion" (but not "EU-Experte", nor "der
 * Europäischen Union").
 */
function partyExpert(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  const prefix = role.head.prefix;
  if (!lex.expertNouns.has(roleNoun(role.head, tokens[role.headAt]!.key))) return false;
  const first = prefix.includes("-") ? prefix.slice(0, prefix.indexOf("-")) : "";
  if (first && lex.parties.some((p) => first.startsWith(p))) return true;
  // "der grüne Innenexperte": a party's adjective, written lower case, before the noun.
  for (let k = role.from; k < role.headAt; k++) {
    const t = tokens[k]!;
    if (!t.cap && lex.parties.some((p) => t.key.startsWith(p))) return true;
  }
  for (let k = role.headAt + 1; k <= role.to; k++) {
    const before = tokens[k - 1]!.key;
    if ((lex.determiners.has(before) || lex.links.has(before)) && partyWord(tokens[k]!.key, lex)) return true;
  }
  return false;
}

/** A private role in a public body's service: "the chief executive of the HSE", "the state epidemiologist". */
const agencyRole = (role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: TextBodies) =>
  lex.agencyRoles.has(roleNoun(role.head, tokens[role.headAt]!.key)) &&
  publicOffice(role, tokens, lex, bodies) &&
  !privateBody(role, tokens, lex, bodies);

/** A policy adjective before the head: "der haushaltspolitische Sprecher" speaks for a parliamentary group. */
function policyField(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = role.from; k < role.headAt; k++) {
    const t = tokens[k]!;
    if (!t.cap && lex.policyAdjectives.some((stem) => t.key.includes(stem))) return true;
  }
  return false;
}

/** Whether a possessive pronoun opens the role: "seine Sprecherin", "her deputy". */
export function ownedRole(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = role.from; k < role.headAt; k++) if (lex.possessives.has(tokens[k]!.key)) return true;
  return lex.possessives.has(tokens[role.from - 1]?.key ?? "");
}

/** Whether token k names a branch after the capitalised name before it ("Amnesty | International"), not after a preposition ("für Deutschland"). */
function branchAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  return t.gap === " " && tokens[k - 1]!.cap && lex.branchNames.has(t.key);
}

/** Whether token k is an association's word (`memberBodies`) within the capitalised name before it: "Police | Federation". */
function associationAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  return t.gap === " " && t.cap && tokens[k - 1]!.cap && lex.memberBodies.has(t.key);
}

/** Letters of a body's initials, at least: "TUC", "NAACP" (not "US", "UK"). */
const MIN_INITIALS = 3;

/**
 * Whether token k is a body's initials right after the role's link or determiner, which no list
 * nor the text shows to be public (`publicBody` asks first): "president of the NAACP", "general
 * secretary of the TUC". A state is named by its name; unknown initials are an association's.
 */
function initialsAfterLink(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const before = tokens[k - 1]!.key;
  return (
    bodyInitials(tokens[k]!, lex) && !lex.publicBodyWords.has(tokens[k]!.key) && (lex.links.has(before) || lex.determiners.has(before))
  );
}

/** A body's initials, of three letters or more and no state's demonym: "TUC", "RCN's" (not "US", "UK"). */
function bodyInitials(t: Token, lex: Lexicon): boolean {
  const letters = t.text.slice(0, t.nameEnd - t.start);
  return letters.length >= MIN_INITIALS && letters === letters.toUpperCase() && letters !== t.key && lex.demonym(t.key) === null;
}

/** An office among the role's other words: "Leiter des Büros des Ministers". */
function otherOffice(role: RolePhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = role.from; k <= role.to; k++) if (k !== role.headAt && roleWord(tokens[k]!.key, lex)?.kind === "office") return true;
  return false;
}

/**
 * A company's or club's word, or one in any part of a hyphenated compound: "FC-Bayern-Präsident",
 * "des Ifo-Instituts".
 */
const privateWord = (key: string, lex: Lexicon) =>
  lex.privateBody(key) || (key.includes("-") && key.split("-").some((part) => part !== "" && lex.privateBody(part)));

/**
 * A company or club in the head's compound or among the role's other words ("Vereinspräsident",
 * "Dana F. Besecker Company"), a name the text gives a company elsewhere ("Mozilla Europe", and in
 * a compound "Bayern-Präsident" beside "FC Bayern"), or an association's branch ("Diakonie
 * Deutschland", "Amnesty International").
 */
function privateBody(role: RolePhrase, tokens: readonly Token[], lex: Lexicon, bodies: TextBodies): boolean {
  const prefix = role.head.prefix;
  if (prefix && privateWord(prefix, lex)) return true;
  const named = prefix.endsWith("-") ? prefix.slice(0, -1) : "";
  if (named && (bodies.private.has(named) || bodies.clubs.has(named))) return true;
  for (let k = role.from; k <= role.to; k++) {
    const t = tokens[k]!;
    if (k !== role.headAt && (privateWord(t.key, lex) || bodies.private.has(t.key))) return true;
    if (k > role.headAt + 1 && (branchAt(tokens, k, lex) || initialsAfterLink(tokens, k, lex))) return true;
  }
  // "Präsident des Deutschen Instituts für Wirtschaftsforschung (DIW), …": the body's initials after the role.
  const label = tokens[role.to + 1];
  return label?.gap === " (" && role.to > role.headAt && lex.privateBody(label.key);
}
