import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Diagnostic, EventBase } from "@tradecraft/core";
import { formatGeoJson } from "@tradecraft/exporter-geojson";
import { gazetteer } from "@tradecraft/gazetteer";
import { type GdeltOptions, GdeltTally, parseGdelt } from "@tradecraft/parser-gdelt";

export interface Conversion {
  /** What became of every row: events, skips with their reasons, diagnostics with their lines. */
  readonly tally: GdeltTally;
  readonly diagnostics: readonly Diagnostic[];
  /** Features written: one per event, plus one flow per event with both actors. */
  readonly features: number;
}

/**
 * Streams a GDELT export (plain or zipped, 2.0 or 1.0) through the parser, which keeps only the diplomatic and
 * espionage rows, and writes the events as a GeoJSON FeatureCollection with initiator-to-target flows. The file is
 * written beside the target and renamed at the end, so a failed run leaves no half-written file.
 */
export const convert = async (input: string, output: string, options: GdeltOptions = {}): Promise<Conversion> => {
  const tally = new GdeltTally();
  const diagnostics: Diagnostic[] = [];
  async function* events(): AsyncGenerator<EventBase> {
    for await (const record of parseGdelt(createReadStream(input), options)) {
      tally.add(record);
      if (record.kind === "event") yield record.event;
      else if (record.kind === "diagnostic") diagnostics.push(record.diagnostic);
    }
  }
  let features = 0;
  const onFeature = (text: string) => {
    features += text.match(/"type":"Feature"/g)?.length ?? 0;
    return text;
  };
  await mkdir(dirname(output), { recursive: true });
  const partial = `${output}.partial`;
  try {
    const chunks = formatGeoJson(events(), { gazetteer, flows: true });
    await pipeline(Readable.from(chunks).map(onFeature), createWriteStream(partial));
    await rename(partial, output);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { tally, diagnostics, features };
};
