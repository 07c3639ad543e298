import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nounsanitized from "eslint-plugin-no-unsanitized";

export default tseslint.config(
  { ignores: ["dist/**", "artifacts/**", "node_modules/**", ".scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The engine is pure: no browser extension APIs, no imports from the extension.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/extension/**", "webextension-polyfill"] }],
      "no-restricted-globals": ["error", "window", "browser", "chrome", "location", "localStorage"],
    },
  },
  {
    // Page strings never reach HTML sinks in extension pages.
    files: ["extension/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Set text, never HTML." },
        { property: "outerHTML", message: "Set text, never HTML." },
        { property: "insertAdjacentHTML", message: "Set text, never HTML." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Set text, never HTML." },
      ],
    },
  },
  {
    files: ["extension/content/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/popup/**", "**/options/**"] }] },
  },
  {
    files: ["scripts/**/*.mjs", "bin/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
