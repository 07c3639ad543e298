// Runs every check and test, then prints "N passed, N failed": build, typecheck, lint, then
// Vitest (unit tests, web-ext lint and the e2e tests in Chromium and Firefox).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const steps = [
  ["build", "npm", ["run", "build"]],
  ["typecheck", "npm", ["run", "typecheck"]],
  ["lint", "npm", ["run", "lint"]],
];
let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed`);
  }
}

mkdirSync("artifacts", { recursive: true });
rmSync("artifacts/vitest.json", { force: true });
const extra = process.argv.slice(2);
spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=artifacts/vitest.json", ...extra], {
  stdio: "inherit",
});
try {
  const r = JSON.parse(readFileSync("artifacts/vitest.json", "utf8"));
  passed += r.numPassedTests;
  failed +=
    r.numFailedTests +
    (r.numTotalTestSuites > 0 && r.testResults.some((t) => t.status === "failed" && t.assertionResults.length === 0) ? 1 : 0);
} catch {
  failed++;
  console.error("✗ vitest produced no report");
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
