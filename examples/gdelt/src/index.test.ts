import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { convert } from "./convert";

const dir = fileURLToPath(new URL("..", import.meta.url));
const sample = join(dir, "data/20191024143000.export.sample.tsv");
const temp = mkdtempSync(join(tmpdir(), "tc-gdelt-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("gdelt example", () => {
  it("accounts for every row of the bundled sample and writes its events as GeoJSON", async () => {
    const out = join(temp, "sub/events.geojson");
    const { tally, diagnostics, features } = await convert(sample, out);
    const rows = readFileSync(sample, "utf8").trimEnd().split("\n").length;
    expect(tally.records).toBe(rows);
    expect(tally.events + tally.skipped + tally.diagnostics).toBe(rows);
    expect(diagnostics).toEqual([]);
    expect(tally.byType.get("talks")).toBeGreaterThan(0);
    expect(tally.byType.get("arrest")).toBeGreaterThan(0);
    const geojson = JSON.parse(readFileSync(out, "utf8"));
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features.length).toBe(features);
    const events = geojson.features.filter((f: { id: string }) => !f.id.endsWith("#flow"));
    expect(events.length).toBe(tally.events);
    expect(events.every((f: { id: string }) => f.id.startsWith("gdelt-"))).toBe(true);
  });

  it("prints rows, events and skips as the README shows", () => {
    const out = join(temp, "cli.geojson");
    const text = execFileSync("pnpm", ["--silent", "start", "--out", out], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" },
    });
    expect(text).toMatch(/^20191024143000\.export\.sample\.tsv: 139 rows: 61 events, 78 skipped, 0 diagnostics/);
    expect(text).toContain("CAMEO 036 (Express intent to meet or negotiate)");
    expect(text).toContain(`wrote 106 features (events and initiator-to-target flows) to ${out}`);
  }, 60_000);
});
