// The content script's state for one page: the latest analysis, the reader's settings, whether
// highlights are on, and the flash of the last jump. Every paint starts from the analysis' offsets.
import { emptyAnalysis, type LiveAnalysis } from "../../src/analyze-page";
import { TOO_LARGE } from "../../src/limits";
import type { TextMap } from "../../src/text/text-map";
import type { PageState } from "../shared/messages";
import { DEFAULT_SETTINGS, type Settings } from "../shared/settings";
import { annotationAt, annotationsOf, type Annotation } from "./annotations";
import { FOCUS_COLOR } from "./highlight-style";
import { PAINTED_MEASURE, RANGES_MEASURE, RENDER_MEASURE, measureSince } from "./perf-marks";
import { createPainter, type PaintColors, type PaintGroups } from "./painter";
import { rangeOf } from "./ranges";
import { analyseInStages, type TextAnalyser } from "./staged-analysis";

/** How long a jumped-to range stays flashed, in milliseconds. */
const FLASH_MS = 1500;

/** The reason the page state carries until the first analysis ends. */
const NOT_YET = "not analysed yet";

const paintColors = (s: Settings): PaintColors => ({ ...s.colors, focus: FOCUS_COLOR });

function commonAncestor(doc: Document, map: TextMap | null): Node | null {
  const segs = map?.segments;
  if (!segs || segs.length === 0) return null;
  const range = doc.createRange();
  range.setStart(segs[0]!.node, 0);
  range.setEnd(segs[segs.length - 1]!.node, 0);
  return range.commonAncestorContainer;
}

export class Session {
  /** Null until the first analysis ends; afterwards the latest finished one (a re-analysis replaces it when done). */
  private live: LiveAnalysis | null = null;
  /** Cancels the analysis in progress; null when none runs. */
  private running: AbortController | null = null;
  private annotations: Annotation[] = [];
  /** Null until loaded: nothing is painted before the reader's kinds and colours are known. */
  private settings: Settings | null = null;
  private on = true;
  private focus: { start: number; end: number } | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The article's common ancestor in the page; null without an article. */
  private scope: Node | null = null;
  private readonly painter;
  /** Called after each change the painter made to the DOM (the wrapping fallback). */
  onDomWritten: () => void = () => {};

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    /** Runs the engine's text stages, off the page's main thread. */
    private readonly analyseText: TextAnalyser,
  ) {
    this.painter = createPainter(doc, paintColors(DEFAULT_SETTINGS));
    signal.addEventListener("abort", () => {
      clearTimeout(this.flashTimer);
      this.painter.dispose();
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

  /**
   * (Re-)analyses the page in stages, one task each, and repaints when done. A call while an
   * analysis runs cancels it: the newer page wins. Until it ends, the previous analysis stays
   * painted and answers the popup.
   */
  async analyse(): Promise<void> {
    this.running?.abort();
    const run = new AbortController();
    this.running = run;
    if (this.painter.writesDom) {
      // The wrapping fallback's marks split the page's text nodes: gone before the analysis reads
      // them, and not back until it ends (`paint` waits).
      this.painter.clear();
      this.onDomWritten();
    }
    const url = this.doc.location?.href ?? "";
    // Stage timings (ms) travel with the analysis, for the popup and the in-browser bench.
    const live = await analyseInStages(this.doc, { url, timings: true }, AbortSignal.any([this.signal, run.signal]), this.analyseText);
    if (!live) return;
    this.running = null;
    this.live = live;
    this.scope = live.analysis.isArticle ? commonAncestor(this.doc, live.map) : null;
    this.focus = null;
    this.paint();
  }

  /** Keeps the highlights styled while the page moves elements, until the re-analysis repaints. */
  reselect(): void {
    this.painter.reselect();
  }

  pageState(): PageState {
    const url = this.doc.location?.href ?? null;
    if (!this.live) return { state: "analysing", analysis: emptyAnalysis(url, NOT_YET), highlights: this.on };
    const { analysis } = this.live;
    const state = analysis.reason === TOO_LARGE ? "tooLarge" : analysis.isArticle ? "ready" : "noArticle";
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
    const map = this.live?.map;
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
    const map = this.live?.map;
    const at = this.on && map ? map.fromDom(node, offset) : null;
    const annotation = at === null ? null : annotationAt(this.annotations, at);
    const range = annotation && map && rangeOf(map, annotation.start, annotation.end);
    return annotation && range ? { annotation, range } : null;
  }

  private paint(): void {
    // Nothing is painted before the reader's kinds and colours are known, nor by the wrapping
    // fallback while an analysis reads the text nodes it would split.
    if (this.signal.aborted || !this.settings || (this.running && this.painter.writesDom)) return;
    const started = performance.now();
    this.painter.clear();
    const live = this.live;
    this.annotations = this.on && live ? annotationsOf(live.analysis, this.settings.kinds) : [];
    if (live?.map) {
      const { map } = live;
      const groups: PaintGroups = {};
      for (const a of this.annotations) {
        const range = rangeOf(map, a.start, a.end);
        if (range) (groups[a.kind] ??= []).push(range);
      }
      const focus = this.focus && rangeOf(map, this.focus.start, this.focus.end);
      if (focus) groups.focus = [focus];
      const built = measureSince(RANGES_MEASURE, started);
      this.painter.render(groups);
      measureSince(RENDER_MEASURE, built);
      measureSince(PAINTED_MEASURE, started);
    }
    if (this.painter.writesDom) this.onDomWritten();
    const timings = live?.analysis.timings;
    if (timings) timings.paint = Math.round((performance.now() - started) * 1000) / 1000;
  }
}
