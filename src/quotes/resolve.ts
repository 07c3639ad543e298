import type { Person } from "../types";
import type { Mention } from "./mention";
import { tokenize, type Token } from "./tokens";
import {
  hasAgentEnding,
  isBodyNoun,
  isPersonNoun,
  isPluralPronoun,
  isPluralRole,
  isPluralVerb,
  takesUpGroup,
  type Lexicon,
} from "./lexicon";
import { parseMention } from "./mention";
import { genderOfRole, type Gender } from "./gender";
import { isNameWord } from "./names";
import { byStart, byValue, lastBelow } from "./search";
import { endsPossessive, startsUpper } from "../text/char-class";
import { wordMemo } from "../word-memo";
import { namedBody } from "./body-name";

/** A speaker as the quote list shows it, with the gender its role shows (for pronouns). */
export interface Speaker {
  name: string;
  role: string | null;
  gender?: Gender | null;
}

/** Sentences back that a pronoun's antecedent may lie for the pronoun to carry it on. */
const CHAIN_SENTENCES = 4;
/** Words from a determiner to its generic noun: "der junge Mann". */
const GENERIC_WITHIN = 3;
/** Tokens from an owner to the person it owns: "Wales ' First Minister Eluned". */
const OWNED_WITHIN = 4;
/** Words from a preposition to the name it governs: "mit ihrem ägyptischen Amtskollegen Samih". */
const GOVERNED_WITHIN = 5;
/** Tokens an unnamed person's phrase may span: "drei Beamte der Police de l’Air et des Frontières". */
const UNNAMED_WORDS = 12;

export interface Named {
  pos: number;
  who: Speaker;
}

/** An unnamed speaker at `pos` ("ein Sprecher", "die Gewerkschaften"), as written, with its head noun; `several`: the speaker a plural pronoun takes up. */
interface UnnamedGroup {
  pos: number;
  name: string;
  head: string;
  several: Speaker | null;
}

/** Words after a pronoun's verb of saying before its sentence ends: "…, he said in a statement on Friday." */
const REPORT_TAIL = 5;

/**
 * Who is named where, from the people engine and from the names this module finds. A short form
 * ("Lee") stands for the full name written nearest before it; pronouns and role nouns stand for
 * the person named last before them. Names inside quotes and captions are no antecedents.
 */
export class Registry {
  private readonly people = new Map<string, Speaker>();
  /** The people engine's people: names this module finds may be a body's ("Deutschen Industrie"). */
  private readonly persons: Speaker[] = [];
  /** Lower-case name word → the people whose name holds it. */
  private readonly byWord = new Map<string, Speaker[]>();
  /** Sorted offsets of each person's full mentions. */
  private readonly fullAt = new Map<Speaker, number[]>();
  private readonly full: Named[] = [];
  private named: Named[] = [];
  private readonly unnamed: Named[] = [];
  /** Unnamed people who speak for an institution ("ein Sprecher"): no generic noun takes them up. */
  private readonly voices = new Set<Speaker>();
  /**
   * Mentions of the owner of a person named right after ("Wales' First Minister Eluned Morgan"):
   * no subject a pronoun or an unattributed quote takes up.
   */
  private readonly owners = new Set<Named>();
  /** Unnamed speakers so far, in text order ("ein Sprecher"): resolve needs text order. */
  private readonly groups: UnnamedGroup[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lex: Lexicon,
    private readonly outside: (pos: number) => boolean,
    /** Sorted offsets where sentences start. */
    private readonly sentenceStarts: readonly number[],
  ) {}

