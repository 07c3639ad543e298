import { BLOCK_CHILD, HEADING, NON_TEXT, hintsOf, isAuthor, isHidden, tagOf } from "./dom";
import { FURNITURE, UNLIKELY_ROLES } from "./hints";
import { namedUnlikely } from "./title-row";
import { walkNodes } from "../text/walk";

/**
 * A box named like furniture ("dialog-off-canvas", "paywall") that wraps the page instead: it
 * holds the headline, many paragraphs or more than 3000 characters of text.
 */
const isWrapper = (s: Stat) => s.h1 || s.p >= 5 || s.chars >= 3000;

/** What one element holds, measured once over the page (removed regions count as nothing). */
export interface Stat {
  /** The element's local name, read once (each read crosses into the DOM). */
  tag: string;
  /** Visible text length, whitespace runs counted as one character. */
  chars: number;
  /** Text length inside links; in-page (#) links count 0.3, links in figures 0. */
  links: number;
  commas: number;
  /** Descendant counts. */
  p: number;
  img: number;
  /** Pictures inside figures: the page's own media, declared as such. */
  figureImg: number;
  li: number;
  input: number;
  embed: number;
  /** Holds an h1 (a page's headline: what wraps it is no overlay). */
  h1: boolean;
  /** Text length inside headings and inside lists. */
  headingChars: number;
  listChars: number;
  /** Text length of direct text and inline children (not in block children). */
  inlineChars: number;
  /** Has a child that makes it more than a paragraph. */
  hasBlock: boolean;
  /** Class and id, read once (attribute reads are slow on some DOMs). */
  hints: string;
  /** Marked up as the author (rel=author, itemprop=author). */
  author: boolean;
}

export interface StatOptions {
  /** Drop regions whose class/id say they are furniture (first pass; off on retry). */
  stripUnlikely: boolean;
}

const VIDEO =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;

/** Commas of the scripts Readability counts (Latin, Arabic, small, fullwidth, CJK and others). */
const isComma = (c: number) =>
  c === 0x2c || c === 0x60c || c === 0xfe50 || c === 0xfe10 || c === 0xfe11 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xff0c;

const fresh = (tag: string): Stat => ({
  tag,
  chars: 0,
  links: 0,
  commas: 0,
  p: 0,
  img: 0,
  figureImg: 0,
  li: 0,
  input: 0,
  embed: 0,
  h1: false,
  headingChars: 0,
  listChars: 0,
  inlineChars: 0,
  hasBlock: false,
  hints: "",
  author: false,
});

/** The options of one walk: `holders` are the ancestors of the page's h1s (when furniture is dropped). */
interface WalkOptions extends StatOptions {
  holders: ReadonlySet<Element>;
}

/** Paragraphs that, with an h1, make a region the page's wrapper, not a box beside the article. */
const WRAPPER_PARAGRAPHS = 5;

/** Whether the element is page furniture to drop before scoring. */
function unlikely(el: Element, tag: string, hints: string, opts: WalkOptions, guarded: boolean, names: readonly string[]): boolean {
  const role = names.includes("role") ? el.getAttribute("role") : null;
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (guarded || tag === "body" || tag === "a" || hints === "") return false;
  if (!opts.stripUnlikely || !namedUnlikely(el, hints)) return false;
  // What wraps an h1 and paragraphs is no sidebar or footer, whatever its name ("above-footer" around the page).
  return !(opts.holders.has(el) && el.getElementsByTagName("p").length >= WRAPPER_PARAGRAPHS);
}

/** The ancestors of the h1s under `root`. */
function headlineHolders(root: Element): Set<Element> {
  const out = new Set<Element>();
  for (const h of Array.from(root.getElementsByTagName("h1")))
    for (let n = h.parentElement; n && n !== root && !out.has(n); n = n.parentElement) out.add(n);
  return out;
}

/** Elements whose content's class names say nothing about the page. */
const GUARDS = new Set(["table", "code", "pre"]);

/** Elements measured without looking inside: form fields, embeds and images. */
function leafStat(el: Element, tag: string): Stat | null {
  if (tag === "input") {
    const s = fresh(tag);
    // Hidden fields carry data for scripts; readers never see them.
    if (el.getAttribute("type") !== "hidden") s.input = 1;
    return s;
  }
  if (tag === "iframe" || tag === "embed" || tag === "object") {
    const s = fresh(tag);
    if (!VIDEO.test(el.getAttribute("src") ?? el.getAttribute("data") ?? "")) s.embed = 1;
    return s;
  }
  if (tag === "img") {
    const s = fresh(tag);
    s.img = 1;
    return s;
  }
  return null;
}

/** An element being measured, open while the walk is inside it. */
interface Frame {
  el: Element;
  s: Stat;
  /** Inside a link (this one or an ancestor). */
  inLink: boolean;
  /** Inside a figure (this one or an ancestor). */
  inFigure: boolean;
  /** Inside a table or code, where class hints say nothing about the page (ancestors only). */
  guarded: boolean;
  /** The text so far ended in whitespace. */
  space: boolean;
}

