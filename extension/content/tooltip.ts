// The small card shown for a highlight: who and in what role. It lives in a shadow root
// so page CSS cannot reach it, and its host is in the document only while the card is shown.
// Page text is set with textContent, never as HTML.

const CARD_CSS = `
.card { font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #888;
  border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); padding: 6px 10px; max-width: 320px; }
.who { font-weight: 600; display: block; }
.role { color: #444; display: block; }
@media (prefers-color-scheme: dark) {
  .card { color: #eee; background: #222; border-color: #777; }
  .role { color: #bbb; }
}`;

/** Gap between the highlight and the card, in CSS pixels. */
const GAP = 6;

export interface CardContent {
  who: string;
  role: string | null;
}

export class Tooltip {
  private host: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** The shadow host while shown: the page observer ignores it. */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(content: CardContent, anchor: DOMRect): void {
    this.hide();
    const host = this.doc.createElement("newsmark-card");
    // Fixed and out of the page's layout; the card never takes the pointer.
    host.style.cssText = "all: initial; position: fixed; z-index: 2147483647; pointer-events: none; left: 0; top: 0;";
    const shadow = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = CARD_CSS;
    const card = this.doc.createElement("div");
    card.className = "card";
    card.setAttribute("role", "tooltip");
    const who = this.doc.createElement("span");
    who.className = "who";
    who.textContent = content.who;
    card.append(who);
    if (content.role) {
      const role = this.doc.createElement("span");
      role.className = "role";
      role.textContent = content.role;
      card.append(role);
    }
    shadow.append(style, card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.place(host, card.getBoundingClientRect(), anchor);
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
  }

  /** Below the anchor, or above it when there is no room; kept inside the viewport. */
  private place(host: HTMLElement, card: DOMRect, anchor: DOMRect): void {
    const view = this.doc.documentElement;
    const below = anchor.bottom + GAP;
    const top = below + card.height > view.clientHeight ? Math.max(0, anchor.top - GAP - card.height) : below;
    const left = Math.min(Math.max(0, anchor.left), Math.max(0, view.clientWidth - card.width));
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(top)}px`;
  }
}
