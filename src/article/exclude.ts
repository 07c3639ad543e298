import { BLOCK_CHILD, HEADING, NON_TEXT, hasAncestor, hintsOf, isAuthor, isHidden, shortTextOf, tagOf, type TextOf } from "./dom";
import { firstLetterOrDigit } from "../text/letters";
import {
  AUTHOR_BOX,
  BYLINE,
  CAPTION,
  CREDIT_OR_DATE,
  DISCLOSURE,
  SOCIAL_EMBED,
  FURNITURE as FURNITURE_HINTS,
  PAYWALL,
  SHARE,
  READING_TIME,
  TIME_NAME,
  UNLIKELY_ROLES,
  PULL_QUOTE,
} from "./hints";
import { AD_LABEL, AD_LINE, CONSENT_LINE, CREDIT_LINE, MEDIA_CONTROL, TEASER_LINE, isDuration } from "./phrases";
import { fold } from "../text/fold";
import { linkDensity, type Stat } from "./stats";
import { walkElements } from "../text/walk";
import { classWeight } from "./weight";
import { namedUnlikely } from "./title-row";

/** Which of Readability's clean-up passes are on (they are relaxed one by one on short results). */
export interface Flags {
  stripUnlikely: boolean;
  weighClasses: boolean;
  cleanConditionally: boolean;
}

/** Longest text (characters) of a box at a paywall that is an offer, not the paid text. */
const PAYWALL_OFFER_CHARS = 600;

/** Never article text, whatever they hold. */
const FURNITURE = new Set(["nav", "aside", "footer", "form", "fieldset", "dialog", "menu"]);
/** Judged by their content ("conditional cleaning"). */
const CONDITIONAL = new Set(["div", "table", "ul", "ol", "section"]);

/** Containers that may be a labelled list of links. */
const LINK_LIST = new Set(["p", "div", "ul", "ol"]);
/** Inline elements, whose text is part of a line. */
const INLINE = new Set(["span", "small", "cite", "em", "i", "b", "strong", "font"]);
const CODE = new Set(["code"]);
/** Lists, tables and their items: judged as lists, not as lines. */
const ITEM = new Set(["ul", "ol", "dl", "li", "dt", "dd", "table", "tr", "td", "th"]);
/** The separator between the items of a link bar. */
const BAR = /\s+[|•·]\s+/;
const FIGURE = new Set(["figure"]);
const TABLE_OR_CODE = new Set(["table", "code"]);

/** Tables of data (kept whole), as opposed to tables used for layout. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute("role") === "presentation" || table.getAttribute("datatable") === "0") return false;
  if (table.hasAttribute("summary")) return true;
  let rows = 0;
  let cells = 0;
  let nested = false;
  let headed = false;
  walkElements(table, (c) => {
    const tag = tagOf(c);
    if (tag === "caption" || tag === "thead" || tag === "tfoot" || tag === "th") headed = true;
    else if (tag === "table") nested = true;
    else if (tag === "tr") rows++;
    else if (tag === "td") cells++;
    return !headed;
  });
  if (headed) return true;
  return !nested && (rows >= 10 || cells / Math.max(rows, 1) > 4 || cells > 10);
}

/** Share of a table's text in links from which it is navigation (a navbox, a list of headlines), not data. */
const LINK_TABLE = 0.7;

/** A table kept whole as a block: a table of data, not of links. */
export const isKeptTable = (table: Element, s: Stat) => linkDensity(s) < LINK_TABLE && isDataTable(table);

/** The nearest table around `el`, if any. */
function tableAround(el: Element): Element | null {
  for (let n = el.parentElement; n; n = n.parentElement) if (tagOf(n) === "table") return n;
  return null;
}

/** Text (characters) per picture that makes a box of pictures prose with illustrations. */
const TEXT_PER_IMAGE = 100;

/**
 * Text (characters) per embed that makes a box with several embeds an article with widgets in it
 * (like buttons, a map) rather than a box of embeds: a few paragraphs each.
 */
const TEXT_PER_EMBED = 800;

/** Text (characters) per form field beyond which a box is text with a switch in it, not a form. */
const TEXT_PER_INPUT = 1000;

/** Least text (characters) of a part without links that makes a box of parts more than its links: a sentence or two. */
const LINK_FREE_PART = 100;

/**
 * A box of divs and sections whose links all sit in some of them, beside a part of prose without
 * any (an agency's "Additional reporting by …" beside its standards link): its parts are judged
 * each, not the box on its links.
 */
function hasLinkFreePart(el: Element, stats: Map<Element, Stat>): boolean {
  let free = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const cs = stats.get(c);
    if (!cs || cs.chars === 0) continue;
    if (cs.tag !== "div" && cs.tag !== "section") return false;
    if (cs.links === 0 && cs.chars >= LINK_FREE_PART) free = true;
  }
  return free;
}

