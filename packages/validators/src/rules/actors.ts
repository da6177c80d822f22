import {
  CountryCodeSchema,
  defineRule,
  type Entity,
  EntityIdSchema,
  type EventBase,
  earliest,
  lookupCountry,
  type Registry,
} from "@tradecraft/core";
import { entityOf, stateOf } from "../lookups";
import { defineStreamingRule, type ValidatorEventRule } from "../streaming";
import { type TypedValue, typeFieldValues } from "../type-fields";

/**
 * Who acts. That a country code exists is the shape's business (`XX` fails the schema); these rules check
 * historical codes against the date, that a two-party event has two parties, and that entity ids resolve.
 */

const isEntityId = (actor: string) => actor.includes(":");

/**
 * Every actor, code or entity id in an event's common fields, with its path: initiator, target, location,
 * participants (entity, affiliation, nationalities) and claimants.
 */
const namedParties = (event: EventBase): TypedValue[] => {
  const values: TypedValue[] = [];
  const add = (value: string | undefined, path: (string | number)[]) => {
    if (value !== undefined) values.push({ value, path });
  };
  add(event.initiator, ["initiator"]);
  add(event.target, ["target"]);
  add(event.location?.country, ["location", "country"]);
  for (const [i, participant] of (event.participants ?? []).entries()) {
    add(participant.entity, ["participants", i, "entity"]);
    add(participant.affiliation, ["participants", i, "affiliation"]);
    for (const [j, code] of (participant.nationalities ?? []).entries())
      add(code, ["participants", i, "nationalities", j]);
  }
  for (const [i, actor] of (event.attribution?.by ?? []).entries()) add(actor, ["attribution", "by", i]);
  return values;
};

/** Every country code an event names, in its common fields and its type's own. */
const countryCodes = (event: EventBase, registry: Registry): TypedValue[] => [
  ...namedParties(event).filter(({ value }) => !isEntityId(value)),
  ...typeFieldValues(event, registry, CountryCodeSchema),
];

/** Every entity id an event refers to, in its common fields and its type's own. */
const entityReferences = (event: EventBase, registry: Registry): TypedValue[] => [
  ...namedParties(event).filter(({ value }) => isEntityId(value)),
  ...typeFieldValues(event, registry, EntityIdSchema),
];

export const historicalCountry = defineRule<ValidatorEventRule>({
  id: "actors.historical-country",
  scope: "event",
  severity: "warning",
  description:
    "A historical code (ISO 3166-3: SU, YU, CS, DD ...) is not used for an event that certainly starts after the state ended.",
  hint: "Use the successor state's code for events after the state ended.",
  *check(event, context) {
    const start = earliest(event.date);
    if (start === null) return;
    for (const { value, path } of countryCodes(event, context.registry)) {
      const country = lookupCountry(value);
      if (country?.dissolved === undefined || start.getUTCFullYear() <= country.dissolved) continue;
      yield {
        message: `${value} (${country.name}) ended in ${country.dissolved}, but the event is dated ${event.date}`,
        hint: `Use the successor state's code (${country.successors?.join(", ") ?? "see ISO 3166-3"}) for events after ${country.dissolved}.`,
        path,
      };
    }
  },
});

export const sameInitiatorTarget = defineRule<ValidatorEventRule>({
  id: "actors.same-initiator-target",
  scope: "event",
  severity: "error",
  description: "A type with two parties (both initiator and target defined) has two different ones.",
  hint: "Check which actor is which: the type's documentation fixes what initiator and target mean.",
  *check(event, context) {
    const definition = context.registry.types[event.type];
    if (definition?.initiator == null || definition.target == null) return;
    const initiator = stateOf(event.initiator, context.dataset) ?? event.initiator;
    const target = stateOf(event.target, context.dataset) ?? event.target;
    if (initiator === undefined || initiator !== target) return;
    yield {
      message: `initiator and target are both ${initiator}: this ${event.type} needs two different parties`,
      hint: `For ${event.type}, the initiator is ${definition.initiator} and the target ${definition.target}.`,
      path: ["target"],
    };
  },
});

/** The ids an entity refers to: an organization's parent, a person's affiliations. */
const entityLinks = (entity: Entity): TypedValue[] => {
  if (entity.kind === "organization" && entity.parent !== undefined)
    return [{ value: entity.parent, path: ["parent"] }];
  if (entity.kind === "person")
    return (entity.affiliations ?? []).map((value, j) => ({ value, path: ["affiliations", j] }));
  return [];
};

export const unknownEntity = defineStreamingRule({
  id: "actors.unknown-entity",
  severity: "error",
  requires: ["dataset"],
  description:
    "Every entity id resolves to an entity of the dataset: actors, participants, affiliations, claimants, typed fields, and the entities' own parents and affiliations.",
  hint: "Add the entity to the dataset's entities, or correct the id.",
  start({ dataset, registry }) {
    const missing = (id: string) => entityOf(dataset, id) === undefined;
    return {
      *observe(event) {
        for (const { value, path } of entityReferences(event, registry)) {
          if (missing(value)) yield { message: `'${value}' is not an entity of the dataset`, path };
        }
      },
      *finish() {
        for (const [i, entity] of (dataset?.entities ?? []).entries()) {
          for (const { value, path } of entityLinks(entity)) {
            if (missing(value)) {
              yield {
                message: `entity '${entity.id}' refers to '${value}', which is not an entity of the dataset`,
                path: ["entities", i, ...path],
              };
            }
          }
        }
      },
    };
  },
});
