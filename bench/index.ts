// `npm run bench [-- --only text,quotes,…] [--pages DIR]`: every figure the issues ask for,
// each against a baseline measured in the same run.
import * as text from "./text";
import * as quotes from "./quotes";
import * as people from "./people";
import * as clips from "./clips";
import * as summary from "./summary";
import * as scale from "./scale";
import * as browser from "./browser";

export interface BenchOptions {
  /** A folder of pages to run the text and speed section on instead of the corpus. */
  pages?: string;
}

const SECTIONS: Record<string, { run(o: BenchOptions): Promise<void> }> = { text, quotes, people, clips, summary, scale, browser };

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = opt("only")?.split(",");
const pages = opt("pages");

for (const [name, section] of Object.entries(SECTIONS)) {
  if (only && !only.includes(name)) continue;
  if (pages && name !== "text") continue;
  console.log(`\n=== ${name} ===`);
  await section.run({ pages });
}
