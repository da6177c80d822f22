import { coreRegistry, type Diagnostic, type EventBase, type Exporter } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { geojsonExporter, geojsonPlugin, geojsonSeqExporter, ndgeojsonExporter } from "./exporters";
import { fakeGazetteer } from "./gazetteer.fixture";

const run = async <O>(exporter: Exporter<O>, events: EventBase[], options: O, context = {}) => {
  let out = "";
  for await (const chunk of exporter.export(events, options, { registry: coreRegistry, ...context })) out += chunk;
  return out;
};

const event: EventBase = {
  id: "e1",
  type: "exposure",
  initiator: "GB",
  target: "org:ru-gru",
  location: { country: "GB" },
};
const dataset = {
  entities: [
    {
      id: "org:ru-gru",
      kind: "organization" as const,
      name: "GRU",
      organizationType: "intelligence_service" as const,
      country: "RU",
    },
  ],
};

describe("the exporters", () => {
  it("take the gazetteer, registry and entities from the exporter context", async () => {
    const out = await run(geojsonExporter, [event], { flows: true }, { gazetteer: fakeGazetteer, dataset });
    const [feature, flow] = JSON.parse(out).features;
    expect(feature.geometry.coordinates).toEqual([-1.1743, 52.3555]);
    expect(feature.properties).toMatchObject({ target: "org:ru-gru", target_country: "RU" });
    expect(flow.properties).toMatchObject({ from_capital: "London", to_capital: "Moscow" });
  });

  it("let options win over the context", async () => {
    const out = await run(geojsonExporter, [event], { place: false }, { gazetteer: fakeGazetteer });
    expect(JSON.parse(out).features[0].geometry).toBeNull();
  });

  it("write each mode under its own extension and media type, whatever mode the options name", async () => {
    const options = { mode: "featurecollection" } as never;
    expect(geojsonSeqExporter).toMatchObject({ extension: "geojsons", mediaType: "application/geo+json-seq" });
    expect((await run(geojsonSeqExporter, [event], options)).startsWith("\u001e{")).toBe(true);
    expect(ndgeojsonExporter).toMatchObject({ extension: "geojsonl" });
    expect(await run(ndgeojsonExporter, [event], options)).toMatch(/^\{"type":"Feature".*\}\n$/);
    expect(geojsonExporter).toMatchObject({ extension: "geojson", mediaType: "application/geo+json" });
    expect(await run(geojsonExporter, [event], { mode: "ndgeojson" })).toMatch(/^\{"type":"Feature"/);
  });

  it("report diagnostics through onDiagnostic", async () => {
    const diagnostics: Diagnostic[] = [];
    await run(geojsonExporter, [event], { unplaced: "drop", onDiagnostic: (d: Diagnostic) => diagnostics.push(d) });
    expect(diagnostics.map((d) => d.code)).toEqual(["TC_GEOJSON_UNPLACED"]);
  });

  it("come as a plugin a registry can use", () => {
    const registry = coreRegistry.use(geojsonPlugin);
    expect(registry.exporters.map((e) => e.extension)).toEqual(["geojson", "geojsons", "geojsonl"]);
  });
});
