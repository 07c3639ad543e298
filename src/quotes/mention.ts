import type { Token } from "./tokens";
import {
  isBodyNoun,
  isDeterminer,
  isPersonNoun,
  isPluralPronoun,
  isPluralRole,
  isPluralVerb,
  isRoleWord,
  hasRole,
  type Lexicon,
} from "./lexicon";
import { isCapWord, isParticle } from "./names";
import { endsPossessive, startsLower } from "../text/char-class";
import { AGE } from "../text/age";

/** Who a verb of saying points at, as parsed from the words around it. */
export interface Mention {
  /**
   * name: "Claudia Major"; pronoun: "er"; role: a definite role without a name ("der Minister"),
   * to resolve to a person; group: said as written ("ein Sprecher", "das Ministerium");
   * place: "dort" pointing back at a document; impersonal: "es" in "hieß es", the writer's "ich",
   * or a plural "sie" ("stellten sie fest"): nobody named.
   */
  kind: "name" | "pronoun" | "role" | "group" | "place" | "impersonal";
  /** As written. */
  text: string;
  start: number;
  end: number;
  role: string | null;
  /** Lower-case head noun of a role or group ("minister"), else null. */
  head: string | null;
  /** Token index just after the mention (and its apposition). */
  next: number;
}

const MAX_NAME = 5;
/** Words a determiner may stand before its noun: "die langjährige frühere Nato-Sprecherin". */
const MAX_PHRASE = 6;
const MAX_APPOSITION = 10;

/** Parses a mention that starts at token `i` and ends before token `stop`. */
export function parseMention(text: string, tokens: readonly Token[], i: number, stop: number, lex: Lexicon): Mention | null {
  const t = wordAt(tokens, i, stop);
  if (!t || compoundTail(tokens, i)) return null;
  // "one partner wrote", "one of the people said": "one" before a noun is its determiner, no expletive.
  const determines = lex.indefinite.has(t.lower) && lex.expletives.has(t.lower);
  const phrase = determines ? nounPhrase(text, tokens, i, stop, lex) : null;
  if (phrase) return phrase;
  // "One said", "one of them": one of a group named before, which `Registry.resolve` takes up.
  const part = lex.partitives.has(t.lower) ? partOfGroup(text, tokens, i, stop, lex) : null;
  if (part) return part;
  // "hieß es", the writer ("said I"), or several people ("stellten sie fest"): nobody the text names.
  if (lex.expletives.has(t.lower) || lex.writer.has(t.lower) || isPluralPronoun(tokens, i, lex)) return simple("impersonal", t, i);
  // "they": several people, whom only a group named just before can stand for (`Registry.resolve`).
  if (lex.groupPronouns.has(t.lower) && !lex.pronouns.has(t.lower)) return simple("impersonal", t, i);
  if (lex.pronouns.has(t.lower)) return simple("pronoun", t, i);
  if (lex.placeRefs.has(t.lower)) return simple("place", t, i);
  if (isDeterminer(t.lower, lex)) {
    const m = nounPhrase(text, tokens, i, stop, lex);
    // Beside a plural verb a definite noun for persons or bodies is several of them or a party,
    // said as written: "Die Forscher stellten fest", "Die Grünen erklärten", not one person named before.
    const speaks = m?.kind === "role" && m.head !== null && (isPersonNoun(lex, m.head) || isBodyNoun(lex, m.head));
    const plural = speaks && (isPluralVerb(tokens[i - 1], lex) || isPluralVerb(tokens[m.next], lex));
    return plural ? { ...m, kind: "group" } : m;
  }
  const linked = pluralLinked(text, tokens, i, stop, lex);
  if (linked) return linked;
  if (!t.cap) return titledName(text, tokens, i, stop, lex);
  // "China's commerce ministry said": a name with a possessive "’s" stands as a determiner
  // ("RedMonk’s Rachel Stephens" is the name after it).
  if (endsPossessive(t.lower) && !tokens[i + 1]?.cap) return nounPhrase(text, tokens, i, stop, lex);
  const run = nameRun(tokens, i, stop, lex);
  if (!run) return null;
  return withApposition(text, tokens, coordinated(text, tokens, run, stop, lex), stop, lex);
}

/**
 * "One" alone before its verb or the end ("One said", "said another."), or with the group it is
 * part of: "one of them" (a pronoun: the group named before), "one of the nurses" (said as written).
 */
function partOfGroup(text: string, tokens: readonly Token[], i: number, stop: number, lex: Lexicon): Mention | null {
  const t = tokens[i]!;
  const next = wordAt(tokens, i + 1, stop);
  if (!next || lex.verbs.has(next.lower)) return simple("impersonal", t, i);
  const of = wordAt(tokens, i + 2, stop);
  if (!lex.prepositions.has(next.lower) || !of || of.cap) return null;
  if (!isArticle(of.lower, lex) && !lex.possessives.has(of.lower)) {
    const end = tokens[i + 2]!.end;
    return { kind: "impersonal", text: text.slice(t.start, end), start: t.start, end, role: null, head: null, next: i + 3 };
  }
  // "some of the officials": a part of people the lists know keeps its noun as its head.
  const phrase = nounPhrase(text, tokens, i, stop, lex);
  if (phrase) return phrase;
  let j = i + 3;
  while (j < stop && j < i + 3 + MAX_PHRASE && tokens[j]!.kind === "word" && !lex.verbs.has(tokens[j]!.lower)) j++;
  if (j === i + 3) return null;
  const end = tokens[j - 1]!.end;
  return { kind: "group", text: text.slice(t.start, end), start: t.start, end, role: null, head: null, next: j };
}

