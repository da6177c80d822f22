import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { toJsonSchema } from "./json-schema";
import { coreRegistry } from "./model/event-types";
import { sanctionsDesignation } from "./model/examples.fixture";

const schemaFile = new URL("../schema/tradecraft.schema.json", import.meta.url);
const examplesFile = new URL("../../../examples/data/events.ndjson", import.meta.url);

const compile = (schema: Record<string, unknown>) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
};

const valid = {
  meta: { format: "tradecraft", version: "1.0", title: "sample" },
  events: [
    {
      id: "evt-1",
      type: "expulsion",
      date: "2018-03",
      initiator: "US",
      target: "RU",
      count: 60,
      location: { country: "US" },
      sources: [{ publisher: "Example Wire", title: "Sixty diplomats expelled" }],
      ext: { acme: { score: 3, flags: [true, null] } },
    },
    { id: "evt-2", type: "suspicious_death", date: "2022", count: 3, location: { city: "Barcelona", country: "ES" } },
    { id: "evt-3", type: "defection", initiator: "org:ua-gur", target: "SU" },
  ],
  entities: [
    {
      id: "org:ua-gur",
      kind: "organization",
      name: "Main Intelligence Directorate",
      organizationType: "intelligence_service",
      country: "UA",
    },
  ],
  sources: [{ id: "src-1", url: "https://example.org/report", published: "2024-03-05T10:00:00Z" }],
};

describe("the JSON Schema", () => {
  it("is written by the build and matches the registry", () => {
    expect(existsSync(schemaFile), "run the build first: pnpm build").toBe(true);
    const written = JSON.parse(readFileSync(schemaFile, "utf8"));
    expect(written).toEqual(toJsonSchema(coreRegistry));
    expect(written.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts valid datasets and the examples' events", () => {
    const validate = compile(toJsonSchema(coreRegistry));
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    const events = readFileSync(examplesFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(validate({ events }), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each([
    ["an unknown type", { id: "x", type: "coup" }],
    ["a malformed date", { id: "x", type: "talks", date: "March 2018" }],
    ["a season", { id: "x", type: "talks", date: "2018-21" }],
    ["a three-letter country", { id: "x", type: "talks", initiator: "USA" }],
    ["an unassigned country code", { id: "x", type: "talks", initiator: "XX" }],
    ["an unknown field", { id: "x", type: "talks", colour: "red" }],
    ["a field of another type", { id: "x", type: "talks", personaNonGrata: true }],
    ["an initiator on a type without one", { id: "x", type: "escape", initiator: "RU" }],
    ["a negative count", { id: "x", type: "expulsion", count: -2 }],
    ["a confidence above 1", { id: "x", type: "expulsion", confidence: 2 }],
    ["a bad ext namespace", { id: "x", type: "expulsion", ext: { ACME: {} } }],
    ["a bad id", { id: "has space", type: "expulsion" }],
    ["a source URL that is not one", { id: "x", type: "expulsion", sources: [{ url: "nope" }] }],
  ])("rejects %s", (_, event) => {
    const validate = compile(toJsonSchema(coreRegistry));
    expect(validate({ events: [event] })).toBe(false);
  });

  it("rejects datasets without events or with unknown top-level fields", () => {
    const validate = compile(toJsonSchema(coreRegistry));
    expect(validate({})).toBe(false);
    expect(validate({ events: [], extra: 1 })).toBe(false);
  });

  it("includes downstream types registered before generation", () => {
    const registry = coreRegistry.withEventType(sanctionsDesignation);
    const validate = compile(toJsonSchema(registry));
    expect(
      validate({ events: [{ id: "s", type: "sanctions_designation", listName: "UK", designatedParty: "a unit" }] }),
    ).toBe(true);
    expect(validate({ events: [{ id: "s", type: "sanctions_designation" }] })).toBe(false);
  });
});
