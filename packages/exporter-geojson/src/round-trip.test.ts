import { readFileSync } from "node:fs";
import { coreRegistry, type EventBase, unflattenRow } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { PLACEMENT_PROPERTIES } from "./features";
import { formatGeoJson } from "./format";
import { fakeGazetteer } from "./gazetteer.fixture";
import type { GeoJsonMode, GeoJsonOptions } from "./options";
import { featureCollectionProblems, featureProblems } from "./rfc7946.fixture";

const dataset: EventBase[] = readFileSync(new URL("../../../examples/data/events.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));

type Feature = { id: string; geometry: { type: string } | null; properties: Record<string, unknown> };

/** Writes the dataset in a mode and reads the features back as any client would. */
const exportAndRead = async (mode: GeoJsonMode, options: GeoJsonOptions): Promise<Feature[]> => {
  let text = "";
  for await (const chunk of formatGeoJson(dataset, { ...options, mode, gazetteer: fakeGazetteer, flows: true })) {
    text += chunk;
  }
  if (mode === "featurecollection") {
    const collection = JSON.parse(text);
    expect(featureCollectionProblems(collection)).toEqual([]);
    return collection.features;
  }
  const records = mode === "geojsonseq" ? text.split("\u001e").slice(1) : text.split("\n").slice(0, -1);
  const features = records.map((record) => JSON.parse(record));
  for (const feature of features) expect(featureProblems(feature)).toEqual([]);
  return features;
};

const withoutPlacement = (properties: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(properties).filter(([name]) => !(PLACEMENT_PROPERTIES as readonly string[]).includes(name)),
  );

describe.each(["featurecollection", "geojsonseq", "ndgeojson"] as const)("the examples' dataset as %s", (mode) => {
  it("keeps every event, in order, with its id, and adds flows only with their own ids", async () => {
    const features = await exportAndRead(mode, {});
    const events = features.filter((f) => !f.id.endsWith("#flow"));
    expect(events.map((f) => f.id)).toEqual(dataset.map((e) => e.id));
    const flows = features.filter((f) => f.id.endsWith("#flow"));
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) expect(dataset.map((e) => e.id)).toContain(flow.properties.event_id);
  });

  it("rebuilds every identical event from the flat properties with core's unflattenRow", async () => {
    const features = (await exportAndRead(mode, {})).filter((f) => !f.id.endsWith("#flow"));
    for (const [i, feature] of features.entries()) {
      const { event, unknownColumns } = unflattenRow(feature.properties as never, coreRegistry);
      // The placement properties are the only columns the flat layout does not know.
      expect(unknownColumns).toEqual(PLACEMENT_PROPERTIES.filter((name) => name in feature.properties));
      const parsed = coreRegistry.parseEvent(event);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.success && parsed.event).toEqual(dataset[i]);
      expect(unflattenRow(withoutPlacement(feature.properties) as never, coreRegistry).unknownColumns).toEqual([]);
    }
  });

  it("gives back each event itself from the nested properties", async () => {
    const features = (await exportAndRead(mode, { properties: "nested" })).filter((f) => !f.id.endsWith("#flow"));
    expect(features.map((f) => withoutPlacement(f.properties))).toEqual(dataset);
  });

  it("says of every point where it comes from, and writes null, never 0,0, for the rest", async () => {
    const features = (await exportAndRead(mode, {})).filter((f) => !f.id.endsWith("#flow"));
    const counts = { reported: 0, placed: 0, none: 0 };
    for (const [i, feature] of features.entries()) {
      const location = dataset[i]?.location;
      if (feature.geometry === null) {
        counts.none += 1;
        expect(feature.properties).not.toHaveProperty("geometry_placed");
      } else {
        const placed = feature.properties.geometry_placed as boolean;
        counts[placed ? "placed" : "reported"] += 1;
        expect(placed).toBe(location?.lat === undefined);
        expect(feature.properties.geometry_precision).toBe(
          placed ? (location?.city ? "city" : "country") : location?.precision,
        );
      }
    }
    // 7 events give coordinates; the fake gazetteer places 24 more by country; 19 have no place it knows.
    expect(counts).toEqual({ reported: 7, placed: 24, none: 19 });
  });
});

it("refuses an event whose own data would collide with a placement property", async () => {
  const event = { id: "e1", type: "arrest", geometry_placed: "mine" } as EventBase;
  const chunks = formatGeoJson([event], { properties: "nested" });
  await expect(chunks.next()).rejects.toMatchObject({
    code: "TC_GEOJSON_RESERVED_PROPERTY",
    position: { record: 0 },
  });
});