/** Letters a lower-case noun before a name holds at least for its agent ending to count: "librarian". */
const MIN_AGENT = 5;

/** A lower-case noun for a person by its ending, no closed-class word ("after", "never"). */
function agentNoun(w: string, lex: Lexicon): boolean {
  if (w.length < MIN_AGENT || !lex.agentEndings.some((e) => w.endsWith(e))) return false;
  return !lex.prepositions.has(w) && !lex.conjunctions.has(w) && !lex.notNames.has(w) && !lex.verbs.has(w);
}

/**
 * A name after its lower-case role noun, no article: "said spokeswoman Jane Porter", or after a
 * noun no list holds that names a person by its ending: "says librarian Ruth Ann Hartley".
 */
function titledName(text: string, tokens: readonly Token[], i: number, stop: number, lex: Lexicon): Mention | null {
  const t = tokens[i]!;
  if (!tokens[i + 1]?.cap || (!isRoleWord(lex, t.text, t.lower) && !agentNoun(t.lower, lex))) return null;
  const named = nameRun(tokens, i + 1, stop, lex);
  if (named?.kind !== "name" || named.role) return null;
  return withApposition(text, tokens, { ...named, role: t.text }, stop, lex);
}

/**
 * Several people of a body, said as written with it: "Analysts at Rhodium Group said", "“…,”
 * economists at Goldman Sachs wrote", "Vertreter der Industrie erklärten" — not "Analysts" alone,
 * nor the body, which a preposition or the genitive governs.
 */
function pluralLinked(text: string, tokens: readonly Token[], i: number, stop: number, lex: Lexicon): Mention | null {
  const t = tokens[i]!;
  const link = tokens[i + 1]?.lower ?? "";
  const genitive = lex.genitiveLinks.has(link);
  const plural = isPluralRole(lex, t.lower, null);
  if (!(lex.bodyLinks.has(link) || genitive) || !(plural || (genitive && isPersonNoun(lex, t.lower)))) return null;
  const end = bodyLinked(tokens, i + 1, stop, lex);
  if (end === i + 1) return null;
  // A noun whose plural looks like its singular ("Vertreter", "Abgeordnete") is several by the verb after.
  if (!plural && !isPluralVerb(tokens[end], lex)) return null;
  return {
    kind: "group",
    text: text.slice(t.start, tokens[end - 1]!.end),
    start: t.start,
    end: tokens[end - 1]!.end,
    role: null,
    head: t.lower,
    next: end,
  };
}

