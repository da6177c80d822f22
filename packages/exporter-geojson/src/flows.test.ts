import { coreRegistry, type Diagnostic, type Entity, type EventBase } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { type GeoJsonFeature, geoJsonFeatures } from "./features";
import { fakeGazetteer } from "./gazetteer.fixture";
import type { GeoJsonOptions } from "./options";
import { featureProblems } from "./rfc7946.fixture";

const featuresOf = async (events: EventBase[], options: GeoJsonOptions = {}) => {
  const diagnostics: Diagnostic[] = [];
  const features: GeoJsonFeature[] = [];
  const all = {
    gazetteer: fakeGazetteer,
    flows: true,
    onDiagnostic: (d: Diagnostic) => diagnostics.push(d),
    ...options,
  };
  for await (const feature of geoJsonFeatures(events, all)) features.push(feature);
  return { features, diagnostics, flows: features.filter((f) => String(f.id).endsWith("#flow")) };
};

const expulsion: EventBase = { id: "us-expels-60", type: "expulsion", date: "2018-03", initiator: "US", target: "RU" };

describe("flows", () => {
  it("runs from the initiator's capital to the target's, after the event's own feature", async () => {
    const { features } = await featuresOf([expulsion]);
    expect(features.map((f) => f.id)).toEqual(["us-expels-60", "us-expels-60#flow"]);
    expect(features[1]).toEqual({
      type: "Feature",
      id: "us-expels-60#flow",
      geometry: {
        type: "LineString",
        coordinates: [
          [-77.0369, 38.9072],
          [37.6173, 55.7558],
        ],
      },
      properties: {
        event_id: "us-expels-60",
        type: "expulsion",
        date: "2018-03",
        initiator: "US",
        target: "RU",
        from_country: "US",
        to_country: "RU",
        from_capital: "Washington",
        to_capital: "Moscow",
        directed: true,
        geometry_placed: true,
      },
    });
    expect(featureProblems(features[1])).toEqual([]);
  });

  it("is cut at the antimeridian where the short way crosses it (Tokyo to Washington)", async () => {
    const { flows } = await featuresOf([{ id: "jp", type: "expulsion", initiator: "JP", target: "US" }]);
    expect(flows[0]?.geometry).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [139.6503, 35.6762],
          [180, 36.585888],
        ],
        [
          [-180, 36.585888],
          [-77.0369, 38.9072],
        ],
      ],
    });
    expect(featureProblems(flows[0])).toEqual([]);
  });

  it("is undirected for symmetric types such as talks", async () => {
    const { flows } = await featuresOf([{ id: "t", type: "talks", initiator: "RU", target: "US" }]);
    expect(flows[0]?.properties).toMatchObject({ directed: false, from_capital: "Moscow", to_capital: "Washington" });
  });

  it("resolves actors given as entities to their country", async () => {
    const entities: Entity[] = [
      { id: "org:ru-gru", kind: "organization", name: "GRU", organizationType: "intelligence_service", country: "RU" },
    ];
    const event = { id: "x", type: "exposure", initiator: "GB", target: "org:ru-gru" };
    const { flows } = await featuresOf([event], { entities });
    expect(flows[0]?.properties).toMatchObject({ target: "org:ru-gru", to_country: "RU", to_capital: "Moscow" });
    expect((await featuresOf([event])).flows).toEqual([]);
  });

  it("is left out for types without both actors, events missing one, and a state acting on itself", async () => {
    const { flows, diagnostics } = await featuresOf([
      { id: "death", type: "suspicious_death", location: { country: "ES" } },
      { id: "poison", type: "poisoning", initiator: "RU" },
      { id: "house-arrest", type: "arrest", initiator: "RU", target: "RU" },
      { id: "custom", type: "not_registered", initiator: "RU", target: "US" },
    ]);
    expect(flows).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it("reports an actor whose capital the gazetteer lacks, and keeps the event's feature", async () => {
    const { features, diagnostics } = await featuresOf([
      { id: "pl", type: "expulsion", initiator: "PL", target: "SU" },
    ]);
    expect(features.map((f) => f.id)).toEqual(["pl"]);
    expect(diagnostics).toMatchObject([{ code: "TC_GEOJSON_NO_CAPITAL", severity: "info", position: { record: 0 } }]);
    expect(diagnostics[0]?.message).toContain("PL and SU");
  });

  it("is drawn for an event whose own point is dropped, and uses the registry given", async () => {
    const registry = coreRegistry;
    const { features } = await featuresOf([expulsion], { unplaced: "drop", registry });
    expect(features.map((f) => f.id)).toEqual(["us-expels-60#flow"]);
  });
});
