import { readFileSync } from "node:fs";
import { coreRegistry, type EventBase, parseNdjson } from "@tradecraft/core";
import { geoJsonFeatures } from "@tradecraft/exporter-geojson";
import { gazetteer } from "@tradecraft/gazetteer";

/** The examples' dataset (examples/data/events.ndjson) as events. */
export const exampleEvents = async (): Promise<EventBase[]> => {
  const text = readFileSync(new URL("../../../examples/data/events.ndjson", import.meta.url), "utf8");
  const events: EventBase[] = [];
  for await (const record of parseNdjson([text], { registry: coreRegistry })) {
    if (record.kind !== "event") throw new Error(`the examples' dataset does not parse: ${JSON.stringify(record)}`);
    events.push(record.event);
  }
  return events;
};

/** Features as `tradecraft map` makes them: placed with the gazetteer, with flows. */
export const featuresOf = async (events: readonly EventBase[]) => {
  const features = [];
  for await (const feature of geoJsonFeatures(events, { flows: true, gazetteer })) features.push(feature);
  return features;
};
