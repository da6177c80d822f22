import { type Diagnostic, type EventBase, TradecraftError } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { formatGeoJson, toFeatureCollection } from "./format";
import { fakeGazetteer } from "./gazetteer.fixture";
import type { GeoJsonOptions } from "./options";
import { featureCollectionProblems, featureProblems } from "./rfc7946.fixture";

const text = async (events: Iterable<EventBase> | AsyncIterable<EventBase>, options: GeoJsonOptions = {}) => {
  let out = "";
  for await (const chunk of formatGeoJson(events, options)) out += chunk;
  return out;
};

const moscow: EventBase = {
  id: "e-moscow",
  type: "expulsion",
  initiator: "RU",
  target: "US",
  location: { city: "Moscow", country: "RU", lat: 55.75580049, lon: 37.61730051, precision: "city" },
};
const seattle: EventBase = { id: "e-seattle", type: "mission_closure", location: { city: "Seattle", country: "US" } };
const unplaced: EventBase = { id: "e-nowhere", type: "suspicious_death", location: { name: "on a flight from Cuba" } };

describe("formatGeoJson as a FeatureCollection", () => {
  it("writes a FeatureCollection that JSON.parse reads and RFC 7946 accepts, bbox after features", async () => {
    const out = await text([moscow, seattle, unplaced], { gazetteer: fakeGazetteer });
    const collection = JSON.parse(out);
    expect(featureCollectionProblems(collection)).toEqual([]);
    expect(Object.keys(collection)).toEqual(["type", "features", "bbox"]);
    expect(out.indexOf('"bbox"')).toBeGreaterThan(out.lastIndexOf('"Feature"'));
    expect(out.endsWith("}\n")).toBe(true);
    expect(collection.features.map((f: { id: string }) => f.id)).toEqual(["e-moscow", "e-seattle", "e-nowhere"]);
    expect(collection.bbox).toEqual([-122.3321, 47.6062, 37.617301, 55.7558]);
  });

  it("writes [lon, lat] rounded to 6 decimals by default, to the precision asked for otherwise", async () => {
    const [feature] = JSON.parse(await text([moscow])).features;
    expect(feature.geometry).toEqual({ type: "Point", coordinates: [37.617301, 55.7558] });
    const [coarse] = JSON.parse(await text([moscow], { coordinatePrecision: 2 })).features;
    expect(coarse.geometry.coordinates).toEqual([37.62, 55.76]);
  });

  it("keeps the event's own lat and lon unrounded in the properties", async () => {
    const [feature] = JSON.parse(await text([moscow], { coordinatePrecision: 1 })).features;
    expect(feature.properties).toMatchObject({ lat: 55.75580049, lon: 37.61730051, geo_precision: "city" });
    expect(feature.properties).toMatchObject({ geometry_precision: "city", geometry_placed: false });
  });

  it("marks a point the gazetteer gave as placed, beside the event's own (absent) coordinates", async () => {
    const [feature] = JSON.parse(await text([seattle], { gazetteer: fakeGazetteer })).features;
    expect(feature.geometry.coordinates).toEqual([-122.3321, 47.6062]);
    expect(feature.properties).toMatchObject({ city: "Seattle", geometry_precision: "city", geometry_placed: true });
    expect(feature.properties).not.toHaveProperty("lat");
    expect(feature.properties).not.toHaveProperty("geo_precision");
  });

  it("keeps an event nothing places with a null geometry (never 0,0) and no placement properties", async () => {
    const [feature] = JSON.parse(await text([unplaced], { gazetteer: fakeGazetteer })).features;
    expect(feature).toEqual({
      type: "Feature",
      id: "e-nowhere",
      geometry: null,
      properties: { id: "e-nowhere", type: "suspicious_death", location: "on a flight from Cuba" },
    });
  });

  it("places nothing through the gazetteer when place is false", async () => {
    const collection = JSON.parse(await text([moscow, seattle], { gazetteer: fakeGazetteer, place: false }));
    expect(collection.features.map((f: { geometry: unknown }) => f.geometry === null)).toEqual([false, true]);
  });

  it("writes an empty input as an empty collection without a bbox", async () => {
    const out = await text([]);
    expect(out).toBe('{"type":"FeatureCollection","features":[]}\n');
    expect(featureCollectionProblems(JSON.parse(out))).toEqual([]);
  });

  it("leaves the bbox out when every geometry is null, or when asked to", async () => {
    expect(JSON.parse(await text([unplaced]))).not.toHaveProperty("bbox");
    expect(JSON.parse(await text([moscow], { bbox: false }))).not.toHaveProperty("bbox");
  });

  it("writes the nested event as properties when asked", async () => {
    const [feature] = JSON.parse(await text([moscow], { properties: "nested" })).features;
    expect(feature.properties).toEqual({ ...moscow, geometry_precision: "city", geometry_placed: false });
  });
});

