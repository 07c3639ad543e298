import { parseHTML } from "linkedom";

/** A DOM Document for an HTML string, on linkedom: fast, and enough DOM for the engine. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
