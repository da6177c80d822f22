import { defineExporter, definePlugin, type ExporterContext } from "@tradecraft/core";
import { formatGeoJson } from "./format";
import type { GeoJsonMode, GeoJsonOptions } from "./options";

/** The exporter context's registry, entities and gazetteer, as options; the caller's options win. */
const withContext = (options: GeoJsonOptions, context: ExporterContext): GeoJsonOptions => ({
  registry: context.registry,
  ...(context.dataset?.entities ? { entities: context.dataset.entities } : {}),
  ...(context.gazetteer ? { gazetteer: context.gazetteer } : {}),
  ...options,
});

/** GeoJSON in any mode, a FeatureCollection by default (`.geojson`). */
export const geojsonExporter = defineExporter<GeoJsonOptions>({
  name: "geojson",
  description: "RFC 7946 GeoJSON: a FeatureCollection of the events' points (and optional flows), streamed.",
  extension: "geojson",
  mediaType: "application/geo+json",
  export: (events, options, context) => formatGeoJson(events, withContext(options, context)),
});

/** An exporter whose mode is fixed, so that a CLI can choose it by file extension. */
const exporterFor = (
  mode: GeoJsonMode,
  about: { name: string; description: string; extension: string; mediaType: string },
) =>
  defineExporter<Omit<GeoJsonOptions, "mode">>({
    ...about,
    export: (events, options, context) => formatGeoJson(events, { ...withContext(options, context), mode }),
  });

export const geojsonSeqExporter = exporterFor("geojsonseq", {
  name: "geojsonseq",
  description: "RFC 8142 GeoJSON Text Sequences: each feature after an RS character and before a line feed.",
  extension: "geojsons",
  mediaType: "application/geo+json-seq",
});

export const ndgeojsonExporter = exporterFor("ndgeojson", {
  name: "ndgeojson",
  description: "Newline-delimited GeoJSON: one feature per line.",
  extension: "geojsonl",
  mediaType: "application/x-ndjson",
});

/** The three exporters as a plugin: `coreRegistry.use(geojsonPlugin)`. */
export const geojsonPlugin = definePlugin({
  name: "@tradecraft/exporter-geojson",
  exporters: [geojsonExporter, geojsonSeqExporter, ndgeojsonExporter],
});
