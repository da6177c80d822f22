import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// The README's example, run as printed against the built package, must print what its comments say.
it("runs the README's example", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const code = /```ts\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? "";
  const expected = [...code.matchAll(/\/\/ (.+)$/gm)].map((m) => m[1]);
  const script = fileURLToPath(new URL("../readme-example.tmp.mjs", import.meta.url));
  writeFileSync(script, code);
  try {
    const printed = execFileSync(process.execPath, [script], { encoding: "utf8" }).trimEnd().split("\n");
    expect(expected.length).toBeGreaterThan(0);
    expect(printed).toEqual(expected);
  } finally {
    rmSync(script, { force: true });
  }
});
