import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import type { Candidate } from "./candidates";
import { GIVEN_NAMES } from "./data/given-names";
import { HYPHEN_PARTICLE, PARTICLES, SECOND_PARTICLES } from "./data/name-parts";

/** One person being assembled: the token ranges of its mentions and the candidates behind them. */
export interface Cluster {
  /** Token ranges [from, to] of every mention. */
  mentions: [number, number][];
  /** Candidates that were judged people (their roles and cues). */
  sources: Candidate[];
}

const keysOf = (tokens: readonly Token[], c: { from: number; to: number }) => tokens.slice(c.from, c.to + 1).map((t) => t.key);

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

/**
 * Short forms a person is referred to by: the surname with its particles ("von der Leyen",
 * "Rubio"), and the first word where it is no known given name — the family name in East Asian
 * order ("Yoon" of "Yoon Suk Yeol").
 */
function shortForms(keys: string[]): string[][] {
  let s = keys.length - 1;
  while (s > 1 && (PARTICLES.has(keys[s - 1]!) || SECOND_PARTICLES.has(keys[s - 1]!))) s--;
  const last = keys[keys.length - 1]!;
  const forms = [keys.slice(s)];
  if (s !== keys.length - 1) forms.push([last]);
  // "Bashir" of "Omar Hassan al-Bashir".
  if (HYPHEN_PARTICLE.test(last)) forms.push([last.slice(last.indexOf("-") + 1)]);
  if (keys.length > 1 && !GIVEN_NAMES.has(keys[0]!)) forms.push([keys[0]!]);
  return forms;
}

/** A genitive or possessive written on a surname: German "Rubios", "Relotius'" (the apostrophe is outside the word). */
function genitiveBase(t: Token, lex: Lexicon): string | null {
  return lex.lang.capitalisedNouns && t.key.endsWith("s") ? t.key.slice(0, -1) : null;
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
  for (const c of order) {
    const keys = keysOf(tokens, c);
    const home =
      clusters.find((k) => shorterForm(keys, k.keys, lex)) ??
      clusters.find((k) => keys.length === 1 && shortForms(k.keys).some((f) => f.length === 1 && f[0] === keys[0]));
    if (home) {
      home.cluster.mentions.push([c.from, c.to]);
      home.cluster.sources.push(c);
    } else clusters.push({ keys, cluster: { mentions: [[c.from, c.to]], sources: [c] } });
  }
  // Every capitalised word not yet in a mention that matches a short form.
  const taken = new Set<number>();
  for (const { cluster } of clusters) for (const [a, b] of cluster.mentions) for (let k = a; k <= b; k++) taken.add(k);
  const byFirst = new Map<string, { cluster: Cluster; form: string[] }[]>();
  for (const { keys, cluster } of clusters) {
    for (const form of shortForms(keys)) byFirst.set(form[0]!, [...(byFirst.get(form[0]!) ?? []), { cluster, form }]);
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
    if (taken.has(i) || (!t.cap && !PARTICLES.has(t.text))) continue;
    const base = genitiveBase(t, lex);
    const options = [...(byFirst.get(t.key) ?? []), ...(base ? (byFirst.get(base) ?? []) : [])];
    let best: { cluster: Cluster; to: number; dist: number } | null = null;
    for (const { cluster, form } of options) {
      const end = i + form.length - 1;
      const words = tokens.slice(i, end + 1);
      if (words.length !== form.length || words.some((w, k) => k > 0 && w.gap !== " ")) continue;
      const lastOk = (w: Token, f: string) => w.key === f || genitiveBase(w, lex) === f;
      if (!words.every((w, k) => (k === words.length - 1 ? lastOk(w, form[k]!) : w.key === form[k]))) continue;
      // Prefer the person named most recently before this word, else the next one named after it.
      const last = lastNamed.get(cluster);
      const dist = last !== undefined ? i - last : tokens.length + firstNamed.get(cluster)! - i;
      if (!best || dist < best.dist) best = { cluster, to: end, dist };
    }
    if (!best) continue;
    best.cluster.mentions.push([i, best.to]);
    lastNamed.set(best.cluster, i);
    for (let k = i; k <= best.to; k++) taken.add(k);
  }
  return clusters.map((k) => k.cluster);
}