/** Parses the mention that ends right before token `end`, starting no earlier than `floor`. */
export function parseMentionBefore(text: string, tokens: readonly Token[], end: number, floor: number, lex: Lexicon): Mention | null {
  // "Mike Johnson (R-Louisiana) said", "Stark-Watzinger (FDP) sagte": a party or state in
  // parentheses stands between the name and its verb.
  const open = Math.min(parenthesisBefore(tokens, end, floor), partyStateBefore(tokens, end, floor));
  if (open < end) {
    const m = parseMentionBefore(text, tokens, open, floor, lex);
    return m && { ...m, next: end };
  }
  let e = end;
  let role: string | null = null;
  // "Lee, the Democratic Party leader, said": step back over the apposition.
  // "Harlow, 68, recalled": an age set off by commas stands between name and verb.
  const relative = relativeClauseBefore(tokens, e, floor, lex);
  // "Jacqueline Starr, the chief executive of the Rail Delivery Group, which represents train
  // operators, said": an apposition may stand before the relative clause.
  const apposed = relative >= 0 ? parseMentionBefore(text, tokens, relative + 1, floor, lex) : null;
  if (apposed) return { ...apposed, next: end };
  // "One Labour MP who signed the letter said": the noun before a relative clause without commas
  // speaks, not the clause's object.
  const restrictive = relative < 0 ? restrictiveBefore(tokens, e, floor, lex) : -1;
  const head = restrictive > floor ? parseMentionBefore(text, tokens, restrictive, floor, lex) : null;
  if (head) return { ...head, next: end };
  if (relative >= 0) e = relative;
  else if (tokens[e - 1]?.text === "," && AGE.test(tokens[e - 2]?.text ?? "") && tokens[e - 3]?.text === "," && e - 3 > floor) e -= 3;
  else if (tokens[e - 1]?.text === ",") {
    // "Der Chef der Jungen Gruppe, Pascal Reddig (CDU), sprach": the party stands inside the commas.
    const inner = parenthesisBefore(tokens, e - 1, floor);
    for (let k = inner - 1; k >= Math.max(floor, e - MAX_APPOSITION); k--) {
      if (tokens[k]?.kind !== "word") {
        if (tokens[k]?.text === ",") {
          // "Its president, Dr Adrian Boyle, said": a name after its short title is no role phrase.
          const titled = parseMention(text, tokens, k + 1, inner, lex);
          const title = titled?.role?.toLowerCase().replace(/\./g, "").split(" ") ?? [];
          const short = title.length > 0 && title.every((w) => lex.abbreviations.has(w));
          if (titled?.kind === "name" && short && titled.next === inner) return { ...titled, next: end };
          // "Die Vorsitzende der Konferenz, Sachsen-Anhalts Ressortchefin Petra Grimm-Benne, sagte":
          // a name with a role of its own set off after the role; one opening with a particle is the
          // role's body ("Sam Altman, Chef von OpenAI, sagte").
          if (titled?.kind === "name" && titled.role && titled.next === inner && !startsLower(titled.text)) return { ...titled, next: end };
          // "Rory Deighton, from the NHS Confederation, warned", "The White House budget office,
          // in a statement, said": a phrase set off after the subject that a preposition opens.
          const from = beforeSetOff(text, tokens, k, inner, floor, lex);
          if (from) return { ...from, next: end };
          role = rolePhrase(text, tokens, k + 1, inner, lex);
          // "Sen. Susan Collins, R-Maine, the chair of …, said": a party and state may stand before the role.
          if (role) e = Math.min(k, partyStateBefore(tokens, k + 1, floor));
          // "Der Präsident des BDI, Siegfried Russwurm, sagte", "Deren Verhandlungsführer, Cedric
          // Schuster aus Samoa, sprach": the name set off after its role, where it is from included.
          const name = role ? null : titled;
          if (name?.kind === "name" && originEnd(tokens, name.next, inner, lex) === inner) return { ...name, next: end };
        }
        break;
      }
    }
    if (e === end) return null;
  }
  // The end of the names parsed so far that a preposition follows or precedes: a word inside one
  // starts no mention ("Jeffries" of "Hakeem Jeffries | of New York", "York" of "of New York").
  let covered = -1;
  for (let s = Math.max(floor, e - MAX_PHRASE - 1); s < e; s++) {
    const m = parseMention(text, tokens, s, e, lex);
    // A noun after a preposition is no subject: "versehen mit der Aufforderung:".
    const before = tokens[s - 1]?.lower ?? "";
    // Nor is a second name after "und", or a noun after its article: the phrase starts earlier.
    const inside = lex.conjunctions.has(before) || isDeterminer(before, lex);
    // "Minister for | Health Stephen Donnelly said": after a title's link the portfolio and the name speak.
    const title = tokens[s - 2];
    const portfolio = !!title?.cap && lex.roles.has(title.lower) && m?.kind === "name";
    if (m && m.next === e && (!lex.prepositions.has(before) || portfolio) && !inside && (s >= covered || portfolio))
      return { ...m, role: role ?? m.role, next: end };
    // "In ihrem jüngsten Bericht schrieb": nor does a word of a phrase a preposition governs.
    if (m && (lex.prepositions.has(before) || (tokens[s]!.cap && lex.prepositions.has(tokens[m.next]!.lower))))
      covered = Math.max(covered, m.next);
  }
  const m = affiliated(text, tokens, e, floor, lex);
  return m && { ...m, role: role ?? m.role };
}

/** Tokens a parenthesis after a name may span: "(FDP)", "(CDU/CSU)", "(D-N.Y.)". */
const MAX_PARENTHESIS = 6;

/** A party's initial and a state, the shape US reporting sets off by commas: "R-S.D.", "D-N.Y.", "R-Ohio". */
const PARTY_STATE = /^\p{Lu}-\p{Lu}/u;

/** The comma opening ", R-S.D.," right before `end` ("John Thune, R-S.D., said"), else `end`. */
export function partyStateBefore(tokens: readonly Token[], end: number, floor: number): number {
  if (tokens[end - 1]?.text !== ",") return end;
  const k = tokens[end - 2]?.text === "." ? end - 3 : end - 2;
  return k - 1 > floor && PARTY_STATE.test(tokens[k]?.text ?? "") && tokens[k - 1]?.text === "," ? k - 1 : end;
}

/** The "(" of a parenthesis that ends right before token `end`, else `end`. */
function parenthesisBefore(tokens: readonly Token[], end: number, floor: number): number {
  if (tokens[end - 1]?.text !== ")") return end;
  for (let j = end - 2; j > floor && j >= end - MAX_PARENTHESIS; j--) if (tokens[j]!.text === "(") return j;
  return end;
}

/** Tokens a relative clause between a name and its verb may span: ", which is struggling under £20bn of debt,". */
const MAX_RELATIVE = 16;

