import { BLOCK_CHILD, tagOf } from "./dom";
import type { Stat } from "./stats";

/**
 * Loose text beside blocks: a run of text and inline elements directly in a container of
 * paragraphs ("…</div>The Federal Flag Code has … the flag.<p>"). Old and hand-edited pages leave
 * whole paragraphs so. The container itself then is a block whose text is the run: the
 * separating children, blocks of their own, are left out of its text.
 */

/** Text (characters) a run needs to be a paragraph, not a label or a stray bullet. */
const MIN_RUN = 80;
/** Share of the container's loose text the run must hold: one run, the rest is crumbs. */
const ONE_RUN = 0.9;
/** Share of the run's text allowed in links (else it is a list of links, "Tags: a, b"). */
const RUN_LINKS = 0.5;

/** A child that ends a run: a block, or an element holding blocks. */
export const separates = (c: Element, stats: Map<Element, Stat>) => BLOCK_CHILD.has(tagOf(c)) || !!stats.get(c)?.hasBlock;

/** Length of a text node's text, trimmed, with whitespace runs counted once. */
const textChars = (data: string) => data.replace(/\s+/g, " ").trim().length;

/**
 * The run of `el` as a block: `before` is the child it precedes (null: it ends `el`); null when
 * `el` holds no single run of prose.
 */
export function looseRun(el: Element, stats: Map<Element, Stat>): { before: Element | null } | null {
  if ((stats.get(el)?.inlineChars ?? 0) < MIN_RUN) return null;
  let best = 0;
  let bestLinks = 0;
  let before: Element | null = null;
  let total = 0;
  let chars = 0;
  let links = 0;
  for (let c: ChildNode | null = el.firstChild; ; c = c.nextSibling) {
    if (!c || (c.nodeType === 1 && separates(c as Element, stats))) {
      if (chars > best) [best, bestLinks, before] = [chars, links, c as Element | null];
      total += chars;
      chars = links = 0;
      if (!c) break;
    } else if (c.nodeType === 3) chars += textChars((c as Text).data);
    else if (c.nodeType === 1) {
      const s = stats.get(c as Element);
      chars += s?.chars ?? 0;
      links += s?.links ?? 0;
    }
  }
  if (best < MIN_RUN || best < total * ONE_RUN || bestLinks > best * RUN_LINKS) return null;
  return { before };
}

/** `skip`, and in the containers of runs, the children that separate runs (they are blocks of their own). */
export function skipBesideRuns(skip: (el: Element) => boolean, runs: ReadonlySet<Element>, stats: Map<Element, Stat>) {
  if (!runs.size) return skip;
  return (el: Element) => skip(el) || (!!el.parentElement && runs.has(el.parentElement) && separates(el, stats));
}

/** A block's text length: a run's container counts its loose text only. */
export function blockChars(el: Element, stats: Map<Element, Stat>, runs: ReadonlySet<Element>): number {
  const s = stats.get(el);
  return !s ? 0 : runs.has(el) ? s.inlineChars : s.chars;
}