/** Opens an element for measuring, or null when it is dropped: not text, hidden or furniture. */
function openFrame(el: Element, tag: string, parent: Frame | null, opts: WalkOptions): Frame | null {
  if (NON_TEXT.has(tag)) return null;
  const guarded = !!parent && (parent.guarded || GUARDS.has(parent.s.tag));
  const names = el.hasAttributes() ? el.getAttributeNames() : undefined;
  const hints = names ? hintsOf(el, names) : "";
  if (names && (isHidden(el, names) || unlikely(el, tag, hints, opts, guarded, names))) return null;
  const s = fresh(tag);
  s.hints = hints;
  s.author = names !== undefined && isAuthor(el, names);
  return {
    el,
    s,
    inLink: !!parent && (parent.inLink || parent.s.tag === "a"),
    inFigure: tag === "figure" || (!!parent && parent.inFigure),
    guarded,
    space: true,
  };
}

/**
 * An anchor named as a place to jump to and linking nowhere (`<a name="wodarg">…</a>` around a
 * sub-heading or a paragraph): its text is no link.
 */
const isJumpTarget = (a: Element) => !a.hasAttribute("href") && a.hasAttribute("name");

/** The element's finished measure, or null when its class names it furniture after all. */
function closeFrame(f: Frame): Stat | null {
  const s = f.s;
  // Links of a figure (enlarge, download, credit) belong to the picture: no link list.
  if (s.tag === "a" && !f.inLink && !f.inFigure && !isJumpTarget(f.el))
    s.links = (f.el.getAttribute("href") ?? "").startsWith("#") ? s.chars * 0.3 : s.chars;
  return s.hints && !f.guarded && !isWrapper(s) && FURNITURE.test(s.hints) ? null : s;
}

/** Adds a text node: its length with whitespace runs counted once, and its commas. */
function addText(f: Frame, data: string): void {
  const s = f.s;
  let n = 0;
  let commas = 0;
  let space = f.space;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c <= 32 || c === 160) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
      if (isComma(c)) commas++;
    }
  }
  f.space = space;
  s.chars += n;
  s.inlineChars += n;
  s.commas += commas;
}

function addChild(f: Frame, cs: Stat): void {
  const s = f.s;
  const ctag = cs.tag;
  s.chars += cs.chars;
  s.links += cs.links;
  s.commas += cs.commas;
  s.p += cs.p + (ctag === "p" ? 1 : 0);
  s.img += cs.img;
  s.figureImg += cs.figureImg;
  s.li += cs.li + (ctag === "li" ? 1 : 0);
  s.input += cs.input;
  // A box of embeds without text is one player (a Flash object beside its iframe).
  s.embed += cs.chars === 0 ? Math.min(cs.embed, 1) : cs.embed;
  s.headingChars += HEADING.has(ctag) ? cs.chars : cs.headingChars;
  if (cs.h1 || ctag === "h1") s.h1 = true;
  s.listChars += ctag === "ul" || ctag === "ol" ? cs.chars : cs.listChars;
  // A custom element holding blocks ("readme-toc" around a text) is a box like a div.
  if (BLOCK_CHILD.has(ctag) || (cs.hasBlock && ctag.includes("-"))) s.hasBlock = true;
  else s.inlineChars += cs.chars;
  f.space = false;
}

/**
 * Measures every element under `root` in one walk. Elements missing from the map were dropped:
 * invisible, not text, or furniture.
 */
export function measureTree(root: Element, options: StatOptions): Map<Element, Stat> {
  const opts: WalkOptions = { ...options, holders: options.stripUnlikely ? headlineHolders(root) : new Set() };
  const stats = new Map<Element, Stat>();
  /** The open elements from `root` down. */
  const open: Frame[] = [];
  const enter = (n: Node): boolean => {
    const top = open[open.length - 1]!;
    const type = n.nodeType;
    if (type === 3) addText(top, (n as Text).data);
    if (type !== 1) return false;
    const el = n as Element;
    const tag = tagOf(el);
    const leaf = leafStat(el, tag);
    if (leaf) {
      if (leaf.img && top.inFigure) leaf.figureImg = 1;
      addChild(top, leaf);
      return false;
    }
    const frame = openFrame(el, tag, top, opts);
    if (frame) open.push(frame);
    return !!frame;
  };
  const leave = () => {
    const f = open.pop()!;
    const s = closeFrame(f);
    if (!s) return;
    stats.set(f.el, s);
    const parent = open[open.length - 1];
    if (parent) addChild(parent, s);
  };
  const rootTag = tagOf(root);
  const first = leafStat(root, rootTag) ? null : openFrame(root, rootTag, null, opts);
  if (!first) return stats;
  open.push(first);
  walkNodes(root, enter, leave);
  leave();
  return stats;
}

export const linkDensity = (s: Stat) => (s.chars ? Math.min(1, s.links / s.chars) : 0);
