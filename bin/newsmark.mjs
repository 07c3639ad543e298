#!/usr/bin/env node
// Entry for `npx newsmark`: runs the CLI built by `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli/newsmark.mjs", import.meta.url));
if (!existsSync(cli)) {
  console.error("newsmark: the command-line tool is not built yet; run `npm run build` first.");
  process.exit(2);
}
// A computed path to our own build output, not page input.
// eslint-disable-next-line no-unsanitized/method
await import(pathToFileURL(cli).href);
