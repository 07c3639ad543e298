import { defineConfig, type UserConfig } from "vite";
import preact from "@preact/preset-vite";
import { resolve } from "node:path";

const here = import.meta.dirname;
const out = resolve(here, "dist/chrome");

/** Property names of the content script's internal objects (`Stat`, `Flags`), mangled by Terser. */
const INTERNAL_PROPERTIES =
  /^(inlineChars|headingChars|listChars|figureImg|hasBlock|commas|stripUnlikely|weighClasses|cleanConditionally)$/;

/**
 * Five passes (see scripts/build.mjs): the popup and the options page, each as one ES module; the content script and
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
        // Terser's further passes make the content script, paid on every annotated page, about 0.6 KB
        // (gzipped) smaller than the default minifier; the background's size matters little. Its
        // "unsafe" rewrites assume unpatched built-ins, and a content script's isolated world has
        // them; "pure_getters" assumes property reads have no effect, and ours read none for one.
        ...(mode === "content"
          ? {
              minify: "terser" as const,
              terserOptions: {
                ecma: 2020,
                compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
                // The article walk's measures and pass flags, read on every element, never leave the script
                // (no message, no JSON, no access by a computed name): short names save ~90 bytes gzipped.
                mangle: { properties: { regex: INTERNAL_PROPERTIES } },
              },
            }
          : {}),
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
  // One pass per extension page, so that each is a single script: the popup opens after one fetch
  // from the extension's files, not two (a chunk shared with the options page took the other).
  const page = mode === "options" ? "options" : "popup";
  return {
    root: resolve(here, "extension"),
    base: "./",
    publicDir: page === "popup" ? resolve(here, "public") : false,
    plugins: [preact()],
    build: {
      outDir: out,
      emptyOutDir: page === "popup",
      target: "es2022",
      // Vite would otherwise put its modulepreload polyfill into each page's script.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { [page]: resolve(here, `extension/${page}.html`) } },
    },
  };
});
