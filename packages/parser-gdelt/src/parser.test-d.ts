import { coreRegistry, defineEventType, type TradecraftEvent } from "@tradecraft/core";
import { expectTypeOf, test } from "vitest";
import { z } from "zod";
import { parseGdelt } from "./parser";

test("events come back typed by the registry, the core types by default", async () => {
  for await (const record of parseGdelt("")) {
    if (record.kind === "event") expectTypeOf(record.event).toEqualTypeOf<TradecraftEvent>();
  }
  const registry = coreRegistry.withEventType(
    defineEventType({
      type: "watchlisting",
      description: "x",
      initiator: "a",
      target: null,
      fields: { list: z.string() },
    }),
  );
  for await (const record of parseGdelt("", { registry, collapse: true })) {
    if (record.kind === "event" && record.event.type === "watchlisting")
      expectTypeOf(record.event.list).toEqualTypeOf<string>();
  }
  // @ts-expect-error options are checked
  parseGdelt("", { colapse: true });
});
