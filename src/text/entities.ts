/** The named character references CMSs leave escaped in text they store as markup. */
const NAMED = new Map([
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
  ["lt", "<"],
  ["gt", ">"],
  ["nbsp", "\u00a0"],
]);
/** Accented letters by their mark ("&oacute;" is "o" and U+0301), so that a table of each is not needed. */
const MARKS = new Map([
  ["acute", "\u0301"],
  ["grave", "\u0300"],
  ["circ", "\u0302"],
  ["tilde", "\u0303"],
  ["uml", "\u0308"],
  ["ring", "\u030a"],
  ["cedil", "\u0327"],
]);

function named(name: string): string | undefined {
  const mark = MARKS.get(name.slice(1).toLowerCase());
  return mark && /^[a-z]$/i.test(name[0]!) ? (name[0] + mark).normalize("NFC") : NAMED.get(name.toLowerCase());
}

/**
 * Text with its character references decoded: strings that CMSs escape as markup inside JSON-LD
 * ("Fragen &amp; Antworten", "&#8222;Arschloch&#8220;", "Redacci&oacute;n") or inside an attribute
 * held as text. Unknown names and invalid code points stay as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(\w+));/gi, (ref, dec?: string, hex?: string, name?: string) => {
    if (name) return named(name) ?? ref;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}