  /**
   * Unnamed people as antecedents of pronouns ("Eine Frau … Sie findet das …"): an indefinite
   * phrase whose head is a role noun, named as written; and a definite generic noun that takes
   * one up again ("Ein Aktivist … Der Mann … Er sagt").
   */
  addUnnamed(): void {
    const lex = this.lex;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.kind !== "word") continue;
      const indefinite = lex.indefinite.has(t.lower);
      const definite = lex.definite.has(t.lower) && (this.genericAhead(i) || this.privateAhead(i));
      const owned = lex.possessives.has(t.lower) && this.privateAhead(i);
      if ((!indefinite && !definite && !owned) || !this.outside(t.start)) continue;
      const m = parseMention(this.text, this.tokens, i, Math.min(this.tokens.length, i + UNNAMED_WORDS), lex);
      if (!m?.head) continue;
      if (indefinite && m.kind === "group" && (lex.roles.has(m.head) || hasAgentEnding(lex, m.head))) {
        // "Julia Fisher, an education researcher at …": an apposition to a name introduces no one else.
        if (this.apposedToName(i)) continue;
        const who = this.unnamedWho(m.text);
        if (lex.voices.has(m.head)) this.voices.add(who);
        this.unnamed.push({ pos: m.start, who });
      } else if (!indefinite && m.kind === "role" && lex.generic.has(m.head)) {
        const who = this.lastUnnamed(m.start, m.head);
        if (who) this.unnamed.push({ pos: m.start, who });
      } else if (!indefinite && m.kind !== "name" && this.isPrivate(m.head)) {
        // "Als erste Zeugin sagte die Verkäuferin aus", "Ihr Nachbar … nickt": a definite or owned
        // noun for a private person introduces one, where no office names someone said before.
        this.unnamed.push({ pos: m.start, who: this.unnamedWho(m.text) });
      }
    }
  }

  /** Whether the determiner at `i` follows a comma after a known name: "Julia Fisher, an education researcher". */
  private apposedToName(i: number): boolean {
    const name = this.tokens[i - 2];
    return this.tokens[i - 1]?.text === "," && name?.kind === "word" && name.cap && this.known(name.text).length > 0;
  }

  /** Whether a generic person noun follows the determiner at `i` closely ("der junge Mann"). */
  private genericAhead(i: number): boolean {
    for (let j = i + 1; j <= i + GENERIC_WITHIN; j++) if (this.lex.generic.has(this.tokens[j]?.lower ?? "")) return true;
    return false;
  }

  /**
   * Whether a lower-case noun names a private person, no office or generic person ("Verkäuferin",
   * "Angeklagter", not "Ministerin", "Mann"), where nouns are capitalised: such a noun with a
   * definite article may be the first mention of someone the story does not name.
   */
  private isPrivate(lower: string): boolean {
    return this.lex.capitalisedNouns && privateNoun(this.lex, lower);
  }

  /** Whether a noun for a private person follows the determiner at `i` closely ("die Verkäuferin"). */
  private privateAhead(i: number): boolean {
    if (!this.lex.capitalisedNouns || !this.subjectAt(i)) return false;
    for (let j = i + 1; j <= i + GENERIC_WITHIN; j++) {
      const t = this.tokens[j];
      if (t?.kind !== "word") return false;
      // The first capitalised word is the noun: "die neue Verkäuferin".
      if (t.cap) return this.isPrivate(t.lower) && this.nominative(this.tokens[i]!.lower, t.lower);
    }
    return false;
  }

  /**
   * Whether a phrase opening at token `i` may be a subject: not after a preposition ("mit der
   * Verkäuferin"), a quantifier ("viele der Spieler") or a noun it belongs to ("die Trainer der Spieler").
   */
  private subjectAt(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (prev?.kind !== "word") return true;
    const lex = this.lex;
    return !lex.prepositions.has(prev.lower) && !lex.indefinite.has(prev.lower) && !(lex.capitalisedNouns && prev.cap);
  }

  /**
   * Whether a definite article and its noun agree as one person in the nominative: "der
   * Angeklagte", "die Verkäuferin" — not "der Verkäuferin" (dative) nor "die Spieler" (plural).
   * A possessive's case shows less: it passes.
   */
  private nominative(det: string, head: string): boolean {
    if (!this.lex.definite.has(det)) return true;
    const g = genderOfRole(head, this.lex);
    return this.lex.masculineDeterminers.has(det) ? g !== "f" : g === "f";
  }

  /**
   * The unnamed person introduced last before `pos` whose gender fits the generic noun `head`;
   * an institution's voice is no such person ("ein Sprecher" … "Der Mann" means someone else),
   * nor is an institution ("das Innenministerium" … "die Frau").
   */
  private lastUnnamed(pos: number, head: string): Speaker | null {
    const g = genderOfRole(head, this.lex);
    let best: Named | null = null;
    for (const u of this.unnamed) {
      if (u.pos >= pos || (best && u.pos <= best.pos) || this.voices.has(u.who)) continue;
      if (this.lex.bodies.has(lastWord(u.who.name).toLowerCase())) continue;
      if (!g || !u.who.gender || u.who.gender === g) best = u;
    }
    return best?.who ?? null;
  }

  /** The people engine's people, with their mentions. */
  addPeople(people: readonly Person[]): void {
    for (const p of people) {
      const who = this.add(p.name, p.role);
      this.persons.push(who);
      for (const m of p.mentions) if (this.outside(m.start)) this.full.push({ pos: m.start, who });
    }
  }

  /** A name this module found; a short form of a known person ("Rubio", "Dr. Kisabaka") adds nobody. */
  addName(name: string, role: string | null): void {
    // Abbreviated titles aside: "Dr. Kisabaka" is one word of a name.
    const words = name.split(" ");
    const titled = (w: string) => w.endsWith(".") && this.lex.abbreviations.has(w.slice(0, -1).toLowerCase());
    const short = words.filter((w) => !titled(w)).length === 1;
    // A surname of more words ("De Wever" of "Bart De Wever") is a short form too.
    const known = this.candidates(name);
    if ((short ? known.length : known.some((p) => p.name.endsWith(` ${name}`))) || this.owner(name).length) return;
    // "Justice John Roberts" where "John Roberts" is known: the leading word is a title, and as a
    // name of its own it would take "Justice Amy Coney Barrett" for him. Not two people joined
    // ("Jamie Oliver and Hugh Fearnley-Whittingstall"), nor an abbreviated title ("Dr. Linda Kisabaka").
    const plain = !words.some((w) => titled(w) || this.lex.conjunctions.has(w.toLowerCase()));
    if (plain && words.some((_, k) => k > 0 && k < words.length - 1 && this.people.has(words.slice(k).join(" ")))) return;
    // "Michael Sander von der ETH" where "Michael Sander" is known: the rest says where he works.
    if (plain && words.some((_, k) => k > 1 && k < words.length && this.people.has(words.slice(0, k).join(" ")))) return;
    this.add(this.expand(name), role);
  }

  /** Whether `name` is a person known so far, in full or short. */
  knows(name: string): boolean {
    return this.candidates(name).length > 0;
  }

  /** An unnamed person or, where no neuter pronoun takes it up, an organisation that a quote was attributed to, as an antecedent. */
  addSpeakerMention(m: Mention): void {
    // Several people ("die Gewerkschaften") are no antecedent of "er", "sie" or "der Sprecher".
    if (m.kind !== "group" || this.several(m)) return;
    // Where a body is "it" ("the department"), "he" or "she" after it is someone else.
    if (this.lex.neuterPronouns.size > 0 && m.head && this.lex.bodies.has(m.head) && !isPersonNoun(this.lex, m.head)) return;
    const who = this.unnamedWho(m.text);
    if (m.head && this.lex.voices.has(m.head)) this.voices.add(who);
    this.unnamed.push({ pos: m.start, who });
  }

  /** Call once all names are in: places every full and short mention in the text. */
  finish(): void {
    const forms = new Map<string, Speaker[]>();
    // Full names by their first word, to find every one in a single pass over the words.
    const byFirst = new Map<string, Speaker[]>();
    for (const who of this.people.values()) {
      const first = tokenize(who.name, [])[0]?.text ?? who.name;
      byFirst.set(first, [...(byFirst.get(first) ?? []), who]);
      for (const w of who.name.split(" ")) forms.set(w, [...(forms.get(w) ?? []), who]);
    }
    for (const t of this.tokens) {
      const whos = t.cap ? byFirst.get(t.text) : undefined;
      if (!whos || !this.outside(t.start)) continue;
      for (const who of whos) if (this.text.startsWith(who.name, t.start)) this.full.push({ pos: t.start, who });
    }
    this.full.sort((a, b) => a.pos - b.pos);
    for (const n of this.full) {
      const list = this.fullAt.get(n.who) ?? [];
      list.push(n.pos);
      this.fullAt.set(n.who, list);
    }
    const shorts: Named[] = [];
    for (const t of this.tokens) {
      const whos = t.kind === "word" && t.cap ? forms.get(t.text) : undefined;
      if (whos && this.outside(t.start)) shorts.push({ pos: t.start, who: this.nearest(whos, t.start) });
    }
    this.named = [...this.full, ...shorts, ...this.unnamed].sort((a, b) => a.pos - b.pos);
    for (const [k, n] of this.named.entries()) if (this.ownsNamed(n, this.named[k + 1])) this.owners.add(n);
    this.chainPronouns();
  }

  /**
   * Whether the capitalised words written at `n` end in a possessive mark ("Wales'", "Morgan’s")
   * and a person named by `next` is what they own: "Wales' First Minister Eluned Morgan", not
   * "Haoyu’s brows suddenly lowered".
   */
  private ownsNamed(n: Named, next: Named | undefined): boolean {
    let j = lastBelow(this.tokens, n.pos, byStart) + 1;
    // A mention the people engine placed past the last token ("Brüssel.Nato" read as one word).
    if (!this.tokens[j]) return false;
    // The name's words, an abbreviated title's period among them ("Sen. John Cornyn’s").
    const joined = (t: Token | undefined) => t?.cap || t?.text === ".";
    while (!endsPossessive(this.tokens[j]!.text) && joined(this.tokens[j + 1]) && this.tokens[j + 1]!.start <= this.tokens[j]!.end + 1) j++;
    const end = this.tokens[j]!;
    if (!endsPossessive(end.text) && !/^['’](?!\p{L})/u.test(this.text.slice(end.end, end.end + 2))) return false;
    return !!next && lastBelow(this.tokens, next.pos, byStart) - j <= OWNED_WITHIN;
  }

  /**
   * Each pronoun outside quotes becomes a mention of the person it stands for, so that a later
   * pronoun finds "Moreno hat Zweifel, er führt … Er hält es …" through the chain.
   */
  private chainPronouns(): void {
    const chained: Named[] = [];
    let k = 0;
    for (const [i, t] of this.tokens.entries()) {
      if (t.kind !== "word" || !this.lex.pronouns.has(t.lower) || !this.outside(t.start) || isPluralPronoun(this.tokens, i, this.lex))
        continue;
      while (k < this.named.length && this.named[k]!.pos < t.start) chained.push(this.named[k++]!);
      if (this.cataphoric(i)) continue;
      const who = antecedentIn(chained, t.start, this.pronounFor(t.text), (p) => this.sentenceStart(p));
      // Only a near antecedent links the chain: a wrong far one would spread.
      if (who && this.sentencesBetween(who.pos, t.start) <= CHAIN_SENTENCES) chained.push({ pos: t.start, who: who.who });
    }
    this.named = [...chained, ...this.named.slice(k)];
  }

  /**
   * Whether the pronoun at token `i` points ahead, to the name that opens its sentence's main
   * clause: "Asked whether he would rely on Democratic votes, Johnson demurred", "Als er ankam,
   * sagte Scholz". It stands in the sentence's first clause, not first, and a name follows the
   * clause's comma (after a verb, where the verb comes second).
   */
  private cataphoric(i: number): boolean {
    const start = this.sentenceStart(this.tokens[i]!.start);
    if (this.tokens[i]!.start === start) return false;
    let c = i + 1;
    for (let j = i - 1; j >= 0 && this.tokens[j]!.start >= start; j--) if (this.tokens[j]!.text === ",") return false;
    const next = this.sentenceStarts[lastBelow(this.sentenceStarts, start + 1, byValue) + 1] ?? Infinity;
    while (c < this.tokens.length && this.tokens[c]!.text !== "," && this.tokens[c]!.start < next) c++;
    if (this.tokens[c]?.text !== ",") return false;
    const at = (k: number) => {
      const t = this.tokens[k];
      if (!t?.cap) return false;
      const n = lastBelow(this.named, t.start + 1, (x) => x.pos);
      return n >= 0 && this.named[n]!.pos === t.start;
    };
    return at(c + 1) || (this.lex.verbs.has(this.tokens[c + 1]?.lower ?? "") && at(c + 2));
  }

  /** The speaker a parsed mention stands for; null when it cannot be told. Call in text order. */
  resolve(m: Mention): Speaker | null {
    switch (m.kind) {
      case "name": {
        const whos = this.known(m.text);
        if (whos.length) {
          const who = this.nearest(whos, m.start);
          return { name: who.name, role: who.role ?? m.role };
        }
        // "Michael Sander von der ETH": a known person's name, then where they work.
        const inside = this.namedIn(m.text);
        return inside ? { name: inside.name, role: inside.role ?? m.role } : { name: this.expand(m.text), role: m.role };
      }
      case "pronoun": {
        // "Angesprochen auf Florian Wirtz meinte er": no object of a preposition in the
        // pronoun's own clause is what the pronoun stands for ("When I put this to a spokesman,
        // he replied" crosses a comma).
        const agrees = this.agrees(m.text);
        // "Taking Archie outside is his favorite activity, he said.": after the words reported, the
        // pronoun is no one they name (but "When Meghan joined the family, she said “…”" is hers).
        const reported = this.reportedBefore(m.start);
        const bound = (n: Named) =>
          (this.sameClause(n.pos, m.start) && this.governed(n.pos)) || (reported && this.sentencesBetween(n.pos, m.start) === 0);
        // "Speaking to the BBC’s Laura Kuenssberg, Reeves said …. “…,” she said": of a sentence's
        // people, the one no preposition governs is its subject.
        return this.freeBefore(
          m.start,
          (n) => agrees(n.who) && !bound(n),
          (n) => this.governed(n.pos),
        );
      }
      case "role": {
        const inside = this.namedIn(m.text);
        if (inside) return inside;
        // "die Ministerin": the person named before in that role, or the unnamed speaker with it
        // ("ein Sprecher" … "der Konzern-Sprecher"), else the phrase as written.
        const stem = roleStem(m.head ?? "");
        // "der Vorstand der Deutschen Stiftung Patientenschutz": a role that names its body is no
        // one whose role names another ("Vorstandsvorsitzende des GKV-Spitzenverbands").
        const body = bodyAfterHead(m);
        const fits = (s: Speaker) =>
          !!s.role && s.role.toLowerCase().includes(stem) && (!body.length || body.some((w) => s.role!.includes(w)));
        // "Speaking to … with Trevor Phillips, the chancellor said": a person a preposition governs
        // in the role's own sentence is not its subject, whatever role the page gave them.
        const here = (n: Named) => this.sentencesBetween(n.pos, m.start) === 0 && this.governed(n.pos);
        const person = this.freeBefore(m.start, (n) => fits(n.who) && !here(n));
        if (person) return person;
        // "der SPD-Politiker": the person named before whose role names the same party or body
        // ("SPD-Fraktionschef Matthias Miersch"), though the role's noun differs.
        const party = bodyPrefix(m);
        const member = party ? this.before(m.start, (s) => !!s.role?.includes(party)) : null;
        if (member) return member;
        const unnamed = [...this.groups, ...this.unnamed.map((u) => ({ pos: u.pos, name: u.who.name, head: lastWord(u.who.name) }))]
          .filter((g) => g.pos <= m.start && roleStem(g.head.toLowerCase()).endsWith(stem))
          .sort((a, b) => a.pos - b.pos)
          .pop();
        if (unnamed) return { name: unnamed.name, role: null };
        // "der Mann" takes up the unnamed person last introduced, not a named one.
        if (m.head && this.lex.generic.has(m.head)) return this.lastUnnamed(m.start, m.head) ?? { name: m.text, role: null };
        // "the spokesperson" speaks for someone: never the person named last in another role.
        if (m.head && this.lex.voices.has(m.head)) return { name: m.text, role: null };
        // "erzählt der 41-Jährige": someone named before, of the gender the phrase shows.
        // "von Verteidiger Nico Elvedi" … "sagte der Trainer": nor an object of a preposition.
        const g = this.genderOf(m.text);
        const agrees = (n: Named) => !g || !n.who.gender || n.who.gender === g;
        return this.freeBefore(m.start, (n) => agrees(n) && !this.governed(n.pos)) ?? { name: m.text, role: null };
      }
      case "group": {
        // "said King, who resigned": a role noun alone with a capital is the surname of someone
        // named ("Wayne King"), where there is one.
        const bare = m.head !== null && m.text.toLowerCase() === m.head ? this.known(m.text) : [];
        if (bare.length) return this.nearest(bare, m.start);
        const inside = this.namedIn(m.text);
        if (inside) return inside;
        const who = { name: namedBody(this.text, this.tokens, m, this.lex) ?? m.text, role: null };
        if (m.head) this.groups.push({ pos: m.start, name: m.text, head: m.head, several: this.several(m) ? who : null });
        return who;
      }
      case "impersonal":
        return takesUpGroup(m.text, this.lex) ? this.groupBefore(m.start) : null;
      case "place":
        return null;
    }
  }

  /**
   * Whether a group speaker is several: a plural role or body noun ("the officials", "die
   * Gewerkschaften"), or a phrase beside a plural verb ("Die Grünen erklärten").
   */
  private several(m: Mention): boolean {
    const lex = this.lex;
    const head = m.head ?? "";
    const first = m.text.split(" ", 1)[0]!.toLowerCase();
    // "Analysts at Rhodium Group": a plural noun without a determiner.
    const det = first === head ? null : first;
    if (isPluralRole(lex, head, det) || (isBodyNoun(lex, head) && !lex.bodies.has(head))) return true;
    const i = lastBelow(this.tokens, m.start + 1, byStart);
    return isPluralVerb(this.tokens[i - 1], lex) || isPluralVerb(this.tokens[m.next], lex);
  }

  /**
   * The group a plural pronoun at `pos` takes up, with no one named since: several people who
   * spoke in its sentence or the one before ("Die Gewerkschaften forderten … „…“, sagten sie"),
   * else several who open the sentence before ("Die Wirtschaftsweisen hatten gewarnt. Sie mahnten, …").
   */
  private groupBefore(pos: number): Speaker | null {
    const last = this.groups.at(-1);
    const g = last?.several && last.pos < pos && this.sentencesBetween(last.pos, pos) <= 1 ? last : this.openingGroup(pos);
    if (!g?.several) return null;
    const since = lastBelow(this.named, pos, (n) => n.pos);
    if (since >= 0 && this.named[since]!.pos > g.pos) return null;
    // The pronoun carries the group on: "…, sagten sie. Sie kündigten an, …".
    this.groups.push({ ...g, pos });
    return g.several;
  }

  /**
   * Several people or bodies that open the sentence before `pos` as its subject: "Die Haushälter
   * der Koalition zeigten sich …" (a verb right after an opening subject with a plural ending is its own).
   */
  private openingGroup(pos: number): UnnamedGroup | null {
    const s = lastBelow(this.sentenceStarts, pos + 1, byValue);
    const start = this.sentenceStarts[s - 1];
    if (start === undefined || !this.outside(start)) return null;
    const i = lastBelow(this.tokens, start, byStart) + 1;
    const m = parseMention(this.text, this.tokens, i, Math.min(this.tokens.length, i + UNNAMED_WORDS), this.lex);
    if ((m?.kind !== "group" && m?.kind !== "role") || !m.head) return null;
    const verb = this.tokens[m.next];
    const plural = verb?.kind === "word" && !verb.cap && this.lex.reportedVerbEndings.some((e) => verb.lower.endsWith(e));
    if (!plural && !this.several(m)) return null;
    return { pos: m.start, name: m.text, head: m.head, several: { name: m.text, role: null } };
  }

  /**
   * The people engine's person whose full name (two words or more) a phrase opens or ends with: "the ACLU's
   * Jay Stanley", "a skeptical Robert Wolfarth", "Michael Sander von der ETH". The longest, else null.
   */
  private namedIn(text: string): Speaker | null {
    let best: Speaker | null = null;
    for (const who of this.persons) {
      const n = who.name;
      if (n.length >= text.length || !n.includes(" ") || (best && best.name.length >= n.length)) continue;
      if ((text.endsWith(" " + n) && this.heads(text.slice(0, -n.length))) || text.startsWith(n + " ")) best = who;
    }
    return best;
  }

  /**
   * Whether the words before a name describe its bearer, with no link to another's role: "the
   * ACLU's", "a skeptical" (not "a spokesman for", "ein Berater des Kanzlers").
   */
  private heads(before: string): boolean {
    const words = before.toLowerCase().split(" ").slice(1);
    return !words.some((w) => this.lex.prepositions.has(w) || this.lex.definite.has(w) || this.lex.bodyLinks.has(w));
  }

  private add(name: string, role: string | null): Speaker {
    const known = this.people.get(name);
    if (known) {
      known.role ??= role;
      known.gender ??= genderOfRole(role, this.lex);
      return known;
    }
    const who = { name, role, gender: genderOfRole(role, this.lex) };
    this.people.set(name, who);
    for (const w of new Set(name.toLowerCase().split(" "))) this.byWord.set(w, [...(this.byWord.get(w) ?? []), who]);
    return who;
  }

  /**
   * Known people for a name as written: in full, after leading words the role list lacks
   * ("Datenschutzbeauftragte Johannes Caspar"), or as an owner ("Rudolf Augsteins Motto").
   */
  private known(name: string): Speaker[] {
    const words = name.split(" ");
    for (let k = 0; k < words.length; k++) {
      const whos = this.candidates(words.slice(k).join(" "));
      if (whos.length) return whos;
    }
    return this.owner(name);
  }

  /**
   * Where nouns are capitalised, a name run may end in a thing the person owns: "Rudolf
   * Augsteins Motto" is Augstein's. The longest known person before such trailing words.
   */
  private owner(name: string): Speaker[] {
    const words = name.split(" ");
    if (!this.lex.capitalisedNouns) return [];
    for (let k = words.length - 1; k >= 1; k--) {
      const last = words[k - 1]!;
      for (const suffix of this.lex.genitive) {
        if (!last.endsWith(suffix)) continue;
        const whos = this.candidates([...words.slice(0, k - 1), last.slice(0, -suffix.length)].join(" "));
        if (whos.length) return whos;
      }
    }
    return [];
  }

  /** Known people whose name holds every word of `name` ("Lee" → "Lee Jae-myung"). */
  private candidates(name: string): Speaker[] {
    const words = name.toLowerCase().split(" ");
    const some = this.byWord.get(words[0]!) ?? [];
    return words.length === 1 ? some : some.filter((p) => words.every((w) => this.byWord.get(w)?.includes(p)));
  }

  /** Of several people, the one whose full name was written last before `pos` (else first after). */
  private nearest(whos: readonly Speaker[], pos: number): Speaker {
    let best: Speaker | null = null;
    let bestPos = -1;
    let first: Speaker | null = null;
    let firstPos = Infinity;
    for (const who of whos) {
      const at = this.fullAt.get(who) ?? [];
      const k = lastBelow(at, pos, byValue);
      if (k >= 0 && at[k]! > bestPos) [best, bestPos] = [who, at[k]!];
      if (at.length && at[0]! < firstPos) [first, firstPos] = [who, at[0]!];
    }
    return best ?? first ?? whos[0]!;
  }

  /** The person named last before `pos` that passes `ok`. */
  /** Whether a person may be what `pronoun` stands for: genders agree or are unknown. */
  private agrees(pronoun: string): (s: Speaker) => boolean {
    const g = this.lex.pronounGender.get(pronoun.toLowerCase());
    return (s) => !g || !s.gender || s.gender === g;
  }

  /** Whether a mention may be what `pronoun` stands for: no owner, and genders agree. */
  private pronounFor(pronoun: string): (n: Named) => boolean {
    const agrees = this.agrees(pronoun);
    return (n) => !this.owners.has(n) && agrees(n.who);
  }

  /** An unnamed person as written ("eine Frau"), with the gender its words show. */
  private unnamedWho(text: string): Speaker {
    const plural = this.lex.plural.has(text.slice(0, text.indexOf(" ")).toLowerCase());
    return { name: text, role: null, gender: plural ? null : this.genderOf(text) };
  }

  /** The gender a phrase's words show, else its determiner: "der Angeklagte", "der 41-Jährige". */
  private genderOf(text: string): Gender | null {
    const space = text.indexOf(" ");
    const first = (space < 0 ? text : text.slice(0, space)).toLowerCase();
    return genderOfRole(text, this.lex) ?? (this.lex.masculineDeterminers.has(first) ? "m" : null);
  }

  private before(pos: number, ok: (s: Speaker) => boolean): Speaker | null {
    return this.antecedent(pos, ok)?.who ?? null;
  }

  /** As `before`, with a test of each mention rather than of the person. */
  private freeBefore(pos: number, ok: (n: Named) => boolean, aside?: (n: Named) => boolean): Speaker | null {
    return (
      antecedentIn(
        this.named,
        pos,
        (n) => !this.owners.has(n) && ok(n),
        (p) => this.sentenceStart(p),
        aside,
      )?.who ?? null
    );
  }

  /**
   * The person (or unnamed person) a pronoun at `pos` stands for: of the people in the sentence
   * that names someone last, the first — most likely that sentence's subject.
   */
  antecedent(pos: number, ok: (s: Speaker) => boolean = () => true): Named | null {
    return antecedentIn(
      this.named,
      pos,
      (n) => !this.owners.has(n) && ok(n.who),
      (p) => this.sentenceStart(p),
    );
  }

  /**
   * Whether the name at offset `pos` stands in a prepositional phrase: "nach einem Treffen mit
   * ihrem ägyptischen Amtskollegen Samih Schukri", "with Oprah Winfrey". Back from the name go
   * capitalised words, determiners and the adjectives after them, to the preposition.
   */
  governed(pos: number): boolean {
    const at = lastBelow(this.tokens, pos, byStart) + 1;
    for (let j = at - 1; j >= 0 && j >= at - GOVERNED_WITHIN; j--) {
      const t = this.tokens[j]!;
      if (t.kind !== "word") return false;
      if (this.lex.prepositions.has(t.lower)) return true;
      if (!t.cap && !this.isDeterminer(t) && !this.isDeterminer(this.tokens[j - 1])) return false;
    }
    return false;
  }

  private isDeterminer(t: Token | undefined): boolean {
    return !!t && (this.lex.definite.has(t.lower) || this.lex.possessives.has(t.lower));
  }

  /**
   * Whether a name at `pos` is talked about in reported speech that goes on to a quote at `quote`:
   * both in one sentence whose verb before the quote is in the subjunctive ("Wirtschaftsminister
   * Habeck habe „…“" reports what the speaker before said of him).
   */
  reportedIn(pos: number, quote: number): boolean {
    if (this.sentencesBetween(pos, quote) !== 0) return false;
    const from = lastBelow(this.tokens, this.sentenceStart(pos), byStart) + 1;
    for (let k = from; k < this.tokens.length && this.tokens[k]!.start < quote; k++) {
      if (this.lex.subjunctive.has(this.tokens[k]!.lower)) return true;
    }
    return false;
  }

  /**
   * Whether the pronoun at `pos` closes its sentence after a comma with its verb and a few words:
   * "…, he said on Friday.", "…, sagte sie am Montag."
   */
  private reportedBefore(pos: number): boolean {
    const i = lastBelow(this.tokens, pos, byStart) + 1;
    const verbFirst = this.tokens[i - 1]?.kind === "word" && this.tokens[i - 2]?.text === ",";
    if (this.tokens[i - 1]?.text !== "," && !verbFirst) return false;
    for (let k = i + 1; k < this.tokens.length && k <= i + 1 + REPORT_TAIL; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== "word") return t.text === "." || t.text === "!" || t.text === "?";
    }
    return false;
  }

  /** Whether offsets `a` < `b` lie in one sentence with no comma between them. */
  private sameClause(a: number, b: number): boolean {
    if (this.sentencesBetween(a, b) !== 0) return false;
    for (let k = lastBelow(this.tokens, a, byStart) + 1; k < this.tokens.length && this.tokens[k]!.start < b; k++) {
      if (this.tokens[k]!.text === ",") return false;
    }
    return true;
  }

  /** Sentence starts after offset `a` up to and including `b`: 0 within one sentence. */
  sentencesBetween(a: number, b: number): number {
    return lastBelow(this.sentenceStarts, b + 1, byValue) - lastBelow(this.sentenceStarts, a + 1, byValue);
  }

  private sentenceStart(pos: number): number {
    const k = lastBelow(this.sentenceStarts, pos + 1, byValue);
    return k >= 0 ? this.sentenceStarts[k]! : 0;
  }

  private wordPositions: Map<string, number[]> | null = null;

  /** Token indexes of each capitalised word as written (names are), built on first use. */
  private positions(): Map<string, number[]> {
    if (!this.wordPositions) {
      this.wordPositions = new Map();
      for (let i = 0; i < this.tokens.length; i++) {
        const t = this.tokens[i]!;
        if (!t.cap) continue;
        const list = this.wordPositions.get(t.text);
        if (list) list.push(i);
        else this.wordPositions.set(t.text, [i]);
      }
    }
    return this.wordPositions;
  }

  private lowerWords: Set<string> | null = null;

  /**
   * A sentence's first word that the text also writes in lower case, so no name: "Was Bartleby
   * hot?", "Accordingly Turkey … had taken their seats". Built on first use.
   */
  private capitalisedAsFirst(i: number): boolean {
    const t = this.tokens[i]!;
    if (this.sentenceStart(t.start) !== t.start) return false;
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const w of this.tokens) if (w.kind === "word" && !w.cap) this.lowerWords.add(w.lower);
    }
    return this.lowerWords.has(t.lower);
  }

  /** A surname grows to the fullest "Given Surname" written in the article: "Rubio" → "Marco Rubio". */
  private expand(name: string): string {
    if (name.includes(" ")) return name;
    let best = name;
    for (const i of this.positions().get(name) ?? []) {
      if (i === 0) continue;
      let j = i;
      while (j > 0 && i - j < 2 && isNameWord(this.tokens[j - 1], this.lex) && !this.capitalisedAsFirst(j - 1)) j--;
      if (j < i) {
        const full = [...this.tokens.slice(j, i).map((t) => t.text), name].join(" ");
        if (full.length > best.length) best = full;
      }
    }
    return best;
  }
}

