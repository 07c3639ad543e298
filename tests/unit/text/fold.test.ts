// Folded patterns answer as `iu` patterns do: every code point is checked against every literal
// character and character class the phrase and clip-word patterns use (so a phrase with a new letter
// in any language pack is checked too).
import { describe, expect, it } from "vitest";
import { FoldedPattern, fold } from "../../../src/text/fold";
import { PhraseStart } from "../../../src/text/phrase-start";
import * as phrases from "../../../src/article/phrases";
import { clipWords } from "../../../src/clips/words";
import { langCodes } from "../../../src/lang";

const patterns = (o: object) =>
  Object.entries(o).filter((e): e is [string, FoldedPattern | PhraseStart] => e[1] instanceof FoldedPattern || e[1] instanceof PhraseStart);
const PATTERNS = [
  ...patterns(phrases),
  ...langCodes().flatMap((code) => patterns(clipWords(code)).map(([k, p]) => [`${code} ${k}`, p] as const)),
];
/** The classes the sources use (`\b` tests `\w`). */
const CLASSES = ["\\s", "\\w", "\\p{L}", "[^\\p{L}\\p{N}]"];

/** The sources' literal characters: what is left without escapes and property classes. */
const literals = [...new Set(PATTERNS.flatMap(([, p]) => [...p.source.replace(/\\p\{\w+\}|\\./g, "")]))];
const inClass = (chars: readonly string[]) => chars.map((c) => c.replace(/[\\\]^-]/, "\\$&")).join("");

describe("folded patterns", () => {
  it("fold text one code unit for one, or not at all", () => {
    expect(fold("Mehr zum THEMA")).toBe("mehr zum thema");
    expect(fold("ſiehe")).toBe("siehe");
    expect(fold("İstanbul")).toBeNull();
  });

  it("hold their letters in lower case", () => {
    expect(literals.join("")).toBe(literals.join("").toLowerCase());
  });

  it("match each code point as `iu` does: the same literal characters and classes", () => {
    const anyIu = new RegExp(`^[${inClass(literals)}]$`, "iu");
    const any = new RegExp(`^[${inClass(literals)}]$`, "u");
    const oneIu = new Map(literals.map((l) => [l, new RegExp(`^[${inClass([l])}]$`, "iu")]));
    const classes = CLASSES.map((c) => [new RegExp(`^${c}$`, "iu"), new RegExp(`^${c}$`, "u")] as const);
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const f = fold(c);
      // Texts that do not fold are matched by the `iu` pattern itself.
      if (f === null) continue;
      const iu = anyIu.test(c) ? literals.filter((l) => oneIu.get(l)!.test(c)) : [];
      const folded = any.test(f) ? [f] : [];
      if (iu.join() !== folded.join()) wrong.push(`U+${cp.toString(16)}`);
      for (const [withI, without] of classes) if (withI.test(c) !== without.test(f)) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("match what their `iu` patterns match", () => {
    const texts = [
      "Mehr zum Thema",
      "ANZEIGE - Heute",
      "İstanbul: mehr",
      "ſiehe auch",
      "Foto: dpa",
      "Von Anna Schmidt",
      "Relatedness",
      "Video abspielen",
      "Dauer:",
      "21:38 UHR",
      "Verfügbar bis",
    ];
    for (const [name, p] of PATTERNS) {
      const iu = new RegExp(p.source, "iu");
      for (const t of texts) expect(p.test(t), `${name}: ${t}`).toBe(iu.test(t));
    }
  });
});