/**
 * The comma that opens a relative clause ending in the comma right before `end`, else -1:
 * "Thames Water, which is struggling under debt, said".
 */
function relativeClauseBefore(tokens: readonly Token[], end: number, floor: number, lex: Lexicon): number {
  if (tokens[end - 1]?.text !== ",") return -1;
  for (let k = end - 2; k > floor && k >= end - MAX_RELATIVE; k--) {
    const t = tokens[k]!;
    if (t.kind === "quote" || t.kind === "break") return -1;
    if (t.text !== ",") continue;
    // "Eine Rentnerin, die ihren Namen nicht nennen möchte, sagt": a relative pronoun opens a
    // clause that ends in its verb, not an apposition ("Merkel, die frühere Kanzlerin, sagte").
    const opener = tokens[k + 1]?.lower ?? "";
    const relative = lex.relativePronouns.has(opener) && startsLower(tokens[end - 2]!.text);
    return (lex.subordinators.has(opener) || relative) && k + 2 < end - 1 ? k : -1;
  }
  return -1;
}

/**
 * The mention before the comma at `comma` when a phrase that a preposition opens fills the words
 * from it up to `end`: "Rory Deighton, from the NHS Confederation,", "The agency, in a statement,".
 */
function beforeSetOff(text: string, tokens: readonly Token[], comma: number, end: number, floor: number, lex: Lexicon): Mention | null {
  if (!lex.prepositions.has(tokens[comma + 1]?.lower ?? "") || comma + 2 >= end) return null;
  const who = parseMentionBefore(text, tokens, comma, floor, lex);
  return who && who.kind !== "place" && who.kind !== "impersonal" ? who : null;
}

/**
 * The relative pronoun opening a clause without commas that runs up to `end`, in a language that
 * writes such clauses without them ("officials who spoke on condition of anonymity said"), else -1.
 */
function restrictiveBefore(tokens: readonly Token[], end: number, floor: number, lex: Lexicon): number {
  // "in a state that …": after an article or preposition the verb's word is a noun.
  const prev = tokens[end - 1]?.lower ?? "";
  if (lex.capitalisedNouns || isArticle(prev, lex) || lex.possessives.has(prev) || lex.prepositions.has(prev)) return -1;
  for (let k = end - 2; k > floor && k >= end - MAX_RELATIVE; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return -1;
    // ", who it said was": a clause set off by a comma is another's.
    if (lex.relativePronouns.has(t.lower)) return tokens[k - 1]?.kind === "word" ? k : -1;
  }
  return -1;
}

/**
 * The name or person before an affiliation or origin that ends right before `end`: "Marcel
 * Fratzscher vom DIW sagte", "Maria Gonzalez of Brookings said", "a woman from Leicester told
 * me" — the body or place is where the speaker works or lives, not the speaker.
 */
function affiliated(text: string, tokens: readonly Token[], end: number, floor: number, lex: Lexicon): Mention | null {
  for (let k = end - 2; k > floor && k >= end - MAX_PHRASE; k--) {
    const link = tokens[k]!;
    if (link.kind !== "word" || !lex.roleLinks.has(link.lower) || !lex.prepositions.has(link.lower)) continue;
    if (parseMention(text, tokens, k + 1, end, lex)?.next !== end) return null;
    const m = parseMentionBefore(text, tokens, k, floor, lex);
    // "an 82-year-old woman from Leicester told me": a person said as written comes from a place too.
    const person = m?.kind === "name" || (m?.kind === "group" && m.head !== null && isPersonNoun(lex, m.head));
    if (!person) return null;
    // "a woman from Leicester": an unnamed person keeps where they are from.
    if (m.kind === "group" && m.next === k && originEnd(tokens, k, end, lex) === end) {
      return { ...m, text: m.text + text.slice(m.end, tokens[end - 1]!.end), end: tokens[end - 1]!.end, next: end };
    }
    return { ...m, next: end };
  }
  return null;
}

/** The last part of a compound joined to a quote by a hyphen: "Prinzips" in "des „Magic Cleaning“-Prinzips". */
function compoundTail(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  return dash?.text === "-" && dash.end === tokens[i]!.start && tokens[i - 2]?.end === dash.start;
}

function simple(kind: Mention["kind"], t: Token, i: number): Mention {
  return { kind, text: t.text, start: t.start, end: t.end, role: null, head: null, next: i + 1 };
}

function wordAt(tokens: readonly Token[], i: number, stop: number): Token | null {
  const t = tokens[i];
  return i < stop && t?.kind === "word" ? t : null;
}

/** Two names joined by "und"/"and" speak together: "schreiben Berlin und Paris". */
function coordinated(text: string, tokens: readonly Token[], m: Mention, stop: number, lex: Lexicon): Mention {
  if (m.kind !== "name" || !lex.conjunctions.has(tokens[m.next]?.lower ?? "")) return m;
  const other = nameRun(tokens, m.next + 1, stop, lex);
  if (other?.kind !== "name" || other.role) return m;
  return { ...m, text: text.slice(m.start, other.end), end: other.end, next: other.next };
}

