import { createReadStream, mkdirSync, renameSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { coreRegistry, type EventBase, parseNdjson } from "@tradecraft/core";
import { formatCsv } from "@tradecraft/exporter-csv";
import { formatGeoJson } from "@tradecraft/exporter-geojson";
import { gazetteer } from "@tradecraft/gazetteer";
import { renderHuman, validate } from "@tradecraft/validators";
import { formatSummary, summarize } from "./summarize";

const [file, outDir = "out"] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: summary <events.ndjson> [out-dir]");
  process.exit(2);
}

/** Writes beside the target and renames on success, so a failed run never leaves a truncated file. */
const writeAtomically = async (path: string, chunks: AsyncIterable<string>) => {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  await writeFile(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
};

try {
  const summary = await summarize(createReadStream(file), coreRegistry);
  console.log(formatSummary(summary, basename(file)));

  const events: EventBase[] = [];
  for await (const record of parseNdjson(createReadStream(file), { registry: coreRegistry })) {
    if (record.kind === "event") events.push(record.event);
  }
  const report = await validate(events, { registry: coreRegistry, gazetteer });
  console.log(
    `\nValidation (${events.length} events, every rule of @tradecraft/validators with the offline gazetteer):`,
  );
  console.log(report.issues.length === 0 ? "  no errors, no warnings" : renderHuman(report, { color: false }));

  mkdirSync(outDir, { recursive: true });
  const csv = join(outDir, "events.csv");
  const geojson = join(outDir, "events.geojson");
  await writeAtomically(csv, formatCsv(events, { registry: coreRegistry }));
  await writeAtomically(geojson, formatGeoJson(events, { registry: coreRegistry, gazetteer, flows: true }));
  console.log(`\nWrote ${resolve(csv)} and ${resolve(geojson)}`);
  process.exitCode = summary.diagnostics.length > 0 || report.hasErrors ? 1 : 0;
} catch (error) {
  // Only an unreadable file or an unwritable folder ends up here: every record-level problem is a diagnostic.
  console.error(`cannot complete: ${(error as Error).message} (hint: check the paths and permissions)`);
  process.exitCode = 3;
}