describe("the streaming modes", () => {
  it("writes RFC 8142 text sequences: RS, one feature, LF", async () => {
    const out = await text([moscow, seattle, unplaced], { mode: "geojsonseq", gazetteer: fakeGazetteer });
    expect(out.startsWith("\u001e{")).toBe(true);
    const records = out.split("\u001e").slice(1);
    expect(records).toHaveLength(3);
    for (const record of records) {
      expect(record.endsWith("}\n")).toBe(true);
      expect(record.slice(0, -1)).not.toContain("\n");
      expect(featureProblems(JSON.parse(record))).toEqual([]);
    }
  });

  it("writes newline-delimited features, one per line", async () => {
    const out = await text([moscow, unplaced], { mode: "ndgeojson" });
    const lines = out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(["e-moscow", "e-nowhere"]);
    expect(out).not.toContain("\u001e");
  });

  it("streams: the first text comes before the input ends, so the input can be endless", async () => {
    function* endless(): Generator<EventBase> {
      for (let i = 0; ; i++) yield { ...moscow, id: `e-${i}` };
    }
    for (const mode of ["featurecollection", "geojsonseq", "ndgeojson"] as const) {
      const chunks = formatGeoJson(endless(), { mode });
      const first = await chunks.next();
      expect(first.done).toBe(false);
      expect((first.value as string).length).toBeGreaterThanOrEqual(64 * 1024);
      await chunks.return(undefined);
    }
  });

  it("splits only between features, so every chunk of a sequence is whole records", async () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({ ...moscow, id: `e-${i}`, summary: "ü".repeat(i % 50) }));
    const chunks: string[] = [];
    for await (const chunk of formatGeoJson(events, { mode: "geojsonseq" })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.startsWith("\u001e") && chunk.endsWith("\n")).toBe(true);
  });
});