/** Capitalised words from `i`, a leading role split off: "US-Außenminister Marco Rubio". */
function nameRun(tokens: readonly Token[], i: number, stop: number, lex: Lexicon): Mention | null {
  const run: number[] = [];
  for (let j = i; j < stop && run.length < MAX_NAME; j++) {
    const w = wordAt(tokens, j, stop);
    if (!w) break;
    if (!isCapWord(w, lex) && !(run.length > 0 && isParticle(tokens, j, lex))) break;
    run.push(j);
    // "Mr. Reeves", "Sen. Warren", "William G. Gale": an abbreviation's or an initial's period
    // stays inside the name.
    const short = lex.abbreviations.has(w.lower) || (w.cap && w.text.length === 1);
    if (tokens[j + 1]?.text === "." && short && tokens[j + 2]?.cap) j++;
  }
  if (run.length === 0) return null;
  // "Stack Overflow’s analysis", "the Obama administration’s": a name before a possessive names an owner's part.
  const owner = tokens[run[run.length - 1]! + 1];
  if (owner?.kind === "word" && endsPossessive(owner.lower)) return null;
  let r = -1;
  // "Officials said": a plural role noun is a role too, said as written. So is an office the people
  // engine alone lists before a name: "Stadtrat Thomas Meier", "FDP-Nationalrat Josef Dittli" (their
  // nouns name bodies too, which would make the run a body's name).
  for (const [k, j] of run.entries()) {
    const w = tokens[j]!.lower;
    if (lex.roles.has(w) || isPluralRole(lex, w, null) || (k < run.length - 2 && lex.persons.has(w))) r = k;
  }
  const first = tokens[run[0]!]!;
  const last = tokens[run[run.length - 1]!]!;
  const next = run[run.length - 1]! + 1;
  if (r === run.length - 1) {
    // A role without article or name ("Officials said") is said as written.
    return { kind: "group", text: span(tokens, run[0]!, next), start: first.start, end: last.end, role: null, head: last.lower, next };
  }
  const nameStart = tokens[run[r + 1]!]!;
  const body = run.slice(r + 1).some((j) => lex.bodies.has(tokens[j]!.lower));
  const role = r >= 0 ? span(tokens, run[0]!, run[r + 1]!) : null;
  const kind = body && lex.capitalisedNouns ? "group" : "name";
  return { kind, text: span(tokens, run[r + 1]!, next), start: nameStart.start, end: last.end, role, head: null, next };
}

const DIGITS = /^\d+$/;

