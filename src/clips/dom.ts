/** Small DOM reads shared by the clip finders. Pure: nothing here changes the page. */

/** Elements whose text is never a caption (player UI, scripts, forms). */
const NO_CAPTION = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "button",
  "select",
  "option",
  "textarea",
  "video",
  "audio",
  "iframe",
  "object",
  "svg",
  "form",
]);

export const skipsCaption = (el: Element) => NO_CAPTION.has(el.localName);

/** Hidden by the page itself (not merely visually hidden for screen readers). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether `el` or an ancestor up to (not including) `stop` matches `test`. */
export function hasAncestor(el: Element, test: (a: Element) => boolean, stop: Element | null = null): boolean {
  for (let a: Element | null = el; a && a !== stop; a = a.parentElement) if (test(a)) return true;
  return false;
}

/** Lower-case words of an element's class and id: "posttv-video-embed" → posttv, video, embed. */
export function nameTokens(el: Element): string[] {
  return `${el.getAttribute("class") ?? ""} ${el.id ?? ""}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Parses attribute or script text as JSON; null when it is not JSON. */
export function parseJson(s: string | null): unknown {
  if (!s) return null;
  const t = s
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, "")
    .replace(/^<!--|-->$/g, "")
    .trim();
  if (!/^[[{]/.test(t)) return null;
  try {
    return JSON.parse(t);
  } catch {
    return null;
  }
}

const NO_TEXT = new Set(["script", "style", "noscript", "template"]);

/** Whether an element's visible text (without scripts and styles) is longer than `max` characters; stops counting there. */
export function textExceeds(el: Element, max: number): boolean {
  let n = 0;
  const walk = (e: Element): boolean => {
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? "").trim().length;
      else if (c.nodeType === 1 && !NO_TEXT.has((c as Element).localName) && walk(c as Element)) return true;
      if (n > max) return true;
    }
    return false;
  };
  return walk(el);
}

/** An absolute URL for `href` against the page URL; the input when it cannot be resolved. */
export function absolute(href: string, base: string | null): string {
  // Pages double-escape ampersands in iframe URLs ("?rel=0&amp;start=17").
  const url = href.trim().replace(/&amp;/g, "&");
  try {
    return base ? new URL(url, base).href : url;
  } catch {
    return url;
  }
}

/** The nearest ancestor-or-self with one of these local names (closest() runs a CSS engine in linkedom). */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (names.has(a.localName)) return a;
  return null;
}

/** The first descendant of `root` in document order that passes `test`, stopping when the walk reaches `until`. */
export function firstDescendant(root: Element, test: (el: Element) => boolean, until: Node | null = null): Element | null {
  let done = false;
  const walk = (p: Element): Element | null => {
    for (let el = p.firstElementChild; el && !done; el = el.nextElementSibling) {
      if (el === until) {
        done = true;
        return null;
      }
      if (test(el)) return el;
      const found = walk(el);
      if (found) return found;
    }
    return null;
  };
  return walk(root);
}

/** Every descendant element of `root`, in document order. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (p: Element) => {
    for (let el = p.firstElementChild; el; el = el.nextElementSibling) {
      out.push(el);
      walk(el);
    }
  };
  walk(root);
  return out;
}
