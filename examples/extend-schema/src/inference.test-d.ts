import type { RegistryEvent, RegistryEventOf, TradecraftEvent } from "@tradecraft/core";
import { describe, expectTypeOf, it } from "vitest";
import { acmeSanctions, registry } from "./sanctions-designation";

describe("the app's type flows through the registry", () => {
  type AppEvent = RegistryEvent<typeof registry>;
  type Designation = RegistryEventOf<typeof registry, "sanctions_designation">;

  it("adds sanctions_designation to the union of core types", () => {
    expectTypeOf<AppEvent["type"]>().toEqualTypeOf<TradecraftEvent["type"] | "sanctions_designation">();
    expectTypeOf<Designation["partyKind"]>().toEqualTypeOf<"person" | "company" | "unit" | "vessel">();
    expectTypeOf<Designation["listName"]>().toEqualTypeOf<string>();
    expectTypeOf<Designation["reference"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Designation["date"]>().toEqualTypeOf<string | undefined>();
  });

  it("types parsed events by the registry, with no casts", () => {
    const result = registry.parseEvent({});
    if (result.success && result.event.type === "sanctions_designation") {
      expectTypeOf(result.event.designatedParty).toEqualTypeOf<string>();
    }
    expectTypeOf(acmeSanctions.eventTypes[0].type).toEqualTypeOf<"sanctions_designation">();
  });
});
