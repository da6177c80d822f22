// Runs every test project once from the root and closes with the plain "N passed, N failed" line CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const report = ".vitest-report.json";
rmSync(report, { force: true });
const run = spawnSync(
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
if (!existsSync(report)) {
  console.log("0 passed, 1 failed");
  console.error("vitest wrote no report: see its output above");
  process.exit(run.status || 1);
}
const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = JSON.parse(
  readFileSync(report, "utf8"),
);
// A file that fails to load has no tests in it but still fails the run; count it so the line never hides it.
const brokenFiles = testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
const skipped = numPendingTests + numTodoTests;
console.log(`${numPassedTests} passed, ${numFailedTests + brokenFiles} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(run.status ?? 1);
