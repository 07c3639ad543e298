import { textLang } from "../lang";
import type { TextLang } from "../lang/types";
import { LETTER, LOWER, NUMBER, UPPER, runEnd, unitsOf } from "../text/char-class";
import { stemmerFor } from "./terms";

interface Glue {
  /** The language's sentence openers, capitalised ("The", "Der"). */
  openers: ReadonlySet<string>;
  stop: ReadonlySet<string>;
}

const cache = new WeakMap<TextLang, Glue>();
/** Openers written with a capital inside a sentence too ("I", German "Sie") are left out. */
function glueOf(lang: string | null): Glue {
  const text = textLang(lang);
  let glue = cache.get(text);
  if (!glue) {
    const inside = new Set(text.capitalisedInside);
    const openers = text.openers.filter((o) => !inside.has(o)).map((o) => o[0]!.toUpperCase() + o.slice(1));
    glue = { openers: new Set(openers), stop: stemmerFor(lang).stop };
    cache.set(text, glue);
  }
  return glue;
}

const isMark = (c: number) => c === 39 || c === 0x2019 || c === 45;
const CLOSE_BRACKET = 41;
const isHyphen = (c: number) => c === 45;

/** Whether the word ending just before `end` starts with a lower-case letter: "pot" in "pot A". */
function lowerWordBefore(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && (unitsOf(text, k - 1, LETTER | NUMBER) || isMark(text.charCodeAt(k - 1)))) k--;
  return k < end && unitsOf(text, k, LOWER) > 0;
}

/**
 * Where, inside a sentence's text, a sentence glued on without a full stop begins: after a photo
 * caption run into the article's first sentence ("… bombard her with abuse A jilted lover who …").
 * That is an opener with a capital after a lower-case word or a closing bracket, followed by a
 * lower-case content word, so that a name or title ("told The Times") or a variable ("client A
 * may") is not cut. Scanned space by space, without a `\p{…}` pattern (see char-class). Offsets
 * into `text`, ascending.
 */
export function gluedStarts(text: string, lang: string | null): number[] {
  const { openers, stop } = glueOf(lang);
  const out: number[] = [];
  for (let space = text.indexOf(" "); space > 0; space = text.indexOf(" ", space + 1)) {
    const start = space + 1;
    if (!unitsOf(text, start, UPPER)) continue;
    const end = runEnd(text, start, LETTER);
    if (text.charCodeAt(end) !== 32 || !openers.has(text.slice(start, end))) continue;
    if (!unitsOf(text, end + 1, LOWER)) continue;
    // The next word, hyphenated ones whole, must be a content word.
    const next = text.slice(end + 1, runEnd(text, end + 1, LETTER, isHyphen));
    if (stop.has(next)) continue;
    if (text.charCodeAt(space - 1) === CLOSE_BRACKET || lowerWordBefore(text, space)) out.push(start);
  }
  return out;
}
