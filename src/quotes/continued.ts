import type { Block } from "../types";
import type { Token } from "./tokens";
import type { Lexicon } from "./lexicon";
import type { Found } from "./found";
import { parseMention, type Mention } from "./mention";
import { hasSubjunctiveEnding, isSubjunctive } from "./subjunctive";
import { isSayingVerb } from "./verbs";
import { blockAt, byStart, lastBelow } from "./search";

/** Who spoke last in a paragraph: a mention, or a quote whose speaker is settled later. */
interface Voice {
  block: number;
  mention: Mention | null;
  quote: Found | null;
  /** Whether the sentence before was reported speech, whose subjunctive a conditional may carry on. */
  reported: boolean;
}

/**
 * Sentences that carry reported speech on with no verb of saying of their own, shown by the mood
 * alone: "…, sagte er dem SPIEGEL. Das sei ein Gebot der Ehrlichkeit." Each goes to
 * the speaker of the sentence right before it in its paragraph, where that sentence quotes or
 * reports someone, opens with a speaker and their verb of saying ("Schneider äußerte sich
 * skeptisch. Der Entwurf sei …"), or carries on in this way itself. A writer's own hypotheses
 * take the conditional ("Ohne Hilfen wäre das Werk geschlossen"): it carries on only what was
 * reported in the subjunctive right before.
 */
export function continuedReports(
  text: string,
  tokens: readonly Token[],
  bounds: readonly [number, number][],
  found: readonly Found[],
  blocks: readonly Block[],
  lex: Lexicon,
): Found[] {
  if (lex.conditional.size === 0) return [];
  const out: Found[] = [];
  // The last quote or report found in each sentence.
  const said = new Map<number, Found>();
  for (const f of found) {
    const s = lastBelow(bounds, tokenAt(tokens, f.quote.start) + 1, (b) => b[0]);
    if (s >= 0 && (!said.has(s) || said.get(s)!.quote.start < f.quote.start)) said.set(s, f);
  }
  let prev: Voice | null = null;
  for (const [s, [from, to]] of bounds.entries()) {
    const own = said.get(s);
    if (own) {
      const reported = own.quote.kind === "indirect";
      prev = own.mention === "nobody" ? null : { block: own.block, mention: own.mention, quote: own.mention ? null : own, reported };
      continue;
    }
    const block = blockAt(blocks, tokens[from]!.start);
    if (!prev || !sameScene(blocks, prev.block, block) || !carriesOn(tokens, from, to, lex, prev.reported)) {
      const speaker = opener(text, tokens, from, to, lex);
      prev = speaker && { block, mention: speaker, quote: null, reported: false };
      continue;
    }
    let end = to - 1;
    while (end > from && tokens[end]!.kind === "punct") end--;
    // The closing mark of a quoted phrase too short to be a quote stays: 'sei „überfällig“.'
    if (lex.marks.has(tokens[end + 1]?.text ?? "") && tokens[end + 1]!.start === tokens[end]!.end) end++;
    const words = { start: tokens[from]!.start, end: tokens[end]!.end };
    const next: Found = {
      quote: { text: text.slice(words.start, words.end), ...words, kind: "indirect", speaker: null, speakerRole: null },
      block,
      mention: prev.mention,
      group: -1,
      ...(prev.quote && { carries: prev.quote }),
    };
    out.push(next);
    prev = { block, mention: prev.mention, quote: prev.quote, reported: true };
  }
  return out;
}

/**
 * Whether the sentence [from, to) reads as reported speech by its mood alone: a statement with no
 * quotation and no verb of saying whose verb is a subjunctive, not after the writer's "ich"; a
 * conditional only where `reported` speech goes before ("…, sagte er, die Truppe stoße an ihre
 * Grenzen. Die Bedingungen müssten sich ändern").
 */