/** "der Minister", "ein Sprecher", "die langjährige frühere Nato-Sprecherin Oana Lungescu". */
function nounPhrase(text: string, tokens: readonly Token[], i: number, stop: number, lex: Lexicon): Mention | null {
  const det = tokens[i]!;
  let head = -1;
  /** A preposition stood between the determiner and here: "a low scrape of", "la titular de". */
  let linked = false;
  for (let j = i + 1; j < stop && j <= i + MAX_PHRASE; j++) {
    const w = wordAt(tokens, j, stop);
    // A clause boundary ends the phrase before its noun: "the bottom line is that the Government".
    if (!w || lex.complementizers.has(w.lower) || lex.auxiliaries.has(w.lower)) return null;
    // "one of the officials", "einer von ET-News’ Insidern", "eine meiner Leserinnen": a part of them.
    const partitive = j === i + 1 && lex.indefinite.has(det.lower);
    // Another phrase ends this one, unless a preposition opens it: "a year later the White House",
    // "his chair" in "a low scrape of his chair", not "la titular de la DRELM".
    const opens = lex.possessives.has(w.lower) || (isArticle(w.lower, lex) && !lex.prepositions.has(tokens[j - 1]!.lower));
    if (opens && !partitive) return null;
    if (lex.prepositions.has(w.lower) && !partitive) linked = true;
    // "Kommunikations- und Konfliktexperte": the head is the last part.
    if (truncated(tokens, j, lex)) {
      j += 2;
      continue;
    }
    const role = isRoleWord(lex, w.text, w.lower) || isPluralRole(lex, w.lower, det.lower);
    if (role || lex.bodies.has(w.lower) || (w.cap && lex.capitalisedNouns)) {
      // The noun of a complement is not the phrase's head: "the opposite of an authority".
      if (linked) return null;
      head = j;
      // "the prime minister’s official spokesperson": a role word before another qualifies it
      // (German joins such words into one).
      while (
        role &&
        !lex.capitalisedNouns &&
        head + 1 < stop &&
        tokens[head + 1]?.kind === "word" &&
        isRoleWord(lex, tokens[head + 1]!.text, tokens[head + 1]!.lower)
      )
        head++;
      // "der Paritätische Gesamtverband", "das Berliner Innenministerium": a capitalised adjective
      // is part of a body's name, and the body's noun heads the phrase.
      const body = wordAt(tokens, j + 1, stop);
      if (!role && body?.cap && lex.bodies.has(body.lower)) head = j + 1;
      break;
    }
    if (w.cap) {
      // "the BBC", "the Interior Ministry": a run of capitals ends the phrase.
      head = j;
      while (tokens[head + 1]?.cap && head + 1 < stop) head++;
      // "a No 10 spokesperson": a number ends a name ("No 10", "Area 51") before a role or body noun.
      const noun = wordAt(tokens, head + 2, stop)?.lower ?? "";
      if (DIGITS.test(tokens[head + 1]?.text ?? "") && (lex.roles.has(noun) || lex.bodies.has(noun))) head++;
      // "the Nazi leader", "the Obama administration": a role or body noun after the capitals is the head.
      const after = wordAt(tokens, head + 1, stop);
      if (after && !linked && (lex.roles.has(after.lower) || lex.bodies.has(after.lower))) {
        head++;
        // "a German government spokesperson": a role noun after the body heads the phrase.
        if (lex.bodies.has(after.lower) && isRoleWord(lex, tokens[head + 1]?.text ?? "", tokens[head + 1]?.lower ?? "") && head + 1 < stop)
          head++;
      }
      // "The Obama administration’s first comments": the phrase owns the subject, it is none.
      else if (after && endsPossessive(after.lower)) return null;
      // "the White House budget office", "the Kremlin press secretary": a noun before the head.
      else if (after && !linked && compoundHead(tokens, head + 2, stop, lex)) head += 2;
      break;
    }
  }
  if (head < 0 || !(lex.roles.has(tokens[head]!.lower) || lex.bodies.has(tokens[head]!.lower))) {
    head = Math.max(head, unlistedHead(tokens, i, stop, lex));
  }
  if (head < 0) return null;
  head = roleAfterName(tokens, head, stop, lex);
  const h = tokens[head]!;
  // "die Beamten", "the officials": several people, said as written, no one person named before.
  const plural = isPluralRole(lex, h.lower, det.lower);
  const isRole = hasRole(lex, h.lower) && !plural;
  // "die Datenschutzbehörde Nordrhein-Westfalen", "der Konzern Volkswagen": where nouns are
  // capitalised, capitals after a body's noun name the body, not a person.
  const bodyName = lex.capitalisedNouns && !isRole && lex.bodies.has(h.lower) && !isPersonNoun(lex, h.lower);
  const named = isRole || (lex.capitalisedNouns && !bodyName) ? nameRun(tokens, head + 1, stop, lex) : null;
  // "der Vorsitzende Richter Winfried van der Grinten": a role of its own before the name joins the head's.
  if (named && named.kind === "name") {
    return withApposition(text, tokens, { ...named, role: text.slice(tokens[i + 1]!.start, named.start).trimEnd() }, stop, lex);
  }
  // "Die Intendantin der Schaubühne, Anna Meier,": a noun for a person in no listed office names
  // her in commas too.
  const apposed = isRole || !plural ? nameInCommas(text, tokens, i, head, stop, lex) : null;
  if (apposed && (isRole || isPersonNoun(lex, h.lower))) return apposed;
  let end = bodyName && isCapWord(tokens[head + 1], lex) ? properName(tokens, head + 1, stop) : head + 1;
  // A genitive complement belongs to the phrase: "ein Mitarbeiter des Innenministeriums".
  const gen = wordAt(tokens, end, stop);
  if (gen && lex.definite.has(gen.lower) && lex.capitalisedNouns) {
    for (let j = end + 1; j < stop && j <= end + MAX_PHRASE; j++) {
      const w = wordAt(tokens, j, stop);
      if (!w) break;
      if (w.cap) {
        end = beforeMedium(tokens, j, properName(tokens, j, stop), lex);
        break;
      }
    }
  }
  // "ein Student aus Augsburg": where a person is from belongs to the phrase.
  if (end === head + 1 && isPersonNoun(lex, h.lower)) end = originEnd(tokens, end, stop, lex);
  // "a spokeswoman for the Trump campaign", "ein Sprecher von Vodafone": the body a role speaks
  // for belongs to the phrase. A German role noun is capitalised like a name, but has no name's links.
  if (isRole && end === head + 1 && (!h.cap || lex.capitalisedNouns)) end = bodyLinked(tokens, end, stop, lex);
  // "the New Zealand Department of Conservation": an organisation's name runs on over its links.
  else if (h.cap) end = linkedName(tokens, end, stop, lex);
  const written = text.slice(det.start, tokens[end - 1]!.end);
  const asWritten = det.cap && endsPossessive(det.lower) ? written : det.text[0]!.toLowerCase() + written.slice(1);
  // "der Minister" stands for a person named before, and so does "der Franzose" (a noun that names
  // no body); "ein Sprecher", "sein Sprecher" do not.
  const acronym = h.text === h.text.toUpperCase();
  const body = lex.bodies.has(h.lower) || acronym || !lex.capitalisedNouns;
  const kind = lex.definite.has(det.lower) && !plural && (isRole || !body) ? "role" : "group";
  return { kind, text: asWritten, start: det.start, end: tokens[end - 1]!.end, role: null, head: h.lower, next: end };
}

