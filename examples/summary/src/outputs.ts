import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { EventBase, Gazetteer, Registry } from "@tradecraft/core";
import { formatCsv } from "@tradecraft/exporter-csv";
import { formatGeoJson, geoJsonFeatures } from "@tradecraft/exporter-geojson";
import { renderMap } from "@tradecraft/map";

export interface OutputContext {
  readonly registry: Registry;
  readonly gazetteer: Gazetteer;
  readonly title: string;
}

export interface Output {
  readonly file: string;
  readonly what: string;
  readonly write: (events: readonly EventBase[], context: OutputContext) => AsyncIterable<string>;
}

/** What the main job writes. Adding an output is one entry here: the job, its summary and its test follow. */
export const OUTPUTS: readonly Output[] = [
  {
    file: "events.csv",
    what: "one row per event, RFC 4180 CSV",
    write: (events, { registry }) => formatCsv(events, { registry }),
  },
  {
    file: "events.geojson",
    what: "GeoJSON, events placed through the gazetteer and initiator-to-target flows",
    write: (events, { registry, gazetteer }) => formatGeoJson(events, { registry, gazetteer, flows: true }),
  },
  {
    file: "map.html",
    what: "the offline map page of those GeoJSON features",
    write: (events, { registry, gazetteer, title }) =>
      renderMap(geoJsonFeatures(events, { registry, gazetteer, flows: true }), { title }),
  },
];

/**
 * Streams every output to `<file>.partial` and renames them all only once every one is written, so a failed run never
 * leaves a truncated file nor a mix of old and new outputs. Returns the absolute paths written, in OUTPUTS order.
 */
export const writeOutputs = async (
  outDir: string,
  events: readonly EventBase[],
  context: OutputContext,
  outputs: readonly Output[] = OUTPUTS,
): Promise<string[]> => {
  await mkdir(outDir, { recursive: true });
  const paths = outputs.map((output) => resolve(join(outDir, output.file)));
  try {
    for (const [i, output] of outputs.entries()) {
      await pipeline(Readable.from(output.write(events, context)), createWriteStream(`${paths[i]}.partial`));
    }
    for (const path of paths) await rename(`${path}.partial`, path);
  } catch (error) {
    await Promise.all(paths.map((path) => rm(`${path}.partial`, { force: true })));
    throw error;
  }
  return paths;
};
