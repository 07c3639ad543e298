/**
 * Decodes a saved page's bytes the way a browser would: a byte-order mark first, then a
 * `<meta charset>` or `http-equiv` declaration in the first 1024 bytes, else UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  try {
    // Per the HTML standard a page that declares UTF-16 in ASCII bytes is really UTF-8.
    const label = declared && !/^utf-?16/i.test(declared) ? declared : "utf-8";
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label: fall back to UTF-8, as browsers do.
    return new TextDecoder("utf-8").decode(bytes);
  }
}
