import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Candidate } from "./candidates";
import { GIVEN_NAMES } from "./data/given-names";
import { EAST_ASIAN_FAMILY_NAMES, isGeneration, HYPHEN_PARTICLE, PARTICLES, SECOND_PARTICLES } from "./data/name-parts";
import { SURNAMES_SET } from "./data/surnames";
import { genitiveBeforeNoun, isStop } from "./name-spans";
import { headAt } from "./role-phrase";

/** One person being assembled: the token ranges of its mentions and the candidates behind them. */
export interface Cluster {
  /** Token ranges [from, to] of every mention. */
  mentions: [number, number][];
  /** Candidates that were judged people (their roles and cues). */
  sources: Candidate[];
}

/**
 * The keys of a name's words, without a generation suffix: "Roberts" is the surname of "John G.
 * Roberts Jr.". A name of one word in the genitive is keyed without its -s: "Kramers Vereinskollegin"
 * names "Kramer", whom the text may call so elsewhere.
 */
function keysOf(tokens: readonly Token[], c: { from: number; to: number }, lex: Lexicon): string[] {
  let to = c.to;
  while (to > c.from && isGeneration(tokens[to]!)) to--;
  const keys = tokens.slice(c.from, to + 1).map((t) => t.key);
  if (c.from === c.to && genitiveBeforeNoun(tokens, c.to, lex)) keys[0] = keys[0]!.slice(0, -1);
  return keys;
}

/**
 * Whether name a (keys) is a shorter writing of name b: "Donald Trump" of "Donald J. Trump",
 * "Juan Morenos" (genitive) of "Juan Moreno".
 */
function shorterForm(a: string[], b: string[], lex: Lexicon): boolean {
  if (a.length > b.length) return false;
  const same = (x: string, y: string) => x === y || (lex.lang.capitalisedNouns && x === `${y}s`);
  let k = 0;
  for (const w of b) if (k < a.length && same(a[k]!, w)) k++;
  return k === a.length && (a[0] === b[0] || same(a[a.length - 1]!, b[b.length - 1]!));
}

/** Whether a name is written family name first: "Wang Wentao", "Lee Jae-myung" (but not "Lee Anderson"). */
const familyFirst = (keys: string[]) =>
  keys.length > 1 && keys.length < 4 && EAST_ASIAN_FAMILY_NAMES.has(keys[0]!) && !SURNAMES_SET.has(keys[keys.length - 1]!);

/**
 * Short forms a person is referred to by: the surname with its particles ("von der Leyen",
 * "Rubio"), and the first word where it is no known given name or a family name that stands
 * first — the family name in East Asian order ("Yoon" of "Yoon Suk Yeol", "Wang" of "Wang Wentao").
 */
function shortForms(keys: string[]): string[][] {
  let s = keys.length - 1;
  while (s > 1 && (PARTICLES.has(keys[s - 1]!) || SECOND_PARTICLES.has(keys[s - 1]!))) s--;
  const last = keys[keys.length - 1]!;
  const forms = [keys.slice(s)];
  if (s !== keys.length - 1) forms.push([last]);
  // "Bashir" of "Omar Hassan al-Bashir".
  if (HYPHEN_PARTICLE.test(last)) forms.push([last.slice(last.indexOf("-") + 1)]);
  if ((keys.length > 1 && !GIVEN_NAMES.has(keys[0]!)) || familyFirst(keys)) forms.push([keys[0]!]);
  return forms;
}

/** A genitive or possessive written on a surname: German "Rubios", "Relotius'" (the apostrophe is outside the word). */
function genitiveBase(t: Token, lex: Lexicon): string | null {
  return lex.lang.capitalisedNouns && t.key.endsWith("s") ? t.key.slice(0, -1) : null;
}

/** Clusters (by creation index) by their names' first and last word and one-word short forms. */
class ClusterIndex {
  private byFirst = new Map<string, number[]>();
  private byLast = new Map<string, number[]>();
  private byShortWord = new Map<string, number>();

