import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, folder, ndjson, tradecraft } from "./bin.fixture";
import { PROGRESS_MIN_BYTES } from "./progress";

// util-linux `script` runs a command on a pseudo-terminal: the only honest way to test "only on a terminal".
const hasScript = spawnSync("script", ["--version"]).status === 0;
const onTerminal = (args: readonly string[]) =>
  spawnSync("script", ["-qec", [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" "), "/dev/null"], {
    encoding: "utf8",
  });

describe("the progress bar", () => {
  const event = { id: "", type: "arrest", initiator: "NO", target: "RU", summary: "x".repeat(60) };
  const count = Math.ceil(PROGRESS_MIN_BYTES / 100) + 10;
  const dir = folder({ "big.ndjson": ndjson(...Array.from({ length: count }, (_, i) => ({ ...event, id: `e${i}` }))) });

  it.skipIf(!hasScript)("is drawn on a terminal for an input of 1 MB or more", () => {
    const run = onTerminal(["convert", join(dir, "big.ndjson"), "-o", join(dir, "out.csv")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/tradecraft .*\d+% \| [\d.]+ \/ [\d.]+ MB/);
  });

  it.skipIf(!hasScript)("is not drawn with --quiet", () => {
    const run = onTerminal(["convert", join(dir, "big.ndjson"), "-o", join(dir, "out.csv"), "-q"]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/MB/);
  });

  it("is not drawn when standard error is not a terminal", () => {
    const run = tradecraft(["convert", join(dir, "big.ndjson"), "-o", join(dir, "out.csv")]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^tradecraft: .*big\.ndjson: \d+ records: \d+ events, 0 rejected\n$/);
  });
});
