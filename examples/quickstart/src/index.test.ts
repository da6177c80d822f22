import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("..", import.meta.url));

describe("quickstart example", () => {
  it("stays under 40 lines", () => {
    expect(
      readFileSync(new URL("./index.ts", import.meta.url), "utf8")
        .trimEnd()
        .split("\n").length,
    ).toBeLessThan(40);
  });

  it("prints what it parsed, validated and exported", () => {
    const out = execFileSync("pnpm", ["--silent", "start"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" },
    });
    expect(out).toContain("from the article: expulsion 2018-03-14 GB -> RU 23");
    expect(out).toMatch(/validated 5\d events: 0 errors, \d+ warnings/);
    expect(out).toMatch(/CSV: 5\d rows; GeoJSON: \d+ features/);
  }, 60_000);
});
