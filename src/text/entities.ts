/** The named character references CMSs leave escaped in text they store as markup. */
const NAMED: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

/**
 * Text with its character references decoded: strings that CMSs escape as markup inside JSON-LD
 * ("Fragen &amp; Antworten", "&#8222;Arschloch&#8220;", "O&#039;Donnell") or inside an attribute
 * held as text. Unknown names and invalid code points stay as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(\w+));/gi, (ref, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? ref;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}