const privateMemos = new WeakMap<Lexicon, (lower: string) => boolean>();

/** Whether a lower-case noun names a person in no office and no generic one, remembered per lexicon. */
function privateNoun(lex: Lexicon, lower: string): boolean {
  let memo = privateMemos.get(lex);
  if (!memo) {
    memo = wordMemo((w) => !lex.roles.has(w) && !lex.generic.has(w) && isPersonNoun(lex, w));
    privateMemos.set(lex, memo);
  }
  return memo(lower);
}

/** The capitalised first part of a role's hyphenated head as written: "SPD" of "der SPD-Politiker", else null. */
function bodyPrefix(m: Mention): string | null {
  const head = m.text.split(" ").find((w) => w.toLowerCase() === m.head);
  const cut = head?.lastIndexOf("-") ?? -1;
  return head && cut > 0 && startsUpper(head) ? head.slice(0, cut) : null;
}

/** The capitalised words after a role phrase's head, which name its body: "Deutschen Stiftung Patientenschutz". */
function bodyAfterHead(m: Mention): string[] {
  const words = m.text.split(" ");
  const head = words.findIndex((w) => w.toLowerCase() === m.head);
  return head < 0 ? [] : words.slice(head + 1).filter((w) => startsUpper(w));
}

/** "Konzern-Sprecherin" → "sprecher": the last part, without the German feminine ending. */
const roleStem = (head: string) => head.slice(head.lastIndexOf("-") + 1).replace(/in$/, "");

