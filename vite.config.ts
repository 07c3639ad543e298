import { defineConfig, type UserConfig } from "vite";
import preact from "@preact/preset-vite";
import { resolve } from "node:path";

const here = import.meta.dirname;
const out = resolve(here, "dist/chrome");

/**
 * Four passes (see scripts/build.mjs): the extension pages as ES modules; the content script and
 * the background each as one classic IIFE script (a content script cannot import chunks); the
 * command-line tool for Node.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === "content" || mode === "background") {
    return {
      publicDir: false,
      define: { "process.env.NODE_ENV": '"production"' },
      build: {
        outDir: out,
        emptyOutDir: false,
        target: "es2022",
        lib: {
          entry: resolve(here, `extension/${mode}/index.ts`),
          formats: ["iife"],
          name: `newsmark_${mode}`,
          fileName: () => `${mode}.js`,
        },
      },
    };
  }
  if (mode === "cli") {
    return {
      publicDir: false,
      build: {
        outDir: resolve(here, "dist/cli"),
        emptyOutDir: true,
        target: "node20",
        ssr: resolve(here, "src/cli/main.ts"),
        rolldownOptions: { output: { entryFileNames: "newsmark.mjs", format: "es" } },
      },
    };
  }
  return {
    root: resolve(here, "extension"),
    base: "./",
    publicDir: resolve(here, "public"),
    plugins: [preact()],
    build: {
      outDir: out,
      emptyOutDir: true,
      target: "es2022",
      // A modulepreload link for the shared Preact chunk: the popup fetches it beside its entry, not after.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { popup: resolve(here, "extension/popup.html"), options: resolve(here, "extension/options.html") } },
    },
  };
});