/** The token index after a place of origin at `end` ("aus Augsburg", "from Leicester"), else `end`. */
function originEnd(tokens: readonly Token[], end: number, stop: number, lex: Lexicon): number {
  if (!lex.originLinks.has(tokens[end]?.lower ?? "")) return end;
  let e = end + 1;
  while (e < stop && e <= end + MAX_NAME && isCapWord(tokens[e], lex)) e++;
  return e > end + 1 ? e : end;
}

/**
 * The last word of an indefinite phrase that fills all up to a verb of saying at `stop`, where
 * it names a person by its ending: a noun no list holds ("a Singapore-based trader said"). Else -1.
 */
function unlistedHead(tokens: readonly Token[], i: number, stop: number, lex: Lexicon): number {
  const last = tokens[stop - 1];
  if (!lex.indefinite.has(tokens[i]!.lower) || stop - i > MAX_PHRASE || last?.kind !== "word" || last.cap) return -1;
  if (!lex.verbs.has(tokens[stop]?.lower ?? "") || !lex.agentEndings.some((e) => last.lower.endsWith(e))) return -1;
  for (let j = i + 1; j < stop; j++) {
    const w = tokens[j]!;
    const closed = lex.prepositions.has(w.lower) || lex.conjunctions.has(w.lower) || lex.notNames.has(w.lower) || lex.verbs.has(w.lower);
    if (w.kind !== "word" || closed || lex.pronouns.has(w.lower) || lex.auxiliaries.has(w.lower) || lex.modals.has(w.lower)) return -1;
  }
  return stop - 1 > i ? stop - 1 : -1;
}

/** The role noun after an organisation's name of several words, which heads the phrase, else `head`: "a Department of Health spokesman". */
function roleAfterName(tokens: readonly Token[], head: number, stop: number, lex: Lexicon): number {
  if (!tokens[head]!.cap) return head;
  let end = linkedName(tokens, head + 1, stop, lex);
  // "a Department of Health and Social Care spokesperson": capitals joined by "and" go on to the role.
  if (end > head + 1 && lex.conjunctions.has(tokens[end]?.lower ?? "") && tokens[end + 1]?.cap) {
    let e = end + 1;
    while (e < stop && tokens[e]!.kind === "word" && tokens[e]!.cap) e++;
    const role = wordAt(tokens, e, stop);
    if (role && isRoleWord(lex, role.text, role.lower)) end = e;
  }
  const w = wordAt(tokens, end, stop);
  return end > head + 1 && w && isRoleWord(lex, w.text, w.lower) ? end : head;
}

/** Whether token `j` is a role or body noun after a lower-case noun that is no verb: "office" of "budget office". */
function compoundHead(tokens: readonly Token[], j: number, stop: number, lex: Lexicon): boolean {
  const w = wordAt(tokens, j, stop);
  const noun = tokens[j - 1]!;
  if (!w || w.cap || noun.cap || lex.verbs.has(noun.lower) || lex.auxiliaries.has(noun.lower) || lex.prepositions.has(noun.lower))
    return false;
  return lex.roles.has(w.lower) || lex.bodies.has(w.lower);
}

/** An article, no number or quantifier ("the two officials"). */
const isArticle = (w: string, lex: Lexicon) => lex.definite.has(w) || (lex.indefinite.has(w) && !lex.plural.has(w));

/** The first part of a coordinated compound: "Kommunikations-" in "Kommunikations- und Konfliktexperte". */
const truncated = (tokens: readonly Token[], j: number, lex: Lexicon) =>
  tokens[j + 1]?.text === "-" && lex.conjunctions.has(tokens[j + 2]?.lower ?? "");

/** The token index after capitals joined by name links from `end` on: "of Conservation". */
function linkedName(tokens: readonly Token[], end: number, stop: number, lex: Lexicon): number {
  while (end + 1 < stop && lex.nameLinks.has(tokens[end]!.lower) && tokens[end + 1]!.cap) {
    end += 2;
    while (end < stop && tokens[end]!.kind === "word" && tokens[end]!.cap) end++;
  }
  return end;
}

/**
 * The token index after a body linked to a role at `end`, else `end`: "for the Trump campaign",
 * "for Thames Water", "for the company" — capitals and a body noun after them, or a body noun
 * after an article, up to a verb or punctuation.
 */
function bodyLinked(tokens: readonly Token[], end: number, stop: number, lex: Lexicon): number {
  if (!lex.bodyLinks.has(tokens[end]?.lower ?? "") && !lex.genitiveLinks.has(tokens[end]?.lower ?? "")) return end;
  let k = end + 1;
  const article = lex.definite.has(tokens[k]?.lower ?? "");
  if (article) k++;
  let e = k;
  while (e < stop && isCapWord(tokens[e], lex)) e++;
  if (e > k) e = linkedName(tokens, e, stop, lex);
  const body = wordAt(tokens, e, stop);
  if (body && lex.bodies.has(body.lower) && (e > k || article)) e++;
  // The body ends where the clause goes on, at a verb or punctuation: "for the Universities and
  // Colleges Employers’ Association" is read no further than it can be. Where nouns are
  // capitalised, any lower-case word goes on with the clause: "von Vodafone wies … zurück".
  const next = tokens[e];
  const goesOn = next?.kind === "word" && lex.capitalisedNouns && !next.cap;
  const ends = !next || next.kind !== "word" || lex.verbs.has(next.lower) || lex.auxiliaries.has(next.lower) || goesOn;
  return e > k && ends ? e : end;
}

