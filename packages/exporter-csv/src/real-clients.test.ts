import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coreRegistry, type FlatValue, flattenEvent, protectFormula } from "@tradecraft/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetEvents } from "./dataset.fixture";
import { toCsvString } from "./index";

/**
 * The examples' dataset as CSV, opened by the clients people use: GDAL (ogrinfo, its CSV driver) and Python's
 * csv module. CI installs gdal-bin; where a client is missing the test says so in its name and is skipped.
 */
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const ogrinfo = has("ogrinfo", ["--version"]);
const python = has("python3", ["--version"]);

const events = datasetEvents();
let dir = "";
let file = "";
let header: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tradecraft-csv-"));
  file = join(dir, "events.csv");
  const text = await toCsvString(events, { registry: coreRegistry });
  header = (text.slice(0, text.indexOf("\r\n")) || "").split(",");
  writeFileSync(file, text);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What each cell should read as: text neutralized against formulas, numbers and booleans as JavaScript prints them. */
const expectedCell = (value: FlatValue | undefined) =>
  value === undefined ? "" : typeof value === "string" ? protectFormula(value) : String(value);

describe("real clients read the exported CSV", () => {
  it.skipIf(!ogrinfo)(
    `GDAL's CSV driver counts one feature per event${ogrinfo ? "" : " (skipped: ogrinfo not found; apt-get install gdal-bin)"}`,
    () => {
      const summary = execFileSync("ogrinfo", ["-ro", "-al", "-so", file], { encoding: "utf8" });
      expect(summary).toMatch(/using driver `CSV' successful/);
      expect(/Feature Count: (\d+)/.exec(summary)?.[1]).toBe(String(events.length));
      const fields = summary.split("\n").filter((l) => /^\S.*: (String|Integer|Real)/.test(l));
      expect(fields.map((l) => l.slice(0, l.lastIndexOf(": ")))).toEqual(header);
    },
  );

  it.skipIf(!ogrinfo)(
    `GDAL places the events from lat/lon, negative longitudes included${ogrinfo ? "" : " (skipped: ogrinfo not found)"}`,
    () => {
      const options = ["-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat"];
      const summary = execFileSync("ogrinfo", ["-ro", "-al", "-so", ...options, file], { encoding: "utf8" });
      expect(summary).toMatch(/Geometry: Point/);
      const lons = events.flatMap((e) => (e.location?.lon === undefined ? [] : [e.location.lon]));
      expect(/Extent: \((-?[\d.]+),/.exec(summary)?.[1]).toBe(Math.min(...lons).toFixed(6));
    },
  );

  it.skipIf(!python)(
    `Python's csv module reads every cell as written${python ? "" : " (skipped: python3 not found)"}`,
    () => {
      const script =
        "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    json.dump(list(csv.reader(f)), sys.stdout)";
      const rows: string[][] = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
      const expected = events.map((event) => {
        const row = flattenEvent(event, { registry: coreRegistry });
        return header.map((column) => expectedCell(row[column]));
      });
      expect(rows[0]).toEqual(header);
      expect(rows.slice(1)).toEqual(expected);
    },
  );
});
