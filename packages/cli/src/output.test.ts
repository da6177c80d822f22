import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, EVENTS, folder, ndjson } from "./bin.fixture";
import { processIo } from "./io";
import { openOutput, temporaryPath } from "./output";

const waitFor = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("openOutput", () => {
  it("writes to a hidden temporary file beside the target and renames it on commit", async () => {
    const dir = folder();
    const target = join(dir, "out.csv");
    const output = await openOutput(target, processIo);
    await output.write("a,b\r\n");
    await output.write(new TextEncoder().encode("1,2\r\n"));
    const [temporary] = readdirSync(dir);
    expect(temporary).toMatch(/^\.out\.csv\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(existsSync(target)).toBe(false);
    await output.commit();
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(target, "utf8")).toBe("a,b\r\n1,2\r\n");
  });

  it("leaves the target as it was on abort", async () => {
    const dir = folder({ "out.csv": "old\n" });
    const output = await openOutput(join(dir, "out.csv"), processIo);
    await output.write("half a fi");
    await output.abort();
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("old\n");
  });

  it("names temporary files in the target's folder, uniquely", () => {
    expect(temporaryPath("/data/x/events.ndjson")).toMatch(/^\/data\/x\/\.events\.ndjson\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(temporaryPath("a.csv")).not.toBe(temporaryPath("a.csv"));
  });
});

describe("an interrupted run", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`removes its temporary file on ${signal} and leaves the old output whole`, async () => {
      const dir = folder({ "out.csv": "the previous output\n" });
      const child = spawn(process.execPath, [BIN, "convert", "-", "--from", "ndjson", "-o", join(dir, "out.csv")], {
        stdio: ["pipe", "ignore", "pipe"],
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, sig) => resolve({ code, signal: sig })),
      );
      // More than the kilobyte the command samples, and standard input left open: the run is under way.
      child.stdin.write(ndjson(...Array.from({ length: 20 }, () => EVENTS).flat()));
      await waitFor(() => readdirSync(dir).some((name) => name.endsWith(".tmp")), "the temporary file");
      child.kill(signal);
      const end = await exited;
      expect(end.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual(["out.csv"]);
      expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("the previous output\n");
    });
  }

  it("a finished run replaces the output whole", async () => {
    const dir = folder({ "out.ndjson": "old\n", "in.ndjson": ndjson(...EVENTS) });
    const child = spawn(process.execPath, [
      BIN,
      "convert",
      join(dir, "in.ndjson"),
      "-o",
      join(dir, "out.ndjson"),
      "-q",
    ]);
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["in.ndjson", "out.ndjson"]);
    const written = readFileSync(join(dir, "out.ndjson"), "utf8").trimEnd().split("\n");
    expect(written.map((line) => JSON.parse(line))).toEqual(EVENTS);
  });
});

describe("the target cannot be written", () => {
  it("is a CliError with exit code 3", async () => {
    const dir = folder();
    await expect(openOutput(join(dir, "missing", "out.csv"), processIo)).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/cannot write '.*out\.csv' \(ENOENT\)/),
    });
    writeFileSync(join(dir, "file"), "");
    await expect(openOutput(join(dir, "file", "out.csv"), processIo)).rejects.toMatchObject({ exitCode: 3 });
  });
});
