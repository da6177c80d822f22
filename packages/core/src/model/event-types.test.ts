import { describe, expect, it } from "vitest";
import { coreEventTypes, coreRegistry } from "./event-types";
import { examples } from "./examples.fixture";

describe("core event types", () => {
  it("registers the 21 types of the design, in order", () => {
    expect(coreRegistry.typeNames).toEqual(coreEventTypes.map((d) => d.type));
    expect(coreRegistry.typeNames).toHaveLength(21);
  });

  it.each(coreEventTypes.map((d) => [d.type, d] as const))("%s accepts a realistic example", (type, definition) => {
    const result = coreRegistry.parseEvent(examples[type]);
    expect(result.diagnostics).toEqual([]);
    expect(result.success).toBe(true);
    if (result.success) expect(result.event).toEqual(examples[type]);
    // Every type says what its actors mean, or that it has none.
    expect(definition.description.length).toBeGreaterThan(20);
    for (const meaning of [definition.initiator, definition.target]) {
      if (meaning !== null) expect(meaning.length).toBeGreaterThan(5);
    }
  });

  it("fixes the actor meanings the design table gives", () => {
    const byType = Object.fromEntries(coreEventTypes.map((d) => [d.type, d]));
    expect(byType.expulsion?.initiator).toBe("the expelling state");
    expect(byType.expulsion?.target).toBe("the state whose diplomats leave");
    expect(byType.defection?.initiator).toBe("the receiving state");
    expect(byType.defection?.target).toBe("the state defected from");
    expect(byType.presence?.initiator).toBe("the sending state");
    expect(byType.presence?.target).toBe("the host state");
    expect(byType.talks?.symmetric).toBe(true);
    expect(byType.prisoner_exchange?.symmetric).toBe(true);
    expect(byType.expulsion?.symmetric).toBe(false);
  });

  it("refuses an initiator or target on types that have none", () => {
    const result = coreRegistry.parseEvent({ ...examples.suspicious_death, initiator: "RU" });
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/^initiator: this event type has no such actor/);
    expect(coreRegistry.parseEvent({ ...examples.escape, target: "IT" }).success).toBe(false);
  });

  it("refuses another type's fields", () => {
    const result = coreRegistry.parseEvent({ ...examples.talks, personaNonGrata: true });
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]?.message).toBe("unknown field 'personaNonGrata'");
    expect(result.diagnostics[0]?.hint).toMatch(/ext\.<namespace>/);
  });
});

describe("common fields", () => {
  const base = examples.expulsion;
  const problems = (event: unknown) => {
    const result = coreRegistry.parseEvent(event);
    return result.success ? [] : result.diagnostics.map((d) => d.message);
  };

  it("checks dates, actors and countries with readable messages", () => {
    expect(problems({ ...base, date: "2018-13" })).toEqual(["date: '2018-13' is not a valid month"]);
    expect(problems({ ...base, initiator: "XX" })).toEqual([
      "initiator: 'XX' is not an ISO 3166-1 or ISO 3166-3 country code",
    ]);
    expect(problems({ ...base, initiator: "Russia" })).toEqual([
      "initiator: 'Russia' is neither a country code (ISO 3166 alpha-2 such as RU) nor an entity id (such as org:ru-fsb)",
    ]);
    expect(problems({ ...base, initiator: "org:ru-fsb" })).toEqual([]);
    expect(problems({ ...base, target: "SU", date: "1983-04-05" })).toEqual([]);
    expect(problems({ ...base, location: { country: "USA" } })).toEqual([
      "location.country: 'USA' is not an upper-case ISO 3166 alpha-2 code",
    ]);
  });

  it("keeps coordinates honest", () => {
    expect(problems({ ...base, location: { lat: 91, lon: 0, precision: "exact" } })[0]).toMatch(
      /^location\.lat: Too big/,
    );
    expect(problems({ ...base, location: { lat: 47.6 } })).toContain(
      "location.lat: lat and lon come together: give both or neither",
    );
    expect(problems({ ...base, location: { lat: 47.6, lon: -122.3 } })[0]).toMatch(
      /^location\.precision: coordinates need a precision/,
    );
  });

  it("checks counts, confidence, citations, relations and ext", () => {
    expect(problems({ ...base, count: -1 })[0]).toMatch(/^count: Too small/);
    expect(problems({ ...base, count: 2.5 })[0]).toMatch(/^count: /);
    expect(problems({ ...base, confidence: 1.5 })[0]).toMatch(/^confidence: Too big/);
    expect(problems({ ...base, sources: [{}] })[0]).toMatch(/^sources\[0\]: a citation names its source/);
    expect(problems({ ...base, sources: [{ url: "ftp://example.org/x" }] })[0]).toMatch(/is not an http\(s\) URL/);
    expect(problems({ ...base, sources: [{ source: "src-1", evidence: { start: 10, end: 4 } }] })[0]).toMatch(
      /^sources\[0\]\.evidence\.end: evidence ends before it starts/,
    );
    expect(problems({ ...base, relations: [{ kind: "caused_by", event: "x" }] })[0]).toMatch(/^relations\[0\]\.kind:/);
    expect(problems({ ...base, ext: { "Bad Namespace": {} } })[0]).toMatch(/is not an ext namespace/);
    expect(problems({ ...base, ext: { acme: { watchlist: ["a", 1, { deep: null }] } } })).toEqual([]);
  });

  it("refuses keys that would reach a prototype", () => {
    const event = JSON.parse(`{"id":"x","type":"talks","ext":{"acme":{"__proto__":{"polluted":true}}}}`);
    expect(problems(event)[0]).toMatch(/reserved \(prototype pollution\)/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = JSON.parse(`{"id":"x","type":"talks","ext":{"acme":{"a":{"constructor":{"prototype":1}}}}}`);
    expect(problems(nested)[0]).toBe("ext.acme.a.constructor: the key 'constructor' is reserved (prototype pollution)");
    const topLevel = JSON.parse(`{"id":"x","type":"talks","__proto__":{"polluted":true}}`);
    expect(problems(topLevel)).toEqual(["unknown field '__proto__'"]);
  });
});
