import { describe, expect, it } from "vitest";
import { z } from "zod";
import { coreRegistry, createRegistry, expulsion } from "./model/event-types";
import { sanctionsDesignation } from "./model/examples.fixture";
import { definePlugin, defineRule } from "./plugins";
import { defineEventType, type Registry, widenEventType } from "./registry";

const designation = {
  id: "sd-1",
  type: "sanctions_designation",
  date: "2024-02-23",
  initiator: "GB",
  target: "RU",
  listName: "UK sanctions list",
  designatedParty: "a GRU unit commander",
};

describe("Registry", () => {
  it("adds a downstream type without changing the core registry", () => {
    const registry = createRegistry().withEventType(sanctionsDesignation);
    expect(registry.has("sanctions_designation")).toBe(true);
    expect(coreRegistry.has("sanctions_designation")).toBe(false);
    expect(registry.typeNames).toHaveLength(22);
    const result = registry.parseEvent(designation);
    expect(result.success).toBe(true);
    expect(coreRegistry.parseEvent(designation)).toMatchObject({
      success: false,
      diagnostics: [{ code: "TC_EVENT_UNKNOWN_TYPE", message: "unknown event type 'sanctions_designation'" }],
    });
  });

  it("checks a downstream type's own fields", () => {
    const registry = coreRegistry.withEventType(sanctionsDesignation);
    const result = registry.parseEvent({ ...designation, listName: undefined });
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/^listName: /);
  });

  it("widens an existing type: old data stays valid, new fields are checked", () => {
    const widened = widenEventType(expulsion, {
      watchlistId: z
        .string()
        .regex(/^WL-\d+$/)
        .optional(),
    });
    const registry = coreRegistry.withEventType(widened);
    const plain = { id: "e1", type: "expulsion", initiator: "PL", target: "RU", count: 45 };
    expect(registry.parseEvent(plain).success).toBe(true);
    expect(registry.parseEvent({ ...plain, watchlistId: "WL-7" }).success).toBe(true);
    expect(registry.parseEvent({ ...plain, watchlistId: "seven" }).success).toBe(false);
    expect(coreRegistry.parseEvent({ ...plain, watchlistId: "WL-7" }).success).toBe(false);
    expect(registry.types.expulsion.fields).toContain("watchlistId");
    expect(registry.typeNames).toHaveLength(21);
  });

  it("refuses to widen with a field the type has, and type fields named like common ones", () => {
    expect(() => widenEventType(expulsion, { count: z.number() })).toThrow(/already has a field 'count'/);
    expect(() =>
      defineEventType({ type: "bad", description: "x", initiator: null, target: null, fields: { date: z.string() } }),
    ).toThrow(/'date' is a common field/);
    expect(() => defineEventType({ type: "Bad Type", description: "x", initiator: null, target: null })).toThrow();
  });

  it("takes plugins: their types join, their rules and parsers are listed, names stay unique", () => {
    const rule = defineRule({
      id: "acme.list-required",
      description: "designations name their list",
      severity: "error",
      scope: "event",
      *check(event) {
        if (event.type === "sanctions_designation" && !event.listName) yield { message: "no list" };
      },
    });
    const plugin = definePlugin({ name: "acme-sanctions", eventTypes: [sanctionsDesignation], rules: [rule] });
    const registry = coreRegistry.use(plugin);
    expect(registry.has("sanctions_designation")).toBe(true);
    expect(registry.rules).toEqual([rule]);
    expect(registry.plugins.map((p) => p.name)).toEqual(["acme-sanctions"]);
    expect(() => registry.use(plugin)).toThrow(/already registered/);
  });

  it("turns bad input into diagnostics, never exceptions", () => {
    for (const input of [null, 42, "event", [], { id: "x" }, { id: "x", type: 7 }]) {
      const result = coreRegistry.parseEvent(input);
      expect(result.success).toBe(false);
      expect(result.diagnostics[0]?.hint).toBeTruthy();
    }
    expect(coreRegistry.parseEvent({ id: "x" }).diagnostics[0]?.code).toBe("TC_EVENT_NO_TYPE");
    expect(coreRegistry.parseEvent({ id: "x", type: "constructor" }).diagnostics[0]?.code).toBe(
      "TC_EVENT_UNKNOWN_TYPE",
    );
  });

  it("refuses values nested past the limit where they could be recursed into, and fails the rest on their schema", () => {
    const nest = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}"leaf"${"]".repeat(depth)}`);
    const event = { id: "e1", type: "expulsion", initiator: "FR", target: "RU" };
    const codes = (input: unknown, registry: Registry = coreRegistry) =>
      registry.parseEvent(input).diagnostics.map((d) => d.code);
    // 100 levels are allowed: the event, ext, the namespace and 97 arrays; one more is refused.
    expect(codes({ ...event, ext: { acme: { v: nest(97) } } })).toEqual([]);
    expect(codes({ ...event, ext: { acme: { v: nest(98) } } })).toEqual(["TC_JSON_TOO_DEEP"]);
    // A downstream type's own field may hold free JSON: walked too.
    const withJson = coreRegistry.withEventType(
      defineEventType({ type: "dossier", description: "d", initiator: null, target: null, fields: { raw: z.json() } }),
    );
    expect(codes({ id: "d1", type: "dossier", raw: nest(10_000) }, withJson)).toEqual(["TC_JSON_TOO_DEEP"]);
    // The common fields stop at their schema's depth: a deep value fails without being walked, by the schema as
    // written and by its compiled copy (which takes over after 200 events of a type).
    const compiled = createRegistry();
    for (let i = 0; i < 200; i++) compiled.parseEvent(event);
    for (const registry of [createRegistry(), compiled]) {
      expect(codes({ ...event, tags: nest(100_000) }, registry)).toEqual(["TC_EVENT_INVALID"]);
      expect(codes({ ...event, location: nest(100_000), unknown: nest(100_000) }, registry)).toEqual([
        "TC_EVENT_INVALID",
        "TC_EVENT_INVALID",
      ]);
    }
  });

  it("compiles every core type's schema with z.compile, the fast path of big inputs (nothing falls back)", () => {
    for (const definition of Object.values(coreRegistry.types)) {
      expect(() => z.compile(definition.schema, { strict: true }), definition.type).not.toThrow();
    }
  });

  it("builds one discriminated union of every registered type", () => {
    const registry = coreRegistry.withEventType(sanctionsDesignation);
    expect(registry.eventSchema.safeParse(designation).success).toBe(true);
    expect(coreRegistry.eventSchema.safeParse(designation).success).toBe(false);
  });
});
