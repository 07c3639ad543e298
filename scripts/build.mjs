// Builds dist/chrome and dist/firefox from the one manifest.json, and the CLI into dist/cli.
import { build } from "vite";
import { cpSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";

for (const mode of ["production", "options", "content", "background", "cli"]) {
  await build({ mode, logLevel: "warn" });
}

const src = JSON.parse(readFileSync("manifest.json", "utf8"));
const { browser_specific_settings, background, ...common } = src;
const version = JSON.parse(readFileSync("package.json", "utf8")).version;
rmSync("dist/firefox", { recursive: true, force: true });
cpSync("dist/chrome", "dist/firefox", { recursive: true });
writeFileSync(
  "dist/chrome/manifest.json",
  JSON.stringify({ ...common, version, background: { service_worker: background.service_worker } }, null, 2),
);
writeFileSync(
  "dist/firefox/manifest.json",
  JSON.stringify({ ...common, version, background: { scripts: background.scripts }, browser_specific_settings }, null, 2),
);
// The content script goes into every annotated page: 40 KB gzipped with the page stages (the
// text stages run in the background).
const contentKb = gzipSync(readFileSync("dist/chrome/content.js"), { level: 9 }).length / 1024;
console.log(`built dist/chrome, dist/firefox (load unpacked) and dist/cli; content.js ${contentKb.toFixed(1)} KB gzipped (budget 40 KB)`);
