import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cameoLabel } from "./cameo";
import { type ActorRule, CAMEO_TABLE, isMapping } from "./cameo-mapping";
import { GDELT_PROBLEMS } from "./diagnostics";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(packageDir, "README.md"), "utf8");

const rule = (slot: ActorRule, n: 1 | 2) =>
  slot === "country" ? `Actor${n}'s country` : `Actor${n}'s country if a state organ, else a ${slot.organ} participant`;

/** The README's rows for the table, as the table itself describes them. */
const tableRows = () =>
  CAMEO_TABLE.map((entry) =>
    isMapping(entry)
      ? `| ${entry.code} | ${cameoLabel(entry.code)} | \`${entry.type}\` | ${rule(entry.initiator, 1)} | ${rule(entry.target, 2)} | ${entry.guard} |`
      : `| ${entry.code} | ${cameoLabel(entry.code)} | skipped: ${entry.skip} |`,
  );

describe("the README", () => {
  it("runs its example as printed", () => {
    // Inside the package folder, so that the example imports the package by its name (Node's self-reference).
    const scratch = mkdtempSync(join(packageDir, ".readme-"));
    try {
      const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
      const expected = [...example.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]);
      expect(expected.length).toBeGreaterThan(3);
      expect(example.split("\n").filter((line) => line !== "" && !line.startsWith("//")).length).toBeLessThanOrEqual(
        10,
      );
      writeFileSync(join(scratch, "example.ts"), example);
      copyFileSync(
        join(packageDir, "test/fixtures/v2-20191024143000.export.CSV.zip"),
        join(scratch, "20191024143000.export.CSV.zip"),
      );
      const output = execFileSync(process.execPath, ["--import", "tsx", "example.ts"], {
        cwd: scratch,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" },
      });
      expect(output.trimEnd().split("\n")).toEqual(expected);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);

  it("documents every entry of the CAMEO table as the table has it", () => {
    const missing = tableRows().filter((row) => !readme.includes(row));
    expect(missing).toEqual([]);
  });

  it("documents every diagnostic code", () => {
    for (const code of Object.keys(GDELT_PROBLEMS)) expect(readme, code).toContain(`\`${code}\``);
  });
});
