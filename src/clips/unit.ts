import { nameTokens } from "./dom";
import type { DocOrder } from "./order";
import type { TextSize } from "./text-size";
import type { ClipWords } from "./words";

/** A caption area holds a teaser text and its meta lines, not article paragraphs (characters). */
export const UNIT_TEXT = 700;
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const STOP_TAGS = new Set(["body", "html", "main", "article"]);

/** Class and id words of a caption beside a player: "video-caption", "mediaInfo", "subline", "description". */
const CAPTION_WORD = /caption|title|info$|meta$|subline|desc/;

/** A paragraph this long is running text, not a title or meta line (characters). */
const PARAGRAPH_TEXT = 100;

/**
 * Long paragraphs among an element's children beside `unit`: two are running text (a short
 * article's), not a caption. One above a unit with a caption of its own counts twice: the text of
 * a live blog's entry, whose player has its caption below it.
 */
function paragraphsBeside(p: Element, unit: Element, captioned: boolean): number {
  let n = 0;
  let above = captioned ? 2 : 1;
  for (let c = p.firstElementChild; c; c = c.nextElementSibling)
    if (c === unit) above = 1;
    else if (c.localName === "p" && (c.textContent ?? "").length > PARAGRAPH_TEXT) n += above;
  return n;
}

/**
 * Finds the caption areas of a page's players. What it learns about an element (its text length,
 * whether it holds a heading that ends a caption area) is remembered, and the players inside an element are
 * counted by binary search over them in document order.
 */
export class CaptionUnits {
  /** The players in document order. */
  private readonly sorted: Element[];
  /** How often each player element is listed. */
  private readonly listed = new Map<Element, number>();
  private readonly endsInside = new Map<Element, boolean>();

  constructor(
    players: readonly Element[],
    private readonly order: DocOrder,
    private readonly text: TextSize,
    private readonly w: ClipWords,
  ) {
    this.sorted = [...players].sort((a, b) => order.compare(a, b));
    for (const p of players) this.listed.set(p, (this.listed.get(p) ?? 0) + 1);
  }

  /**
   * The clip's caption area: the player's figure, else its largest ancestor that holds no other
   * player, little text, no run of paragraphs (the caption beside a placeholder) and not the page's
   * headline (a lead video's box in the article's header: the headline and its date are the article's).
   */
  of(el: Element): Element {
    let unit = el;
    while (unit.localName !== "figure") {
      const p = unit.parentElement;
      if (!p || STOP_TAGS.has(p.localName)) break;
      if (this.playersIn(p) > (this.listed.get(el) ?? 0)) break;
      if (this.text.exceeds(p, UNIT_TEXT) || this.hasEndingHeading(p) || paragraphsBeside(p, unit, this.text.exceeds(unit, 0)) >= 2) break;
      unit = p;
    }
    return unit;
  }

  /**
   * The caption a page sets right after a caption area that holds nothing but the player: its next
   * sibling, when it holds no player, little text and is named a caption (`<div class="video-caption">`,
   * "media-info", "subline"), or is a figcaption.
   */
  captionAfter(unit: Element): Element | null {
    const next = unit.nextElementSibling;
    if (!next || this.playersIn(next) > 0 || this.text.exceeds(next, UNIT_TEXT)) return null;
    return next.localName === "figcaption" || nameTokens(next).some((t) => CAPTION_WORD.test(t)) ? next : null;
  }

  /** How many listed players `p` holds (itself included). */
  private playersIn(p: Element): number {
    return this.order.countWithin(this.sorted, p);
  }

  /**
   * Whether a descendant of `root` is a heading that no caption area spans: one of related teasers,
   * or the page's headline (an h1); remembered per element, explicit stack.
   */
  private hasEndingHeading(root: Element): boolean {
    const known = this.endsInside.get(root);
    if (known !== undefined) return known;
    const stack: { el: Element; child: Element | null }[] = [{ el: root, child: root.firstElementChild }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const c = top.child;
      if (!c) {
        this.endsInside.set(top.el, false);
        stack.pop();
        continue;
      }
      top.child = c.nextElementSibling;
      const inside = this.endsInside.get(c);
      const found =
        c.localName === "h1" || (HEADING.has(c.localName) && this.w.related.test((c.textContent ?? "").trim())) || inside === true;
      if (found) {
        for (const f of stack) this.endsInside.set(f.el, true);
        return true;
      }
      if (inside === undefined) stack.push({ el: c, child: c.firstElementChild });
    }
    return false;
  }
}
