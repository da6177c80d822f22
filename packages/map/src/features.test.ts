import { describe, expect, it } from "vitest";
import { readFeature } from "./features";

const point = (properties: Record<string, unknown>, coordinates = [30.5234, 50.4501]) => ({
  type: "Feature",
  id: properties.id,
  geometry: { type: "Point", coordinates },
  properties,
});

describe("readFeature", () => {
  it("reads a flat event feature as the exporter writes it", () => {
    const result = readFeature(
      point({
        id: "ua-expels-2",
        type: "expulsion",
        date: "2024-03",
        initiator: "UA",
        target: "HU",
        count: 2,
        summary: "Kyiv expelled two Hungarian consuls.",
        city: "Kyiv",
        country: "UA",
        source_titles: "Consuls told to leave; a second title",
        source_publishers: "Kyiv Daily",
        source_urls: "https://example.org/consuls; javascript:alert(1)",
        geometry_placed: true,
      }),
      0,
    );
    expect(result).toEqual({
      mark: {
        kind: "event",
        id: "ua-expels-2",
        type: "expulsion",
        at: [30.5234, 50.4501],
        placed: true,
        date: "2024-03",
        start: Date.UTC(2024, 2, 1) / 86_400_000,
        end: Date.UTC(2024, 2, 31) / 86_400_000,
        initiator: "UA",
        target: "HU",
        count: 2,
        summary: "Kyiv expelled two Hungarian consuls.",
        place: "Kyiv, UA",
        sources: [
          { label: "Consuls told to leave" },
          { label: "a second title" },
          { label: "Kyiv Daily" },
          { label: "https://example.org/consuls", url: "https://example.org/consuls" },
          // Not a web address: shown as text, never made a link.
          { label: "javascript:alert(1)" },
        ],
      },
      warnings: [],
    });
  });

  it("reads a nested event feature (the event object as properties)", () => {
    const result = readFeature(
      point({
        id: "nl-arrest",
        type: "arrest",
        date: "2023",
        location: { city: "The Hague", country: "NL" },
        sources: [
          { title: "Arrest in The Hague", publisher: "NOS", url: "https://example.org/a" },
          { publisher: "AP" },
        ],
      }),
      3,
    );
    expect(result.mark).toMatchObject({
      id: "nl-arrest",
      place: "The Hague, NL",
      sources: [{ label: "Arrest in The Hague, NOS", url: "https://example.org/a" }, { label: "AP" }],
    });
  });

  it("keeps an event without geometry, to list it, and reads flows", () => {
    expect(
      readFeature({ type: "Feature", geometry: null, properties: { id: "x", type: "sabotage" } }, 1).mark,
    ).toMatchObject({
      kind: "event",
      id: "x",
      at: null,
    });
    const flow = readFeature(
      {
        type: "Feature",
        id: "x#flow",
        geometry: {
          type: "MultiLineString",
          coordinates: [
            [
              [170, 60],
              [180, 62],
            ],
            [
              [-180, 62],
              [-150, 61],
            ],
          ],
        },
        properties: { event_id: "x", type: "talks", date: "2019", directed: false },
      },
      2,
    );
    expect(flow.mark).toMatchObject({
      kind: "flow",
      id: "x",
      directed: false,
      lines: [
        [
          [170, 60],
          [180, 62],
        ],
        [
          [-180, 62],
          [-150, 61],
        ],
      ],
    });
  });

  it("turns a feature it cannot draw into one diagnostic with its position and a hint", () => {
    const cases = [
      point({ id: "far", type: "arrest" }, [200, 10]),
      { type: "Feature", geometry: { type: "Polygon", coordinates: [] }, properties: { type: "arrest" } },
      { type: "Feature", geometry: null, properties: { id: "no-type" } },
      "not a feature",
    ];
    cases.forEach((input, record) => {
      const result = readFeature(input, record);
      expect(result.mark).toBeUndefined();
      if (result.mark === undefined) {
        expect(result.error).toMatchObject({ code: "TC_MAP_FEATURE", severity: "error", position: { record } });
        expect(result.error.hint).toMatch(/exporter-geojson/);
      }
    });
  });

  it("shows an event with an unreadable date as undated, with a warning", () => {
    const result = readFeature(point({ id: "d", type: "arrest", date: "last spring" }), 4);
    expect(result.mark).toMatchObject({ id: "d", date: "last spring" });
    expect(result.mark && "start" in result.mark ? result.mark.start : undefined).toBeUndefined();
    expect(result.mark && result.warnings).toEqual([
      expect.objectContaining({ code: "TC_MAP_DATE", position: { record: 4 } }),
    ]);
  });
});
