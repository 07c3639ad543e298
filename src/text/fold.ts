import { firstLetterOrDigit } from "./letters";

/**
 * Case-insensitive patterns that are cheap to compile. The content script starts cold on every page,
 * and V8 compiles each regex on its first use there (to bytecode, then again to machine code on the
 * next use). With the `iu` flags every literal character is expanded to its case variants: in
 * Chromium the article's phrase patterns took ~5 ms per page to compile, the clip words ~4 ms more.
 * Lower-case phrases matched without `i` against the case-folded text take ~2 ms and ~1.3 ms, and
 * answer the same (tests/unit/text/fold.test.ts checks every code point).
 */

/**
 * `text` case-folded as an `iu` pattern compares its characters, one code unit for one (so offsets
 * hold); null for the rare text whose lower case is longer (İ). Two code units lower-case to other
 * than what `iu` matches them as: long s (≡ s) and the combining ypogegrammeni (≡ ι).
 */
export function fold(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  // Plain searches: this runs for every short line and link of the page.
  return lower.includes("\u017f") || lower.includes("\u0345") ? lower.replaceAll("\u017f", "s").replaceAll("\u0345", "\u03b9") : lower;
}

/**
 * A pattern matched as with the `iu` flags. `source` must hold its letters in lower case; the text is
 * folded instead. Texts that cannot be folded are matched by the `iu` pattern, compiled only then.
 */
export class FoldedPattern {
  private readonly folded: RegExp;
  private exact: RegExp | null = null;

  /**
   * `source`: the pattern, its letters in lower case. `fromLetter`: it is matched from the text's
   * first letter or digit, as if it began with `[^\p{L}\p{N}]*` ("*Werbung", "– Anzeige"); that class
   * in the source itself costs ~1 ms of compile per pattern and page, this one is compiled once.
   */
  constructor(
    readonly source: string,
    private readonly fromLetter = false,
  ) {
    this.folded = new RegExp(source, "u");
  }

  /** The match in `text`, or null. Its offsets and lengths are those in `text`; its strings are folded. */
  exec(text: string): RegExpExecArray | null {
    const folded = fold(text);
    const subject = folded ?? text;
    const start = this.start(subject);
    if (start < 0) return null;
    const m = this.regex(folded).exec(subject.slice(start));
    if (m) m.index += start;
    return m;
  }

  /** `folded`: `fold(text)`, when the caller has it (several patterns tried on one line). */
  test(text: string, folded: string | null = fold(text)): boolean {
    const subject = folded ?? text;
    const start = this.start(subject);
    return start >= 0 && this.regex(folded).test(subject.slice(start));
  }

  private start(subject: string): number {
    return this.fromLetter ? firstLetterOrDigit(subject) : 0;
  }

  private regex(folded: string | null): RegExp {
    return folded === null ? (this.exact ??= new RegExp(this.source, "iu")) : this.folded;
  }
}
