// Exports generated events to GeoJSON with @tradecraft/exporter-geojson, and converts the same rows (as a CSV with
// a header) with GDAL's ogr2ogr, reporting wall time and peak memory of each. Every run is its own process, timed
// and measured by GNU time, so one run's heap never counts against another.
//
//   pnpm --filter @tradecraft/exporter-geojson build && pnpm --filter @tradecraft/bench geojson [sizes...]
//
// Needs GNU time (/usr/bin/time) and ogr2ogr (apt-get install time gdal-bin). Default sizes: 100000 1000000.
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { coreRegistry, flatColumns, flattenEvent } from "@tradecraft/core";
import { formatGeoJson } from "@tradecraft/exporter-geojson";
import { generateEvents } from "./generate-events.mjs";

const [role, size, path] = process.argv.slice(2);

/** One RFC 4180 field: quoted when it holds a quote, a comma or a line break. */
const csvField = (value) => {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The same flat rows the GeoJSON properties hold, as CSV with the full header. */
async function* csvLines(count) {
  const columns = flatColumns(coreRegistry);
  yield `${columns.join(",")}\n`;
  for (const event of generateEvents(count)) {
    const row = flattenEvent(event, { registry: coreRegistry });
    yield `${columns.map((column) => csvField(row[column])).join(",")}\n`;
  }
}

if (role === "--export") {
  await pipeline(Readable.from(formatGeoJson(generateEvents(Number(size)))), createWriteStream(path));
} else if (role === "--csv") {
  await pipeline(Readable.from(csvLines(Number(size))), createWriteStream(path));
} else {
  const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100_000, 1_000_000];
  const scratch = mkdtempSync(join(tmpdir(), "tradecraft-bench-geojson-"));
  const self = fileURLToPath(import.meta.url);

  /** Runs a command under GNU time: wall seconds and peak resident memory (MiB). */
  const measure = (command, args) => {
    const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
    const [seconds, kilobytes] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
    return { seconds, mib: kilobytes / 1024 };
  };
  const megabytes = (file) => statSync(file).size / 1e6;

  const rows = [];
  try {
    for (const n of sizes) {
      const ours = join(scratch, `tradecraft-${n}.geojson`);
      const exported = measure(process.execPath, [self, "--export", String(n), ours]);
      rows.push(["@tradecraft/exporter-geojson", n, exported, megabytes(ours)]);
      rmSync(ours);

      const csv = join(scratch, `events-${n}.csv`);
      execFileSync(process.execPath, [self, "--csv", String(n), csv]);
      const theirs = join(scratch, `ogr2ogr-${n}.geojson`);
      const converted = measure("ogr2ogr", [
        "-f",
        "GeoJSON",
        theirs,
        csv,
        "-oo",
        "X_POSSIBLE_NAMES=lon",
        "-oo",
        "Y_POSSIBLE_NAMES=lat",
      ]);
      rows.push(["ogr2ogr (CSV → GeoJSON)", n, converted, megabytes(theirs)]);
      rmSync(theirs);
      rmSync(csv);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const gdal = execFileSync("ogr2ogr", ["--version"], { encoding: "utf8" }).trim();
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, ${gdal}\n`);
  console.log("| tool | events | time | peak memory (RSS) | output |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [tool, n, { seconds, mib }, size] of rows) {
    console.log(
      `| ${tool} | ${n.toLocaleString("en")} | ${seconds.toFixed(1)} s | ${mib.toFixed(0)} MiB | ${size.toFixed(0)} MB |`,
    );
  }
}
