import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runJob } from "./job";
import { OUTPUTS } from "./outputs";

const data = (path: string) => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));
const dataset = data("events.ndjson");
const articles = data("articles/articles.json");
const now = new Date("2026-01-01T00:00:00Z");
const temp = mkdtempSync(join(tmpdir(), "tc-main-job-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the main job over the bundled data", async () => {
  const outDir = join(temp, "clean");
  const result = await runJob({ dataset, articles, outDir, now });

  it("exits 0 and writes the three files, nothing else", () => {
    expect(result.exitCode, result.text).toBe(0);
    expect(OUTPUTS.map((o) => o.file)).toEqual(["events.csv", "events.geojson", "map.html"]);
    expect(readdirSync(outDir).sort()).toEqual(["events.csv", "events.geojson", "map.html"]);
    expect(result.paths).toEqual(OUTPUTS.map((o) => join(outDir, o.file)));
  });

  it("merges the dataset's 50 events with those extracted from the six articles", () => {
    const extracted = result.events.filter((e) => e.id.startsWith("txt-"));
    expect(result.events.length - extracted.length).toBe(50);
    expect(extracted.length).toBeGreaterThanOrEqual(12);
    const expulsions = extracted.filter((e) => e.type === "expulsion").map((e) => `${e.initiator}>${e.target}`);
    expect(expulsions).toEqual(expect.arrayContaining(["GB>RU", "RU>GB", "CZ>RU", "RU>CZ", "DE>RU", "NL>RU", "BE>RU"]));
    const salisbury = extracted.find((e) => e.initiator === "GB" && e.type === "expulsion");
    expect(salisbury).toMatchObject({ date: "2018-03-14", count: 23 });
    expect(salisbury?.sources?.[0]).toMatchObject({ publisher: "Tradecraft examples", published: "2018-03-14" });
  });

  it("writes every event to the CSV, and events and flows to the GeoJSON and the map", () => {
    const csv = readFileSync(join(outDir, "events.csv"), "utf8").trimEnd().split(/\r?\n/);
    expect(csv[0]).toMatch(/^id,type,/);
    expect(csv.length).toBe(result.events.length + 1);
    const geojson = JSON.parse(readFileSync(join(outDir, "events.geojson"), "utf8"));
    expect(geojson.type).toBe("FeatureCollection");
    const flows = geojson.features.filter((f: { id: string }) => f.id.endsWith("#flow"));
    expect(geojson.features.length - flows.length).toBe(result.events.length);
    expect(flows.length).toBeGreaterThan(20);
    const page = readFileSync(join(outDir, "map.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page.match(/"kind":"event"/g)?.length).toBe(result.events.length);
    expect(page.match(/"kind":"flow"/g)?.length).toBe(flows.length);
  });

  it("prints events by type and by country, the validation result and the three paths", () => {
    expect(result.text).toMatch(/^Read 50 events from .*events\.ndjson and extracted \d+ events from 6 articles/);
    expect(result.text).toMatch(/\nexpulsion +\d+ +\d+ +\d+\n/);
    expect(result.text).toMatch(/\nall types +50 +\d+ +\d+\n/);
    expect(result.text).toMatch(/\nRU Russia +\d+ +\d+ +\d+\n/);
    expect(result.text).toMatch(/Validation \(.*\): 0 errors, \d+ warnings?/);
    for (const path of result.paths) expect(result.text).toContain(`  ${path}  (`);
  });
});

describe("the main job's exit codes", () => {
  it("exits 1 when the dataset has problems, and still writes the files", async () => {
    const bad = join(temp, "bad.ndjson");
    const line = { id: "x", type: "expulsion", initiator: "PL", target: "PL", date: "2022-03" };
    writeFileSync(bad, `${JSON.stringify(line)}\n{oops\n`);
    const outDir = join(temp, "problems");
    const result = await runJob({ dataset: bad, articles, outDir, now });
    expect(result.exitCode).toBe(1);
    expect(result.text).toMatch(/error TC_JSON_SYNTAX .*bad\.ndjson line 2/);
    expect(result.text).toContain("actors.same-initiator-target");
    expect(readdirSync(outDir).sort()).toEqual(["events.csv", "events.geojson", "map.html"]);
  });

  it("exits 3 when an input cannot be read, and writes nothing", async () => {
    const outDir = join(temp, "unreadable");
    const result = await runJob({ dataset, articles: join(temp, "missing.json"), outDir, now });
    expect(result.exitCode).toBe(3);
    expect(result.text).toMatch(/cannot complete: .*missing\.json/);
    expect(existsSync(outDir)).toBe(false);
  });

  it("runs from the command line as `pnpm run main` does", () => {
    const dir = fileURLToPath(new URL("..", import.meta.url));
    const env = { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" };
    const outDir = join(temp, "cli");
    const out = execFileSync("pnpm", ["--silent", "start", "--out", outDir], { cwd: dir, encoding: "utf8", env });
    expect(out).toContain("Events by type:");
    expect(out).toContain(join(outDir, "map.html"));
    const missing = spawnSync("pnpm", ["--silent", "start", "--dataset", join(temp, "none.ndjson"), "--out", outDir], {
      cwd: dir,
      encoding: "utf8",
      env,
    });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain("cannot complete");
  }, 60_000);
});