  add(keys: string[], k: number): void {
    const push = (m: Map<string, number[]>, key: string) => m.set(key, [...(m.get(key) ?? []), k]);
    push(this.byFirst, keys[0]!);
    push(this.byLast, keys[keys.length - 1]!);
    for (const f of shortForms(keys)) if (f.length === 1 && !this.byShortWord.has(f[0]!)) this.byShortWord.set(f[0]!, k);
  }

  /**
   * The cluster whose name `keys` is a shorter form of (`fits`) — of several, the one `pick`
   * picks — else, for one word, the first with it as a short form. Only clusters sharing the
   * first or last word can fit.
   */
  home(keys: string[], fits: (k: number) => boolean, pick: (ks: number[]) => number, lex: Lexicon): number | undefined {
    const last = keys[keys.length - 1]!;
    const lists = [this.byFirst.get(keys[0]!), this.byLast.get(last)];
    if (lex.lang.capitalisedNouns && last.endsWith("s")) lists.push(this.byLast.get(last.slice(0, -1)));
    const found = new Set<number>();
    for (const list of lists) for (const k of list ?? []) if (fits(k)) found.add(k);
    if (found.size > 0) return found.size === 1 ? [...found][0] : pick([...found]);
    return keys.length === 1 ? this.byShortWord.get(keys[0]!) : undefined;
  }
}

/**
 * Of several people a short name fits, the first one named before token `at`, else the first: "Mr.
 * Hernández" after "Juan Orlando Hernández" is he, not "Ana García de Hernández" named later.
 */
function namedBefore(ks: number[], clusters: readonly { cluster: Cluster }[], at: number): number {
  const before = ks.filter((k) => clusters[k]!.cluster.mentions.some(([a]) => a < at));
  return Math.min(...(before.length > 0 ? before : ks));
}

/**
 * Whether a surname that also ends places' names ends one here, after another capitalised word
 * that is no title: "City | Hall" (but "Mr. Hall", "Senator Hall").
 */
function placeEnd(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  return (
    !!prev &&
    tokens[i]!.gap === " " &&
    prev.cap &&
    isStop(tokens[i]!, lex) &&
    !lex.honorifics.has(prev.key) &&
    headAt(tokens, i - 1, lex) === null
  );
}

const DIGIT_FIRST = /^\d/;

/** Whether a surname that is also a month's name is the month here: "on May 5", "in May" (but "May said"). */
function dateMonth(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (!lex.months.has(tokens[i]!.key)) return false;
  const next = tokens[i + 1];
  return (!!next && next.gap === " " && DIGIT_FIRST.test(next.text)) || lex.prepositions.has(tokens[i - 1]?.key ?? "");
}

/**
 * Groups the sure candidates into people (longest names first, shorter writings joined to them)
 * and links every later short mention — surname, genitive, honorific + surname — to the person
 * most recently named in full before it.
 */
