// Runs the engine once on a page the way the fuzz tests and the scale bench need it: parsed with
// the CLI's DOM, timed, and checked for a well-formed result, an untouched document and untouched
// built-in prototypes.
import { analyzeLive, type Analysis } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { problems } from "./well-formed";

export interface PageRun {
  analysis: Analysis;
  /** Milliseconds spent in analyze(), parsing excluded. */
  ms: number;
  /** Contract breaches; empty when all is well. */
  problems: string[];
}

const protoKeys = () => [Object.prototype, Array.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).join());

/** Parses `html`, lets `shape` finish the document as a page script would, then analyses it. */
export function runPage(html: string, shape?: (doc: Document) => void): PageRun {
  const doc = parseDocument(html);
  shape?.(doc);
  // A browser's parser always creates <head> and <body>; linkedom creates them on first read of
  // doc.head / doc.body, which would look like the engine changing the page. Create them now
  // (when there is a root element at all: without one linkedom's getters throw).
  if (doc.documentElement) void [doc.head, doc.body];
  const before = doc.documentElement?.outerHTML;
  const protos = protoKeys().join("|");
  const t0 = performance.now();
  const { analysis, map } = analyzeLive(doc, { url: "https://example.org/2025/12/02/article.html" });
  const ms = performance.now() - t0;
  const found = problems(analysis, map);
  // analyze() turns an internal exception into this reason so the page survives; to a fuzzer it is a bug.
  if (analysis.reason?.startsWith("analysis failed")) found.push(analysis.reason);
  if (doc.documentElement?.outerHTML !== before) found.push("the document changed");
  if (protoKeys().join("|") !== protos) found.push("a built-in prototype changed");
  return { analysis, ms, problems: found };
}