/**
 * Of the people in the sentence that names someone last before `pos`, the first that passes `ok`
 * — the first that `aside` does not set aside, where there is one in it or the sentence before.
 */
function antecedentIn(
  named: readonly Named[],
  pos: number,
  ok: (n: Named) => boolean,
  sentenceStart: (pos: number) => number,
  aside: (n: Named) => boolean = () => false,
): Named | null {
  let last = lastBelow(named, pos, (n) => n.pos);
  while (last >= 0 && !ok(named[last]!)) last--;
  if (last < 0) return null;
  const from = sentenceStart(named[last]!.pos);
  let first = last;
  for (let k = last; k >= 0 && named[k]!.pos >= from; k--) if (ok(named[k]!)) first = k;
  if (!aside(named[first]!)) return named[first]!;
  for (let k = first + 1; k <= last; k++) if (ok(named[k]!) && !aside(named[k]!)) return named[k]!;
  // "Reeves has defended … . Speaking to … with Trevor Phillips, the chancellor said: … . She added":
  // where a sentence before names only people set aside, its subject is the one named the sentence
  // before it ("When I put this to a spokesman, he replied" keeps its own sentence's).
  if (from === sentenceStart(pos)) return named[first]!;
  const before = sentenceStart(from - 1);
  for (let k = first - 1; k >= 0 && named[k]!.pos >= before; k--) if (ok(named[k]!) && !aside(named[k]!)) return named[k]!;
  return named[first]!;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1);
