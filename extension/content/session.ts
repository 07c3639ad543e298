// The content script's state for one page: the latest analysis, the reader's settings, whether
// highlights are on, and the flash of the last jump. Every paint starts from the analysis' offsets.
import { analyzeLive, type LiveAnalysis } from "../../src/analyze";
import type { TextMap } from "../../src/text/text-map";
import type { Analysis } from "../../src/types";
import type { PageState } from "../shared/messages";
import { DEFAULT_SETTINGS, type Settings } from "../shared/settings";
import { annotationAt, annotationsOf, type Annotation } from "./annotations";
import { FOCUS_COLOR } from "./highlight-style";
import { tooLargeReason } from "./page-size";
import { createPainter, type PaintColors, type PaintGroups } from "./painter";
import { rangeOf } from "./ranges";

/** How long a jumped-to range stays flashed, in milliseconds. */
const FLASH_MS = 1500;

const paintColors = (s: Settings): PaintColors => ({ ...s.colors, focus: FOCUS_COLOR });

function emptyAnalysis(url: string, reason: string): Analysis {
  return {
    url,
    isArticle: false,
    reason,
    lang: null,
    title: null,
    byline: null,
    published: null,
    siteName: null,
    text: "",
    blocks: [],
    quotes: [],
    people: [],
    clips: [],
    summary: [],
  };
}

function commonAncestor(doc: Document, map: TextMap | null): Node | null {
  const segs = map?.segments;
  if (!segs || segs.length === 0) return null;
  const range = doc.createRange();
  range.setStart(segs[0]!.node, 0);
  range.setEnd(segs[segs.length - 1]!.node, 0);
  return range.commonAncestorContainer;
}

export class Session {
  private live: LiveAnalysis = { analysis: emptyAnalysis("", "not analysed yet"), map: null };
  private tooLarge = false;
  private annotations: Annotation[] = [];
  /** Null until loaded: nothing is painted before the reader's kinds and colours are known. */
  private settings: Settings | null = null;
  private on = true;
  private focus: { start: number; end: number } | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The article's common ancestor in the page; null without an article. */
  private scope: Node | null = null;
  private readonly painter;
  /** Called after each paint that changed the DOM. */
  onDomWritten: () => void = () => {};

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    this.painter = createPainter(doc, paintColors(DEFAULT_SETTINGS));
    signal.addEventListener("abort", () => {
      clearTimeout(this.flashTimer);
      this.painter.clear();
    });
  }

  get highlights(): boolean {
    return this.on;
  }

  /** Whether a change at `target` can change the analysis: anywhere without an article, else in or around it. */
  affects(target: Node): boolean {
    const scope = this.scope;
    if (!scope?.isConnected) return true;
    return scope.contains(target) || target.contains(scope);
  }

  /** (Re-)analyses the page unless it is over the size limits, then repaints. */
  analyse(): void {
    const url = this.doc.location?.href ?? "";
    const reason = tooLargeReason(this.doc);
    this.tooLarge = reason !== null;
    // Stale ranges must go before the wrapping fallback's text nodes are read again.
    this.painter.clear();
    // Stage timings (ms) travel with the analysis, for the popup and the in-browser bench.
    this.live = reason ? { analysis: emptyAnalysis(url, reason), map: null } : analyzeLive(this.doc, { url, timings: true });
    this.scope = this.live.analysis.isArticle ? commonAncestor(this.doc, this.live.map) : null;
    this.focus = null;
    this.paint();
  }

  pageState(): PageState {
    const { analysis } = this.live;
    const state = this.tooLarge ? "tooLarge" : analysis.isArticle ? "ready" : "noArticle";
    return { state, analysis, highlights: this.on };
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.painter.setColors(paintColors(settings));
    this.paint();
  }

  setHighlights(on: boolean): void {
    this.on = on;
    this.paint();
  }

  /** Scrolls the page to text offsets and flashes them; false when they are not in the page. */
  scrollTo(start: number, end: number): boolean {
    const map = this.live.map;
    this.painter.clear();
    const range = map && rangeOf(map, start, end);
    if (!range) {
      this.paint();
      return false;
    }
    const reduce = this.doc.defaultView?.matchMedia("(prefers-reduced-motion: reduce)").matches;
    range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: reduce ? "instant" : "smooth" });
    this.focus = { start, end };
    this.paint();
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.focus = null;
      this.paint();
    }, FLASH_MS);
    return true;
  }

  /** The highlighted annotation at a DOM point, with its page range. */
  annotationAt(node: Node, offset: number): { annotation: Annotation; range: Range } | null {
    const map = this.live.map;
    const at = this.on && map ? map.fromDom(node, offset) : null;
    const annotation = at === null ? null : annotationAt(this.annotations, at);
    const range = annotation && map && rangeOf(map, annotation.start, annotation.end);
    return annotation && range ? { annotation, range } : null;
  }

  private paint(): void {
    if (this.signal.aborted || !this.settings) return;
    const started = performance.now();
    this.painter.clear();
    const map = this.live.map;
    this.annotations = this.on ? annotationsOf(this.live.analysis, this.settings.kinds) : [];
    if (map) {
      const groups: PaintGroups = {};
      for (const a of this.annotations) {
        const range = rangeOf(map, a.start, a.end);
        if (range) (groups[a.kind] ??= []).push(range);
      }
      const focus = this.focus && rangeOf(map, this.focus.start, this.focus.end);
      if (focus) groups.focus = [focus];
      this.painter.render(groups);
    }
    if (this.painter.writesDom) this.onDomWritten();
    const timings = this.live.analysis.timings;
    if (timings) timings.paint = Math.round((performance.now() - started) * 1000) / 1000;
  }
}