describe("text that needs escaping", () => {
  const tricky: EventBase = {
    id: "e-tricky",
    type: "arrest",
    location: { city: "東京", country: "JP", name: 'Посольство, "Central" office; 2nd floor\\annex' },
    summary: "Quotes \" and ' , a comma, a semicolon; a backslash \\, a tab\t, lines\r\nand \u2028, </script>, 🕵️‍♀️ 🇷🇺",
    participants: [{ name: "Ли Сиюань 李思远 🧪", role: "suspect" }],
    tags: ["emoji-🔥", "semi;colon"],
  };

  it("survives quoting, Unicode names (CJK, Cyrillic, emoji) in every mode", async () => {
    for (const mode of ["featurecollection", "geojsonseq", "ndgeojson"] as const) {
      const out = await text([tricky], { mode, gazetteer: fakeGazetteer, properties: "nested" });
      const json = mode === "featurecollection" ? JSON.parse(out).features[0] : JSON.parse(out.replace("\u001e", ""));
      expect(json.properties).toEqual({ ...tricky, geometry_precision: "city", geometry_placed: true });
      expect(json.geometry.coordinates).toEqual([139.6503, 35.6762]);
      if (mode !== "featurecollection") expect(out.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("writes a lone surrogate escaped, so the text stays valid UTF-8 and reads back the same", async () => {
    const broken = { ...tricky, summary: `half an emoji: \ud83d and \udc1f alone` };
    const out = await text([broken], { properties: "nested" });
    expect(out).toContain("\\ud83d");
    const bytes = new TextEncoder().encode(out);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(out);
    expect(JSON.parse(out).features[0].properties.summary).toBe(broken.summary);
  });
});

describe("dropping what nothing places", () => {
  it("drops each unplaced event and reports it with its id and position", async () => {
    const diagnostics: Diagnostic[] = [];
    const out = await text([moscow, unplaced, seattle], { unplaced: "drop", onDiagnostic: (d) => diagnostics.push(d) });
    expect(JSON.parse(out).features.map((f: { id: string }) => f.id)).toEqual(["e-moscow"]);
    expect(diagnostics).toMatchObject([
      { code: "TC_GEOJSON_UNPLACED", severity: "warning", position: { record: 1 } },
      { code: "TC_GEOJSON_UNPLACED", severity: "warning", position: { record: 2 } },
    ]);
    expect(diagnostics[0]?.message).toContain("'e-nowhere'");
    expect(diagnostics[0]?.hint).toContain("unplaced: 'keep'");
  });

  it("refuses to drop without a channel for the diagnostics", async () => {
    const error = await text([moscow], { unplaced: "drop" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TradecraftError);
    expect(error).toMatchObject({ code: "TC_GEOJSON_OPTIONS" });
    expect((error as TradecraftError).message).toContain("onDiagnostic");
    expect((error as TradecraftError).hint).toContain("toFeatureCollection");
  });
});

describe("options", () => {
  it.each([
    [{ coordinatePrecision: 16 }, "coordinatePrecision"],
    [{ coordinatePrecision: 2.5 }, "coordinatePrecision"],
    [{ mode: "geojsonl" }, "mode"],
    [{ properties: "deep" }, "properties"],
    [{ gazeteer: fakeGazetteer }, "gazeteer"],
    [{ gazetteer: {} }, "gazetteer"],
    [{ flows: true }, "gazetteer"],
  ])("refuses %j with TC_GEOJSON_OPTIONS naming %s", async (options, name) => {
    const error = await text([moscow], options as GeoJsonOptions).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TC_GEOJSON_OPTIONS" });
    expect((error as Error).message).toContain(name);
    expect((error as TradecraftError).hint).toBeTruthy();
  });
});

describe("toFeatureCollection", () => {
  it("returns the collection object and every diagnostic", async () => {
    const events = [moscow, { ...seattle, location: { lat: 100, lon: 0, precision: "exact" as const } }, unplaced];
    const { featureCollection, diagnostics } = await toFeatureCollection(events, { unplaced: "drop" });
    expect(featureCollectionProblems(featureCollection)).toEqual([]);
    expect(featureCollection.features.map((f) => f.id)).toEqual(["e-moscow"]);
    expect(featureCollection.bbox).toEqual([37.617301, 55.7558, 37.617301, 55.7558]);
    expect(diagnostics.map((d) => [d.code, d.position?.record])).toEqual([
      ["TC_GEOJSON_COORDINATES_INVALID", 1],
      ["TC_GEOJSON_UNPLACED", 1],
      ["TC_GEOJSON_UNPLACED", 2],
    ]);
  });

  it("is what formatGeoJson writes, as an object", async () => {
    const options = { gazetteer: fakeGazetteer, flows: true };
    const { featureCollection } = await toFeatureCollection([moscow, seattle, unplaced], options);
    expect(featureCollection).toEqual(JSON.parse(await text([moscow, seattle, unplaced], options)));
  });
});