/** Words of a role's complement before a name in commas: "of Ennahda" in "The leader of Ennahda, Rachid Ghannouchi,". */
const MAX_COMPLEMENT = 5;

/** "The leader of Ennahda, Rachid Ghannouchi, …": the name in commas after a role phrase. */
function nameInCommas(text: string, tokens: readonly Token[], i: number, head: number, stop: number, lex: Lexicon): Mention | null {
  let j = head + 1;
  while (j < stop && j <= head + MAX_COMPLEMENT && tokens[j]?.kind === "word" && (tokens[j]!.cap || lex.roleLinks.has(tokens[j]!.lower)))
    j++;
  if (tokens[j]?.text !== ",") return null;
  const named = nameRun(tokens, j + 1, stop, lex);
  if (named?.kind !== "name" || named.role || tokens[named.next]?.text !== ",") return null;
  const role = text.slice(tokens[i + 1]!.start, tokens[j - 1]!.end);
  return { ...named, role, next: named.next + 1 };
}

/** Short lower-case words a proper name may hold: "de", "et", "des" in "Police de l’Air et des Frontières". */
const MAX_LINK = 3;
const ELIDED = /^\p{Ll}{1,4}['’]\p{Lu}/u;

/**
 * The token index after a proper name starting at capitalised token `j`: capitals, elided words
 * ("l’Air") and short links between capitals ("de", "et").
 */
function properName(tokens: readonly Token[], j: number, stop: number): number {
  let end = j + 1;
  for (let k = j + 1; k < stop && tokens[k]?.kind === "word"; k++) {
    const w = tokens[k]!;
    if (w.cap || ELIDED.test(w.text)) end = k + 1;
    else if (w.text.length > MAX_LINK) break;
  }
  return end;
}

/**
 * The end of a genitive's name before a medium it runs into, else `end`: the medium is the one
 * spoken to, "ein Sprecher des Innenministeriums | der Deutschen Presse-Agentur".
 */
function beforeMedium(tokens: readonly Token[], j: number, end: number, lex: Lexicon): number {
  if (!lex.media.has(tokens[end - 1]!.lower)) return end;
  for (let k = end - 2; k > j; k--) if (lex.definite.has(tokens[k]!.lower)) return k;
  return end;
}

/** Adds a role given after a name: "Claudia Major, Sicherheitsexpertin beim German Marshall Fund". */
function withApposition(text: string, tokens: readonly Token[], m: Mention, stop: number, lex: Lexicon): Mention {
  if (m.kind !== "name" || tokens[m.next]?.text !== ",") return m;
  // "Linda Price, who owns the diner with her husband,": a relative clause holds no role of hers.
  if (lex.subordinators.has(tokens[m.next + 1]?.lower ?? "")) return m;
  let j = m.next + 1;
  while (j < stop && j < m.next + MAX_APPOSITION && tokens[j]?.kind === "word") j++;
  const role = rolePhrase(text, tokens, m.next + 1, j, lex);
  if (!role) return m;
  const closed = tokens[j]?.text === ",";
  return { ...m, role: m.role ?? role, next: closed ? j + 1 : m.next };
}

/**
 * A role phrase in tokens [from, to): words up to a role noun, then capitalised words and links
 * ("beim", "of"), cut before anything else. Null when no role noun is there.
 */
function rolePhrase(text: string, tokens: readonly Token[], from: number, to: number, lex: Lexicon): string | null {
  let first = from;
  while (first < to && lex.definite.has(tokens[first]!.lower)) first++;
  let j = first;
  while (j < to && !lex.roles.has(tokens[j]!.lower)) j++;
  if (j >= to) return null;
  let end = j + 1;
  for (let k = end; k < to; k++) {
    const w = tokens[k]!;
    if (w.cap) end = k + 1;
    else if (!lex.roleLinks.has(w.lower)) break;
  }
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end);
}

/** The words of tokens [from, to), an abbreviation's or initial's period kept on its word ("C. Eugene"). */
const span = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t, k) => (k > 0 && t.text !== "." ? " " : "") + t.text)
    .join("");

/**
 * Whether a mention is one unknown capitalised word in a language that capitalises nouns: a noun
 * or adverb ("vergangener Woche", "Damit"), no name.
 */
export function isBareNoun(m: Mention, lex: Lexicon, known: (name: string) => boolean): boolean {
  return lex.capitalisedNouns && m.kind === "name" && !m.text.includes(" ") && !known(m.text);
}
