import { z } from "zod";
import { listCountries } from "./countries";
import {
  ActorSchema,
  CitationSchema,
  CountryCodeSchema,
  EdtfDateSchema,
  EntityIdSchema,
  EXT_NAMESPACE_PATTERN,
  ExtSchema,
  FORBIDDEN_KEYS,
  HttpUrlSchema,
  LocationSchema,
  ParticipantSchema,
  RelationSchema,
} from "./model/common";
import { DatasetMetaSchema, SourceSchema } from "./model/dataset";
import { EntitySchema } from "./model/entities";
import type { Registry } from "./registry";

export const JSON_SCHEMA_ID = "https://tradecraft.dev/schema/tradecraft.schema.json";

/** The shape of an EDTF level 0/1 date, for consumers that only have JSON Schema (core checks calendars too). */
const EDTF_POINT = String.raw`-?\d{2}[\dX]{2}(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12]\d|3[01]|XX))?)?[?~%]?`;
export const EDTF_PATTERN = `^(${EDTF_POINT}|(${EDTF_POINT}|\\.\\.)?/(${EDTF_POINT}|\\.\\.)?)$`;

/**
 * The JSON Schema (draft 2020-12) of a registry's datasets, for tools outside TypeScript: the root describes a
 * dataset, `$defs.Event` one event (an NDJSON line). Checks that JSON Schema cannot express (calendar validity,
 * the list of historical codes by date) stay with core and the validators.
 */
export const toJsonSchema = (registry: Registry): Record<string, unknown> => {
  const codes = listCountries().map((c) => c.alpha2);
  const override = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
    if (ctx.zodSchema === CountryCodeSchema) {
      delete ctx.jsonSchema.pattern;
      ctx.jsonSchema.enum = codes;
    }
    if (ctx.zodSchema === EdtfDateSchema) ctx.jsonSchema.pattern = EDTF_PATTERN;
    if (ctx.zodSchema === HttpUrlSchema) ctx.jsonSchema.format = "uri";
    if (ctx.zodSchema === ActorSchema)
      replace(ctx.jsonSchema, { anyOf: [{ $ref: "#/$defs/CountryCode" }, { $ref: "#/$defs/EntityId" }] });
    // Ext checks raw input before its record schema (see common.ts); JSON Schema gets the record's shape.
    if (ctx.zodSchema === ExtSchema) {
      replace(ctx.jsonSchema, {
        type: "object",
        propertyNames: { pattern: EXT_NAMESPACE_PATTERN },
        additionalProperties: { type: "object", propertyNames: { not: { enum: [...FORBIDDEN_KEYS] } } },
      });
    }
  };
  // Named definitions: each appears once under $defs and is referenced wherever it is used.
  const names = z.registry<{ id: string }>();
  names.add(registry.eventSchema, { id: "Event" });
  names.add(EntitySchema, { id: "Entity" });
  names.add(SourceSchema, { id: "Source" });
  names.add(DatasetMetaSchema, { id: "Meta" });
  names.add(CountryCodeSchema, { id: "CountryCode" });
  names.add(EdtfDateSchema, { id: "EdtfDate" });
  names.add(ActorSchema, { id: "Actor" });
  names.add(EntityIdSchema, { id: "EntityId" });
  names.add(LocationSchema, { id: "Location" });
  names.add(CitationSchema, { id: "Citation" });
  names.add(ParticipantSchema, { id: "Participant" });
  names.add(RelationSchema, { id: "Relation" });
  names.add(ExtSchema, { id: "Ext" });
  for (const definition of Object.values(registry.types)) names.add(definition.schema, { id: pascal(definition.type) });
  const dataset = z.strictObject({
    meta: DatasetMetaSchema.optional(),
    events: z.array(registry.eventSchema),
    entities: z.array(EntitySchema).optional(),
    sources: z.array(SourceSchema).optional(),
  });
  const schema = z.toJSONSchema(dataset, {
    target: "draft-2020-12",
    unrepresentable: "throw",
    io: "input",
    metadata: names,
    override,
  });
  return {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: "Tradecraft dataset",
    description: `Diplomatic and espionage events with their entities and sources. The root is a dataset; $defs/Event is one event (an NDJSON line). Event types: ${registry.typeNames.join(", ")}.`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
};

const replace = (target: Record<string, unknown>, value: Record<string, unknown>) => {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, value);
};

const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
