import {
  type Dataset,
  type Diagnostic,
  type EventBase,
  formatNdjson,
  type Gazetteer,
  type Registry,
  writeDataset,
} from "@tradecraft/core";
import { formatCsv } from "@tradecraft/exporter-csv";
import type { GeoJsonMode } from "@tradecraft/exporter-geojson";
import { CliError, EXIT } from "./errors";

export interface WriteOptions {
  readonly registry: Registry;
  readonly gazetteer: Gazetteer;
  /** A JSON dataset's entities and sources, for exporters that resolve ids. */
  readonly dataset?: Omit<Dataset, "events"> | undefined;
  /** Problems an exporter reports on the way (an event GeoJSON cannot place). */
  readonly onDiagnostic: (diagnostic: Diagnostic) => void;
}

type Events = AsyncIterable<EventBase>;

const GEOJSON_MODES: Readonly<Record<string, GeoJsonMode>> = {
  geojson: "featurecollection",
  geojsonseq: "geojsonseq",
  ndgeojson: "ndgeojson",
};

/** A native JSON dataset: the one output that needs every event before it writes. */
async function* jsonDataset(events: Events, dataset: WriteOptions["dataset"]): AsyncGenerator<string> {
  const all: EventBase[] = [];
  for await (const event of events) all.push(event);
  yield writeDataset({ ...dataset, events: all });
}

/** GeoJSON in one of its modes, the exporter loaded when first needed. */
async function* geojson(
  events: Events,
  options: NonNullable<Parameters<typeof import("@tradecraft/exporter-geojson").formatGeoJson>[1]>,
): AsyncGenerator<string> {
  const { formatGeoJson } = await import("@tradecraft/exporter-geojson");
  yield* formatGeoJson(events, options);
}

/**
 * Writes events in any format the command knows, or a plugin's exporter: one layer for every subcommand. Streams
 * except for a JSON dataset (and GeoJSON's bbox, which the exporter writes last).
 */
export const writeEvents = (
  events: Events,
  format: string,
  options: WriteOptions,
): AsyncIterable<string | Uint8Array> => {
  const { registry, gazetteer, dataset, onDiagnostic } = options;
  const entities = dataset?.entities;
  const mode = GEOJSON_MODES[format];
  if (mode !== undefined)
    return geojson(events, { mode, registry, gazetteer, onDiagnostic, ...(entities ? { entities } : {}) });
  switch (format) {
    case "ndjson":
      return formatNdjson(events);
    case "json":
      return jsonDataset(events, dataset);
    case "csv":
      return formatCsv(events, { registry, ...(entities ? { entities } : {}) });
    default: {
      const exporter = registry.exporters.find((e) => e.name === format);
      if (exporter === undefined) throw new CliError(`unknown output format '${format}'`, "see --help", EXIT.usage);
      const context = { registry, gazetteer, ...(dataset === undefined ? {} : { dataset }) };
      return exporter.export(events, {} as never, context);
    }
  }
};
