// `newsmark analyze [--url U] [--lang xx] [--timings] FILE.html|- …` — JSON Lines, one Analysis per file.
import { readFileSync } from "node:fs";
import { errorMessage } from "../error-message";
import { analyze } from "../analyze";
import { parseDocument } from "./parse-html";
import { formatAnalysis } from "./format";
import { decodeHtml } from "./decode-html";
import sample from "../../tests/fixtures/seed/zdf-rubio-nato.html?raw";

const USAGE = `Usage: newsmark analyze [--url URL] [--lang xx] [--timings] FILE.html|- [FILE.html …]

Prints one Analysis JSON object per file (JSON Lines) with a "file" field.
With no file, analyses a bundled sample article and prints what it found.`;

interface Args {
  url?: string;
  lang?: string;
  timings: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { timings: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--url" || a === "--lang") {
      const v = argv[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === "--url") args.url = v;
      else args.lang = v;
    } else if (a.startsWith("--url=")) args.url = a.slice(6);
    else if (a.startsWith("--lang=")) args.lang = a.slice(7);
    else if (a === "--timings") args.timings = true;
    else if (a === "-" || !a.startsWith("-")) args.files.push(a);
    else return `unknown option ${a}`;
  }
  return args;
}

function readInput(file: string): string {
  return decodeHtml(readFileSync(file === "-" ? 0 : file));
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === undefined) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== "analyze") {
    console.error(`newsmark: unknown command ${command}\n\n${USAGE}`);
    return 2;
  }
  const args = parseArgs(rest);
  if (typeof args === "string") {
    console.error(`newsmark: ${args}\n\n${USAGE}`);
    return 2;
  }
  const opts = { url: args.url, lang: args.lang, timings: args.timings };
  if (args.files.length === 0) {
    const a = analyze(parseDocument(sample), {
      ...opts,
      url: opts.url ?? "https://www.zdf.de/nachrichten/politik/ausland/rubio-nato-treffen-absage-100.html",
    });
    console.log("Sample: a ZDF heute article (bundled). Run `newsmark analyze FILE.html` for your own pages.\n");
    console.log(formatAnalysis(a));
    return 0;
  }
  let status = 0;
  for (const file of args.files) {
    let line: string;
    try {
      const html = readInput(file);
      line = JSON.stringify({ file, ...analyze(parseDocument(html), opts) });
    } catch (err) {
      status = 1;
      line = JSON.stringify({ file, error: errorMessage(err) });
    }
    process.stdout.write(line + "\n");
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
