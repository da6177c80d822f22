import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dataset, roundTrip } from "./index";
import { registry } from "./sanctions-designation";

describe("extend-schema example", () => {
  it("writes and reads its dataset back exactly through NDJSON", async () => {
    const { events, problems, warnings } = await roundTrip();
    expect(problems).toEqual([]);
    expect(events).toEqual(dataset.events);
    expect(warnings).toEqual(["acme.designation-reference: the designation has no list reference (acme-3)"]);
  });

  it("refuses a designation missing its own required fields", () => {
    const result = registry.parseEvent({ id: "x", type: "sanctions_designation", listName: "UK" });
    expect(result.success).toBe(false);
    expect(result.diagnostics.map((d) => d.path?.[0])).toEqual(["designatedParty", "partyKind"]);
  });

  it("runs as the README shows", { timeout: 60_000 }, () => {
    const dir = fileURLToPath(new URL("..", import.meta.url));
    const out = execFileSync("pnpm", ["--silent", "start"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" },
    });
    expect(out).toContain("read back: 3 events, 0 problems");
    expect(out).toContain('GB lists unit "A military intelligence unit" on UK sanctions list');
    expect(out).toContain("warning acme.designation-reference");
  });
});
