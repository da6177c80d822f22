import type { Diagnostic, EventBase } from "@tradecraft/core";
import type { FeatureCollection } from "geojson";
import { Bounds, type EventGeometry } from "./coordinates";
import { featuresOf, settle } from "./features";
import type { GeoJsonMode, GeoJsonOptions } from "./options";

/** RFC 8142's record separator, which opens every text of a GeoJSON text sequence. */
const RECORD_SEPARATOR = "\u001e";

/** Text is handed on in chunks of about this many characters: one write per feature would dominate the time. */
const CHUNK_LENGTH = 64 * 1024;

/** How each feature's JSON text is framed in each mode. */
const FRAMES: Record<GeoJsonMode, (json: string, first: boolean) => string> = {
  featurecollection: (json, first) => `${first ? "\n" : ",\n"}${json}`,
  geojsonseq: (json) => `${RECORD_SEPARATOR}${json}\n`,
  ndgeojson: (json) => `${json}\n`,
};

/**
 * Writes events as GeoJSON text, in constant memory: a FeatureCollection (the default) whose `bbox` follows
 * `features`, since it is known only at the end (RFC 7946 sets no order for members); an RFC 8142 text sequence
 * (`geojsonseq`: RS, a feature, LF); or one feature per line (`ndgeojson`).
 */
export async function* formatGeoJson(
  events: Iterable<EventBase> | AsyncIterable<EventBase>,
  options: GeoJsonOptions = {},
): AsyncGenerator<string> {
  const settings = settle(options);
  const { mode, bbox } = settings.options;
  const frame = FRAMES[mode];
  const bounds = new Bounds();
  let text = mode === "featurecollection" ? '{"type":"FeatureCollection","features":[' : "";
  let first = true;
  for await (const feature of featuresOf(events, settings)) {
    bounds.extend(feature.geometry);
    text += frame(JSON.stringify(feature), first);
    first = false;
    if (text.length >= CHUNK_LENGTH) {
      yield text;
      text = "";
    }
  }
  if (mode === "featurecollection") {
    const box = bbox ? bounds.box : undefined;
    text += `${first ? "" : "\n"}]${box ? `,"bbox":${JSON.stringify(box)}` : ""}}\n`;
  }
  if (text !== "") yield text;
}

export interface FeatureCollectionResult {
  readonly featureCollection: FeatureCollection<EventGeometry | null>;
  /** Everything reported on the way (dropped events, unusable coordinates, missing capitals). */
  readonly diagnostics: Diagnostic[];
}

/** The events as one FeatureCollection object, with the diagnostics: for inputs small enough to hold. */
export const toFeatureCollection = async (
  events: Iterable<EventBase> | AsyncIterable<EventBase>,
  options: Omit<GeoJsonOptions, "mode"> = {},
): Promise<FeatureCollectionResult> => {
  const diagnostics: Diagnostic[] = [];
  const settings = settle({
    ...options,
    onDiagnostic: (diagnostic) => {
      diagnostics.push(diagnostic);
      options.onDiagnostic?.(diagnostic);
    },
  });
  const bounds = new Bounds();
  const features = [];
  for await (const feature of featuresOf(events, settings)) {
    bounds.extend(feature.geometry);
    features.push(feature);
  }
  const box = settings.options.bbox ? bounds.box : undefined;
  return { featureCollection: { type: "FeatureCollection", features, ...(box ? { bbox: box } : {}) }, diagnostics };
};