export function clusterPeople(tokens: readonly Token[], candidates: readonly Candidate[], lex: Lexicon): Cluster[] {
  const sure = candidates.filter((c) => c.sure);
  const order = [...sure].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const clusters: { keys: string[]; cluster: Cluster }[] = [];
  const index = new ClusterIndex();
  for (const c of order) {
    const keys = keysOf(tokens, c, lex);
    const found = index.home(
      keys,
      (k) => shorterForm(keys, clusters[k]!.keys, lex),
      (ks) => namedBefore(ks, clusters, c.from),
      lex,
    );
    if (found !== undefined) {
      const home = clusters[found]!.cluster;
      home.mentions.push([c.from, c.to]);
      home.sources.push(c);
    } else {
      index.add(keys, clusters.length);
      clusters.push({ keys, cluster: { mentions: [[c.from, c.to]], sources: [c] } });
    }
  }
  // Every capitalised word not yet in a mention that matches a short form.
  const taken = new Uint8Array(tokens.length);
  for (const { cluster } of clusters) for (const [a, b] of cluster.mentions) taken.fill(1, a, b + 1);
  const byFirst = new Map<string, { cluster: Cluster; form: string[] }[]>();
  // The whole name too, so that a first word that is also a short form ("Lee" of "Lee Elder") takes the name.
  for (const { keys, cluster } of clusters) {
    for (const form of [keys, ...shortForms(keys)]) byFirst.set(form[0]!, [...(byFirst.get(form[0]!) ?? []), { cluster, form }]);
  }
  // Where each person was last named before the current word, as the scan moves on.
  const named = clusters.flatMap(({ cluster }) => cluster.mentions.map(([a]) => ({ a, cluster }))).sort((x, y) => x.a - y.a);
  const firstNamed = new Map(clusters.map(({ cluster }) => [cluster, Math.min(...cluster.mentions.map(([a]) => a))]));
  const lastNamed = new Map<Cluster, number>();
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < named.length && named[next]!.a < i) {
      const n = named[next++]!;
      lastNamed.set(n.cluster, n.a);
    }
    const t = tokens[i]!;
    // A particle-led surname starts lower case: "von der Leyen".
    if (taken[i] || (!t.cap && !PARTICLES.has(t.text))) continue;
    const base = genitiveBase(t, lex);
    const plain = byFirst.get(t.key);
    const genitive = base ? byFirst.get(base) : undefined;
    if (!plain && !genitive) continue;
    const options = [...(plain ?? []), ...(genitive ?? [])];
    let best: { cluster: Cluster; to: number; dist: number } | null = null;
    for (const { cluster, form } of options) {
      const end = i + form.length - 1;
      const words = tokens.slice(i, end + 1);
      if (words.length !== form.length || words.some((w, k) => k > 0 && w.gap !== " ")) continue;
      // A listed word at a sentence's start is that word: "He" of "He Lifeng" in "He said".
      if (form.length === 1 && t.sentenceStart && lex.notNames.has(t.key)) continue;
      if (form.length === 1 && (placeEnd(tokens, i, lex) || dateMonth(tokens, i, lex))) continue;
      const lastOk = (w: Token, f: string) => w.key === f || genitiveBase(w, lex) === f;
      if (!words.every((w, k) => (k === words.length - 1 ? lastOk(w, form[k]!) : w.key === form[k]))) continue;
      // Prefer the person named most recently before this word, else the next one named after it.
      const last = lastNamed.get(cluster);
      const dist = last !== undefined ? i - last : tokens.length + firstNamed.get(cluster)! - i;
      if (!best || dist < best.dist || (best.cluster === cluster && end > best.to)) best = { cluster, to: end, dist };
    }
    if (!best) continue;
    best.cluster.mentions.push([i, best.to]);
    lastNamed.set(best.cluster, i);
    taken.fill(1, i, best.to + 1);
  }
  addInitials(tokens, clusters, taken);
  return clusters.map((k) => k.cluster);
}

/** Letters of a name's initials that may stand for it: "AOC", "RFK", "AMLO". */
const MIN_INITIALS = 3;
const MAX_INITIALS = 4;

/**
 * Adds a person's initials written in capitals as mentions: "AOC" of "Alexandria Ocasio-Cortez",
 * "MBS" of "Mohammed bin Salman" (with or without the particles' letters); initials two people share stand for neither.
 */
function addInitials(tokens: readonly Token[], clusters: readonly { keys: string[]; cluster: Cluster }[], taken: Uint8Array): void {
  const byInitials = new Map<string, Cluster | null>();
  for (const { cluster } of clusters) {
    const [a, b] = cluster.mentions[0]!;
    const words = tokens.slice(a, b + 1).filter((t) => !isGeneration(t));
    const initials = (withParticles: boolean) =>
      words
        .filter((t) => withParticles || !PARTICLES.has(t.text))
        .flatMap((t) => t.text.split("-").map((p) => p.charAt(0).toUpperCase()))
        .join("");
    for (const letters of new Set([initials(true), initials(false)])) {
      if (letters.length < MIN_INITIALS || letters.length > MAX_INITIALS) continue;
      byInitials.set(letters, byInitials.has(letters) && byInitials.get(letters) !== cluster ? null : cluster);
    }
  }
  if (byInitials.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const c = taken[i] ? undefined : byInitials.get(tokens[i]!.text);
    if (c) c.mentions.push([i, i]);
  }
}