/** Readability's "conditional cleaning": a container of links, images or forms rather than prose. */
function looksLikeBoilerplate(el: Element, s: Stat, stats: Map<Element, Stat>, weigh: boolean): boolean {
  const tag = tagOf(el);
  if (hasAncestor(el, CODE) || (tag === "table" && isKeptTable(el, s))) return false;
  const table = tableAround(el);
  if (table && isDataTable(table)) return false;
  const weight = weigh ? classWeight(el) : 0;
  // A caption's class may name the media it belongs to ("media-caption"): no boilerplate word then.
  if (weight < 0 && !CAPTION.test(s.hints)) return true;
  if (s.commas >= 10) return false;
  const isList = tag === "ul" || tag === "ol" || (s.chars > 0 && s.listChars / s.chars > 0.9);
  const inFigure = hasAncestor(el, FIGURE);
  const ld = linkDensity(s);
  const headingDensity = s.chars ? s.headingChars / s.chars : 0;
  // More pictures than paragraphs, with little text to each (smileys in a post are no gallery).
  const img = s.img - s.figureImg;
  if (!inFigure && img > 1 && s.p / img < 0.5 && s.chars < TEXT_PER_IMAGE * img) return true;
  if (!isList && s.li - 100 > s.p) return true;
  // List items count like paragraphs: a servings field beside a list of ingredients is no form, nor
  // is a switch over long text set in divs (a recipe's steps).
  if (s.input > Math.floor((s.p + s.li) / 3) && s.chars < TEXT_PER_INPUT * s.input) return true;
  if (!isList && !inFigure && headingDensity < 0.9 && s.chars < 25 && (s.img === 0 || s.img > 2) && ld > 0) return true;
  if (!isList && weight < 25 && ld > 0.2 && !hasLinkFreePart(el, stats)) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((s.embed === 1 && s.chars < 75) || (s.embed > 1 && s.chars < TEXT_PER_EMBED * s.embed)) return true;
  return s.img === 0 && s.chars === 0;
}

/** A pull quote set in an aside is a part of the text (the "pull quotes"), not a sidebar. */
const isPullQuote = (el: Element, tag: string) => tag === "aside" && PULL_QUOTE.test(hintsOf(el));

/** The footer of a block quote names its source ("— Oana Lungescu"): part of the quote block. */
const isQuoteSource = (el: Element, tag: string) => tag === "footer" && el.parentElement?.localName === "blockquote";

/** A heading or label paragraph that opens a box of teasers or service ("Mehr zum Thema", "Related"). */
export function isTeaserHeading(el: Element): boolean {
  const tag = tagOf(el);
  if (!HEADING.has(tag) && tag !== "p") return false;
  // A paragraph heads a box only when it is the label alone ("Verwandte Artikel:").
  const text = shortTextOf(el, tag === "p" ? 40 : 80);
  return text !== null && TEASER_LINE.test(text);
}

/** Longest disclosure note (characters): a longer region so named holds more than the note. */
const DISCLOSURE_CHARS = 1000;

/** Longest line judged as a possible service line, and as a consent note (characters). */
const SERVICE_CHARS = 200;
const CONSENT_CHARS = 400;

/**
 * A short line of teaser, service note or advertising label ("Zurück zur Übersicht", "Anzeige:
 * …"), or a consent note ("Wir respektieren deine Privatsphäre und stellen deshalb …"); a bar of
 * service links ("Kommentarfeed | Kommentare geschlossen") is judged by each item.
 */
function isServiceLine(text: string): boolean {
  if (text.length >= CONSENT_CHARS) return false;
  // Folded once for the patterns: this runs for most short lines of the page.
  const folded = fold(text);
  if (CONSENT_LINE.test(text, folded)) return true;
  if (text.length >= SERVICE_CHARS) return false;
  if (AD_LINE.test(text, folded)) return true;
  return BAR.test(text) ? text.split(BAR).some((item) => TEASER_LINE.test(item)) : TEASER_LINE.test(text, folded);
}

/**
 * A box named for a credit, source or date. One named also a caption that holds blocks wraps the
 * caption with its credit (NPR's "credit-caption"): it is the caption.
 */
function isCreditBox(el: Element, hints: string, s: Stat | undefined): boolean {
  return CREDIT_OR_DATE.test(hints) && !(CAPTION.test(hints) && (s ? s.hasBlock : hasBlockChild(el)));
}

/**
 * A box named for a time alone that gives a duration: a recipe's "preparation__time" ("120
 * Minuten"), no date line. Not a reading time, nor a box also named for a date ("date-time").
 */
function givesDuration(el: Element, hints: string, textOf: TextOf): boolean {
  if (!TIME_NAME.test(hints) || READING_TIME.test(hints) || CREDIT_OR_DATE.test(hints.replace(TIME_NAME, " "))) return false;
  return isDuration(textOf(el));
}

/**
 * Marks alone, hidden for screen readers to read two parts as one: the ": " between a kicker and
 * its headline ("Klimakonferenz<span class="visually-hidden">: </span>Staaten einigen sich …").
 * Left out, the parts would run together into one word.
 */
