import type { Block, Span } from "../types";

/** A block quote's words and, when the block carries one, its attribution line. */
export interface BlockQuoteParts {
  words: Span;
  /** "Oana Lungescu, ehem. Nato-Sprecherin" (dash and marks stripped). */
  attribution: Span | null;
}

/** Quotation marks, dashes and spaces that frame a block quote's words or its attribution. */
const FRAME = /[\s"'„“”‚‘’»«›‹\-–—―~]/u;
const DASH = /^[\s"„“”»«]*[-–—―~]/u;
const FRAMED = /[„“”»«‚‘’\-–—―~]/u;
const SENTENCE_END = /[.!?…"“”»«’]$/u;
/** An attribution is a name with at most a short role: "Oana Lungescu, ehem. Nato-Sprecherin". */
const MAX_ATTRIBUTION_WORDS = 12;

/**
 * Splits a block quote into its words and an attribution line (a `<cite>`/`<footer>` line, a line
 * opened by a dash, or a short capitalised tail after the last sentence, as in pull quotes that
 * end "… sollte. „ Oana Lungescu, ehem. Nato-Sprecherin").
 */
export function splitBlockQuote(text: string, block: Block): BlockQuoteParts | null {
  const lines = lineSpans(text, block)
    .map((l) => trim(text, l))
    .filter((l) => l.end > l.start);
  if (lines.length === 0) return null;
  let attribution: Span | null = null;
  const last = lines[lines.length - 1]!;
  if (lines.length > 1 && looksLikeAttribution(text, last, DASH.test(rawLine(text, block, last)))) {
    attribution = last;
    lines.pop();
  } else {
    const tail = tailAttribution(text, last);
    if (tail) {
      attribution = tail.attribution;
      lines[lines.length - 1] = tail.words;
    }
  }
  const words = trim(text, { start: lines[0]!.start, end: lines[lines.length - 1]!.end });
  return words.end > words.start ? { words, attribution } : null;
}

function lineSpans(text: string, block: Block): Span[] {
  const out: Span[] = [];
  let start = block.start;
  for (let i = block.start; i <= block.end; i++) {
    if (i === block.end || text[i] === "\n") {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The line as written before trimming, from the start of its line. */
function rawLine(text: string, block: Block, line: Span): string {
  const from = Math.max(block.start, text.lastIndexOf("\n", line.start - 1) + 1);
  return text.slice(from, line.end);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && FRAME.test(text[start]!)) start++;
  while (end > start && /[\s"„“”‚‘’»«›‹\-–—―~]/u.test(text[end - 1]!) && !/[“”"»«’]/u.test(text[end - 1]!)) end--;
  // Keep a closing mark only when its opener is inside too; the framing marks go.
  while (end > start && /[“”"»«’„]/u.test(text[end - 1]!) && !hasOpener(text.slice(start, end - 1))) end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const hasOpener = (s: string) => /[„“"»«‘‚]/u.test(s);

function looksLikeAttribution(text: string, line: Span, dashed: boolean): boolean {
  const s = text.slice(line.start, line.end);
  const words = s.split(/\s+/).length;
  if (words > MAX_ATTRIBUTION_WORDS || !/^\p{Lu}/u.test(s)) return false;
  return dashed || !/[.!?…]$/u.test(s);
}

/** A capitalised name after the quote's last sentence in the same line. */
function tailAttribution(text: string, line: Span): { words: Span; attribution: Span } | null {
  const s = text.slice(line.start, line.end);
  const re = /[.!?…][\s"„“”»«‚‘’\-–—―~]*\s[\s"„“”»«‚‘’\-–—―~]*(?=\p{Lu})/gu;
  let cut: RegExpExecArray | null = null;
  // The last sentence end that a mark or dash sets off from a capital: "… sollte. „ Oana".
  for (let m = re.exec(s); m; m = re.exec(s)) if (FRAMED.test(m[0])) cut = m;
  if (!cut) return null;
  const attribution = { start: line.start + cut.index + cut[0].length, end: line.end };
  const tail = text.slice(attribution.start, attribution.end);
  if (!looksLikeAttribution(text, attribution, true) || !SENTENCE_END.test(s.slice(0, cut.index + 1))) return null;
  if (/[.!?]$/.test(tail)) return null;
  return { words: { start: line.start, end: line.start + cut.index + 1 }, attribution };
}
