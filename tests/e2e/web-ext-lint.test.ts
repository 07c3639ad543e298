// Mozilla's linter (the checks addons.mozilla.org runs on upload) on the built Firefox extension.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ROOT, requireBuild } from "./harness";

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe("web-ext lint on dist/firefox", () => {
  it("reports no errors", async () => {
    const dir = requireBuild("firefox");
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const run = await promisify(execFile)(join(ROOT, "node_modules/.bin/web-ext"), ["lint", "--output", "json", "--source-dir", dir], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "" }));
    const report = JSON.parse(run.stdout) as LintReport;
    const show = (m: LintMessage) => `${m.code} ${m.file ?? ""}: ${m.message}`;
    expect(report.errors.map(show)).toEqual([]);
    // Warnings do not block a listing (Preact's own innerHTML code is one); keep them visible.
    if (report.warnings.length > 0) console.info(`web-ext lint warnings:\n${report.warnings.map(show).join("\n")}`);
  });
});