function carriesOn(tokens: readonly Token[], from: number, to: number, lex: Lexicon, reported: boolean): boolean {
  if (tokens[to - 1]?.text === "?" || to - from < 3) return false;
  let clause = from;
  let mood = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind === "quote" || isSayingVerb(tokens, j, from, lex)) return false;
    if (t.text === ",") clause = j + 1;
    else if (
      !mood &&
      (reported || (!lex.conditional.has(t.lower) && (!lex.modals.has(t.lower) || ownClause(tokens, from, clause, j, lex)))) &&
      !lex.writer.has(tokens[j - 1]?.lower ?? "") &&
      (isSubjunctive(tokens, j, clause, lex) || afterAdverb(tokens, j, from, lex))
    )
      mood = true;
  }
  return mood;
}

/**
 * Whether the modal at `j` of a clause starting at `clause` stands in a main clause of its own, as
 * "würde", "könnte", "müsste" in speech carried on from a quotation do; in a clause that a
 * subordinator or relative pronoun opens ("Es gibt kein Endlager, das Belege liefern könnte"), or
 * right after a coordinator that joins it to the writer's verb ("Die Stuttgarterinnen führen mit 2:1
 * und würden …"), or after a condition, it is the writer's.
 */
function ownClause(tokens: readonly Token[], from: number, clause: number, j: number, lex: Lexicon): boolean {
  const first = tokens[clause]!;
  if (lex.subordinators.has(first.lower) || lex.coordinators.has(tokens[j - 1]?.lower ?? "")) return false;
  // "Auch wenn das Datenleck … nicht gefährdet, könnte der Vorgang …": a hypothesis on a condition
  // the sentence opens with.
  const opener = (k: number) => k < clause - 1 && lex.subordinators.has(tokens[k]!.lower);
  if (clause > from && (opener(from) || opener(from + 1))) return false;
  // "…, das sich gut fügen würde" — not "…, das Werk würde geschlossen", whose noun follows the article.
  return clause === from || !lex.relativePronouns.has(first.lower) || !!tokens[clause + 1]?.cap;
}

/**
 * Whether the word at `j` is a verb by its subjunctive ending right after an adverb that opens the
 * sentence, a main clause's second place: "Sonst drohe ein Teufelskreis", "Zudem sollten …".
 */
function afterAdverb(tokens: readonly Token[], j: number, from: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  return (
    j === from + 1 &&
    !t.cap &&
    lex.notNames.has(tokens[from]!.lower) &&
    (lex.subjunctive.has(t.lower) || hasSubjunctiveEnding(t.lower, lex))
  );
}

/** Tokens a speaker that opens a sentence may span before its verb: "Umweltminister Carsten Schneider (SPD)". */
const MAX_OPENER = 8;

/** The named speaker a sentence opens with, right before its verb of saying: "Umweltminister Carsten Schneider (SPD) äußerte sich skeptisch". */
function opener(text: string, tokens: readonly Token[], from: number, to: number, lex: Lexicon): Mention | null {
  // Cheap first: a verb of saying near the start at all.
  let k = from + 1;
  while (k < to && k <= from + MAX_OPENER && !isSayingVerb(tokens, k, from, lex)) k++;
  if (k >= to || k > from + MAX_OPENER) return null;
  const m = parseMention(text, tokens, from, k, lex);
  if (m?.kind !== "name") return null;
  // A party in brackets after the name: "Carsten Schneider (SPD) äußerte sich".
  let verb = m.next;
  if (tokens[verb]?.text === "(" && tokens[verb + 2]?.text === ")") verb += 3;
  return verb < to && isSayingVerb(tokens, verb, from, lex) ? m : null;
}

/** The index of the token that holds `pos`, a quotation's token for its words. */
const tokenAt = (tokens: readonly Token[], pos: number) => lastBelow(tokens, pos + 1, byStart);

/** Whether block `b` goes on from block `a`: the same one, or the paragraph right after a paragraph. */
const sameScene = (blocks: readonly Block[], a: number, b: number) =>
  a === b || (b === a + 1 && blocks[a]?.kind === "paragraph" && blocks[b]?.kind === "paragraph");
