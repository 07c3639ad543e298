/**
 * How far a `<meta>` charset declaration is looked for (bytes). The HTML standard's prescan stops at
 * 1024, but browsers take a later declaration too (they re-decode once the parser meets it), and
 * real pages put theirs after kilobytes of inline scripts: 2 KB (rp.pl), 57 KB (nmb-media).
 */
const DECLARATION_SCAN = 256 * 1024;

/** How far a NUL byte, the mark of binary data, is looked for (bytes). */
const BINARY_SCAN = 8 * 1024;

/** A charset in a meta tag (`<meta charset=…>` or the http-equiv form), not in script text. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares before its body, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const text = new TextDecoder("latin1").decode(bytes.subarray(0, DECLARATION_SCAN));
  // A declaration in the body (a quoted snippet of HTML) is not the page's own.
  const body = text.search(/<body[\s>]/i);
  return META_CHARSET.exec(body < 0 ? text : text.slice(0, body))?.[1] ?? null;
}

/**
 * Decodes a saved page's bytes the way a browser would: a byte-order mark first, then the charset a
 * `<meta>` declares before the body; without one UTF-8, or windows-1252 (the browsers' fallback for
 * Western pages) when the bytes are no valid UTF-8. Bytes that are valid UTF-8 and not plain ASCII
 * are UTF-8 whatever the page declares: a page saved to disk keeps its old declaration ("gb2312")
 * over text the saving tool re-encoded, and text in another charset is almost never valid UTF-8.
 * Throws on binary data, which no browser would show as a page.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  // No text encoding browsers sniff puts a NUL byte in a page: an image, an archive, a PDF or noise.
  if (bytes.subarray(0, BINARY_SCAN).includes(0)) throw new Error("binary data, not an HTML page");
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null && bytes.some((b) => b >= 0x80)) return utf8;
  const declared = declaredCharset(bytes);
  // Per the HTML standard a page that declares UTF-16 in ASCII bytes is really UTF-8.
  if (declared && !/^utf-?16/i.test(declared)) {
    try {
      return decode(new TextDecoder(declared), bytes);
    } catch {
      // An unknown label: decode as if none were declared, as browsers do.
    }
  }
  return utf8 ?? decode(new TextDecoder("windows-1252"), bytes);
}

/**
 * Windows-1252's characters at 0x80–0x9F (quotation marks „“”, dashes, €, …), in byte order; the
 * five bytes it leaves undefined stay controls. Node's decoder of that encoding reads these bytes as
 * ISO-8859-1's controls, where browsers (and the Encoding Standard) read the characters.
 */
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  // Every Latin-1 and ASCII label is windows-1252 in the Encoding Standard.
  return decoder.encoding === "windows-1252" ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
