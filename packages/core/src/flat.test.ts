import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { flatColumns, flattenEvent, STANDARD_COLUMNS, typeColumns, unflattenRow } from "./flat";
import type { Entity } from "./model/entities";
import { coreRegistry } from "./model/event-types";
import { examples } from "./model/examples.fixture";
import { defineEventType, type Registry } from "./registry";

const roundTrip = (event: unknown, registry: Registry = coreRegistry) => {
  const parsed = registry.parseEvent(event);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.diagnostics));
  const row = flattenEvent(parsed.event, { registry });
  // As CSV would give it back: every cell as text.
  const text = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));
  const back = unflattenRow(text, registry);
  expect(back.unknownColumns).toEqual([]);
  const reparsed = registry.parseEvent(back.event);
  expect(reparsed.diagnostics).toEqual([]);
  return { row, event: reparsed.success ? reparsed.event : undefined };
};

describe("the flat layout", () => {
  it("keeps the standard header in the documented order", () => {
    expect(STANDARD_COLUMNS.join(", ")).toBe(
      "id, type, date, date_start, date_end, date_precision, initiator, initiator_country, target, target_country, count, location, city, country, lat, lon, geo_precision, persons, organizations, attribution, confidence, summary, source_titles, source_urls, source_published, evidence, relations, tags",
    );
    const columns = flatColumns(coreRegistry, { ext: ["ext.gdelt.QuadClass"] });
    expect(columns.slice(0, 28)).toEqual([...STANDARD_COLUMNS]);
    expect(columns.at(-1)).toBe("ext.gdelt.QuadClass");
    expect(new Set(columns).size).toBe(columns.length);
    expect(typeColumns(coreRegistry, ["expulsion"])).toEqual([
      "role",
      "persona_non_grata",
      "deadline_hours",
      "grounds",
      "mission_kind",
      "mission_city",
    ]);
  });

  it.each(Object.entries(examples))("round-trips the %s example exactly", (_, event) => {
    expect(roundTrip(event).event).toEqual(event);
  });

  it("round-trips every event of the bundled dataset exactly", () => {
    const lines = readFileSync(new URL("../../../examples/data/events.ndjson", import.meta.url), "utf8").split("\n");
    const events = lines.filter(Boolean).map((l) => JSON.parse(l));
    for (const event of events) expect(roundTrip(event).event).toEqual(event);
  });

  it("writes readable cells: derived dates and countries, lists, positions of citations", () => {
    const entities = new Map<string, Entity>([
      [
        "org:ua-gur",
        {
          id: "org:ua-gur",
          kind: "organization",
          name: "Main Intelligence Directorate",
          organizationType: "intelligence_service",
          country: "UA",
        },
      ],
      ["person:mk", { id: "person:mk", kind: "person", name: "Maxim Kuzminov", nationalities: ["RU"] }],
    ]);
    const row = flattenEvent(
      {
        id: "e1",
        type: "defection",
        date: "2023-08~",
        initiator: "org:ua-gur",
        target: "RU",
        participants: [
          { entity: "person:mk", role: "subject" },
          { entity: "org:ua-gur", role: "handler" },
        ],
        sources: [{ title: "First report" }, { url: "https://example.org/2", evidence: { start: 5, end: 40 } }],
        relations: [{ kind: "follows", event: "e0" }],
        grounds: undefined,
      },
      { registry: coreRegistry, entities },
    );
    expect(row).toMatchObject({
      date: "2023-08~",
      date_start: "2023-08-01",
      date_end: "2023-08-31",
      date_precision: "month",
      initiator_country: "UA",
      target_country: "RU",
      persons: "Maxim Kuzminov",
      organizations: "Main Intelligence Directorate",
      source_titles: "First report; ",
      source_urls: "; https://example.org/2",
      evidence: "; 5-40",
      relations: "follows:e0",
    });
    expect(row).not.toHaveProperty("grounds");
  });

  it("types numbers and booleans for GeoJSON properties, and reads them typed or as text", () => {
    const row = flattenEvent(examples.expulsion, { registry: coreRegistry });
    expect(row.count).toBe(48);
    expect(row.persona_non_grata).toBe(true);
    expect(row.grounds).toBe("espionage; attack");
    expect(unflattenRow(row, coreRegistry).event).toEqual(examples.expulsion);
  });

  it("round-trips downstream types, ext data with awkward keys, and type fields named like common columns", () => {
    const registry = coreRegistry.withEventType(
      defineEventType({
        type: "sanctions_designation",
        description: "A designation.",
        initiator: "the designating state",
        target: null,
        fields: {
          listName: z.string(),
          country: z.string().optional(),
          amounts: z.array(z.number()).optional(),
          active: z.boolean(),
        },
      }),
    );
    const event = {
      id: "sd-1",
      type: "sanctions_designation",
      listName: "UK; consolidated",
      country: "n/a",
      amounts: [1.5, 2],
      active: false,
      ext: { "acme.watch": { "a.b": "42", "100%": [1, { x: null }], empty: "", plain: "text" } },
    };
    const { row, event: back } = roundTrip(event, registry);
    expect(row["sanctions_designation.country"]).toBe("n/a");
    expect(row["ext.acme.watch.a%2Eb"]).toBe('"42"');
    expect(back).toEqual(event);
  });

  it("reports columns it does not know, and another type's filled columns", () => {
    const { unknownColumns } = unflattenRow(
      { id: "x", type: "talks", colour: "red", persona_non_grata: "true", role: "" },
      coreRegistry,
    );
    expect(unknownColumns).toEqual(["colour", "persona_non_grata"]);
  });

  it("never lets a column name reach a prototype", () => {
    const { event } = unflattenRow(
      { id: "x", type: "talks", "ext.__proto__.polluted": "1", "ext.acme.__proto__": "2" },
      coreRegistry,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const parsed = coreRegistry.parseEvent(event);
    expect(parsed.success).toBe(false);
  });

  it("builds what a hand-made sheet leaves out from the columns it has", () => {
    const { event } = unflattenRow(
      {
        id: "x",
        type: "expulsion",
        date_start: "2022-04-04",
        date_end: "2022-04-06",
        initiator_country: "DE",
        target_country: "RU",
        persons: "A; B",
      },
      coreRegistry,
    );
    expect(event).toEqual({
      id: "x",
      type: "expulsion",
      date: "2022-04-04/2022-04-06",
      initiator: "DE",
      target: "RU",
      participants: [
        { name: "A", role: "other" },
        { name: "B", role: "other" },
      ],
    });
    expect(coreRegistry.parseEvent(event).success).toBe(true);
  });

  it("leaves bad cells for the schema to report", () => {
    const { event } = unflattenRow(
      { id: "x", type: "expulsion", count: "many", lat: "1", lon: "x", persona_non_grata: "yes" },
      coreRegistry,
    );
    const result = coreRegistry.parseEvent(event);
    expect(result.success).toBe(false);
    expect(result.diagnostics.map((d) => d.path?.join("."))).toEqual(
      expect.arrayContaining(["count", "location.lon", "personaNonGrata"]),
    );
  });
});