function isSeparator(el: Element): boolean {
  const text = shortTextOf(el, 4);
  return !!text && firstLetterOrDigit(text) < 0;
}

/** Whether an element holds blocks (is no line); its children only are looked at. */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILD.has(tagOf(c))) return true;
  return false;
}

/** Whether the text, or the first child's (a label glued to the links: "Mehr zum ThemaTitel"), opens with a teaser phrase. */
function startsWithTeaser(el: Element, textOf: TextOf): boolean {
  const first = el.firstElementChild;
  return TEASER_LINE.test(textOf(el)) || (!!first && TEASER_LINE.test(textOf(first)));
}

/**
 * The `skip` predicate: whether an element inside the article is left out with everything in
 * it. Memoised; never changes the page.
 */
export function makeSkip(stats: Map<Element, Stat>, flags: Flags, textOf: TextOf): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const rule = (el: Element): boolean => {
    const tag = tagOf(el);
    if (NON_TEXT.has(tag) || (FURNITURE.has(tag) && !isQuoteSource(el, tag) && !isPullQuote(el, tag))) return true;
    const s = stats.get(el);
    // Measured elements passed the visibility, role and class checks of their pass already.
    if (!s && el.hasAttributes()) {
      const role = el.getAttribute("role");
      if (isHidden(el) || (role && UNLIKELY_ROLES.has(role)) || isAuthor(el)) return true;
      const hints = hintsOf(el);
      if (hints && tag !== "a" && !hasAncestor(el, TABLE_OR_CODE)) {
        if (FURNITURE_HINTS.test(hints) && !isSeparator(el)) return true;
        if (flags.stripUnlikely && namedUnlikely(el, hints)) return true;
      }
    }
    const hints = s ? s.hints : hintsOf(el);
    if (hints) {
      if (SHARE.test(hints) && (s?.chars ?? 0) < 500) return true;
      if ((BYLINE.test(hints) || (isCreditBox(el, hints, s) && !givesDuration(el, hints, textOf))) && (s?.chars ?? 0) < 100) return true;
      if (AUTHOR_BOX.test(hints) && (s?.chars ?? 0) < 1000) return true;
      if (PAYWALL.test(hints) && tag !== "p" && (s?.chars ?? 0) < PAYWALL_OFFER_CHARS && (s?.p ?? 0) < 3) return true;
      // A link or phrase so named ("affiliate-link") is part of a sentence.
      if (DISCLOSURE.test(hints) && BLOCK_CHILD.has(tag) && (s?.chars ?? 0) < DISCLOSURE_CHARS) return true;
      if (SOCIAL_EMBED.test(hints) && tag !== "p" && (s?.chars ?? 0) < 1500) return true;
    }
    if (s?.author) return true;
    if (HEADING.has(tag)) return ((tag === "h1" || tag === "h2") && flags.weighClasses && classWeight(el) < 0) || isTeaserHeading(el);
    // A picture credit or advertising label set inline ("… Stadt. <small>© dpa</small>", "<b>ANZEIGE - …</b>"),
    // or on a line of its own inside a caption block ("<p>(Bild: Deutsche Telekom)</p>").
    if (INLINE.has(tag) || tag === "p") {
      const text = textOf(el);
      if (text.length < 100 && (CREDIT_LINE.test(text) || AD_LINE.test(text))) return true;
    }
    // Unmeasured lines (under a region the pass dropped; the lead's lenient search reaches them)
    // are judged by their text alone.
    if (!s) return !hasBlockChild(el) && isServiceLine(textOf(el));
    if (s.chars < 30 && (AD_LABEL.test(textOf(el)) || MEDIA_CONTROL.test(textOf(el)))) return true;
    // Short lines of prose, the loose text of a box included ("Teilen: <ul>…</ul>"). Lists and
    // their items are no lines ("Related to each other: …"), nor is what sits inside a line.
    const standsAlone = !!el.parentElement && !!stats.get(el.parentElement)?.hasBlock;
    const line = tag === "p" || (standsAlone && !ITEM.has(tag) && (!s.hasBlock || s.inlineChars >= s.chars * 0.3));
    if (line && s.chars < CONSENT_CHARS && isServiceLine(textOf(el))) return true;
    // A list of links under a teaser label ("Siehe auch", "Related"), of any length.
    if (LINK_LIST.has(tag) && linkDensity(s) >= 0.5 && startsWithTeaser(el, textOf)) return true;
    // Custom elements ("teaser-box") are boxes like divs.
    const box = CONDITIONAL.has(tag) || tag.includes("-");
    return flags.cleanConditionally && box && looksLikeBoilerplate(el, s, stats, flags.weighClasses);
  };
  return (el) => {
    let v = memo.get(el);
    if (v === undefined) memo.set(el, (v = rule(el)));
    return v;
  };
}
