import type { EventBase, EventTypeDefinition, Registry } from "@tradecraft/core";
import { z } from "zod";

/**
 * Finds an event type's own fields that hold a given kind of value (an entity id, a country code), by the
 * schema they were declared with: core's types declare them with `EntityIdSchema` and `CountryCodeSchema`, and
 * downstream types that reuse those schemas are checked the same way with no configuration.
 */

export interface TypedValue {
  readonly value: string;
  readonly path: readonly (string | number)[];
}

const cache = new WeakMap<EventTypeDefinition, WeakMap<z.ZodType, readonly string[]>>();

const unwrapOptional = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;

const fieldsHolding = (definition: EventTypeDefinition, kind: z.ZodType): readonly string[] => {
  let byKind = cache.get(definition);
  if (byKind === undefined) {
    byKind = new WeakMap();
    cache.set(definition, byKind);
  }
  let fields = byKind.get(kind);
  if (fields === undefined) {
    fields = definition.fields.filter((field) => {
      const schema = unwrapOptional(definition.schema.shape[field] as z.ZodType);
      return schema === kind || (schema instanceof z.ZodArray && schema.element === kind);
    });
    byKind.set(kind, fields);
  }
  return fields;
};

/** The values of the event's type-specific fields declared with `kind`, with their paths. */
export const typeFieldValues = (event: EventBase, registry: Registry, kind: z.ZodType): TypedValue[] => {
  const definition = registry.types[event.type];
  if (definition === undefined) return [];
  const record = event as Record<string, unknown>;
  return fieldsHolding(definition, kind).flatMap((field) => {
    const value = record[field];
    if (typeof value === "string") return [{ value, path: [field] }];
    if (Array.isArray(value)) {
      return value.flatMap((item, i) => (typeof item === "string" ? [{ value: item, path: [field, i] }] : []));
    }
    return [];
  });
};
