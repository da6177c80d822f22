import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { coreRegistry, expulsion, type TradecraftEvent } from "./model/event-types";
import { sanctionsDesignation } from "./model/examples.fixture";
import { parseNdjson } from "./ndjson";
import type { ParseRecord } from "./plugins";
import { definePlugin } from "./plugins";
import { type RegistryEvent, type RegistryEventOf, widenEventType } from "./registry";

describe("type inference through the registry", () => {
  it("core events are a union discriminated on type", () => {
    expectTypeOf<TradecraftEvent["type"]>().toEqualTypeOf<
      | "expulsion"
      | "mission_closure"
      | "mission_opening"
      | "talks"
      | "property_seizure"
      | "arrest"
      | "charge"
      | "conviction"
      | "defection"
      | "assassination"
      | "attempted_assassination"
      | "poisoning"
      | "suspicious_death"
      | "sabotage"
      | "cyber_operation"
      | "influence_operation"
      | "exposure"
      | "prisoner_exchange"
      | "sanction"
      | "escape"
      | "presence"
    >();
    expectTypeOf<RegistryEventOf<typeof coreRegistry, "expulsion">["personaNonGrata"]>().toEqualTypeOf<
      boolean | undefined
    >();
  });

  it("a downstream type flows through withEventType with its own fields", () => {
    const registry = coreRegistry.withEventType(sanctionsDesignation);
    type Event = RegistryEvent<typeof registry>;
    expectTypeOf<Extract<Event, { type: "sanctions_designation" }>["listName"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Event, { type: "sanctions_designation" }>["programme"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Event, { type: "expulsion" }>["count"]>().toEqualTypeOf<number | undefined>();
    const result = registry.parseEvent({});
    if (result.success) {
      const event = result.event;
      if (event.type === "sanctions_designation") expectTypeOf(event.designatedParty).toEqualTypeOf<string>();
    }
  });

  it("a downstream type flows through a plugin", () => {
    const registry = coreRegistry.use(definePlugin({ name: "acme", eventTypes: [sanctionsDesignation] }));
    expectTypeOf<RegistryEventOf<typeof registry, "sanctions_designation">["listName"]>().toEqualTypeOf<string>();
  });

  it("widening replaces the type with the wider one", () => {
    const registry = coreRegistry.withEventType(widenEventType(expulsion, { watchlistId: z.string().optional() }));
    type Expulsion = RegistryEventOf<typeof registry, "expulsion">;
    expectTypeOf<Expulsion["watchlistId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Expulsion["personaNonGrata"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<RegistryEventOf<typeof coreRegistry, "expulsion">>().not.toHaveProperty("watchlistId");
  });

  it("readers yield the registry's events", () => {
    const registry = coreRegistry.withEventType(sanctionsDesignation);
    const records = parseNdjson("", { registry });
    expectTypeOf(records).toEqualTypeOf<AsyncGenerator<ParseRecord<RegistryEvent<typeof registry>>>>();
  });
});
