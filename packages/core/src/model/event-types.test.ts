import { describe, expect, it } from "vitest";
import { coreEventTypes, coreRegistry, type TradecraftEvent } from "./event-types";

const source = { publisher: "Example Wire", title: "A report written for these tests" };

/** One realistic event per core type, written for these tests. */
const examples: Record<(typeof coreEventTypes)[number]["type"], TradecraftEvent> = {
  expulsion: {
    id: "ex-expulsion",
    type: "expulsion",
    date: "2018-03-26",
    initiator: "US",
    target: "RU",
    count: 48,
    location: { country: "US", name: "Washington" },
    role: "intelligence officers under diplomatic cover",
    personaNonGrata: true,
    deadlineHours: 168,
    grounds: ["espionage", "attack"],
    missionKind: "embassy",
    summary: "Washington declared four dozen Russian embassy staff persona non grata and gave them a week to leave.",
    sources: [source],
    attribution: { status: "confirmed", by: ["US"] },
    confidence: 0.95,
    relations: [{ kind: "retaliation_for", event: "ex-poisoning" }],
  },
  mission_closure: {
    id: "ex-closure",
    type: "mission_closure",
    date: "2018-04-24",
    initiator: "US",
    target: "RU",
    missionKind: "consulate",
    missionCity: "Seattle",
    location: { city: "Seattle", country: "US", lat: 47.6062, lon: -122.3321, precision: "city" },
    sources: [source],
  },
  mission_opening: {
    id: "ex-opening",
    type: "mission_opening",
    initiator: "US",
    target: "RU",
    reopening: true,
    missionKind: "consulate_general",
    summary: "Both capitals agreed in principle to let consulates reopen.",
    attribution: { status: "reported" },
    sources: [source],
  },
  talks: {
    id: "ex-talks",
    type: "talks",
    initiator: "US",
    target: "RU",
    level: "senior_official",
    topic: "staffing of embassies",
    location: { city: "Istanbul", country: "TR" },
    sources: [source],
  },
  property_seizure: {
    id: "ex-seizure",
    type: "property_seizure",
    date: "2016-12",
    initiator: "US",
    target: "RU",
    count: 2,
    propertyKind: "compound",
    location: { admin1: "Maryland", country: "US", precision: "admin1", lat: 38.98, lon: -76.15 },
    sources: [source],
  },
  arrest: {
    id: "ex-arrest",
    type: "arrest",
    initiator: "GB",
    target: "RU",
    count: 5,
    participants: [{ name: "five Bulgarian nationals", role: "suspect", nationalities: ["BG"] }],
    accusation: "espionage",
    location: { country: "GB" },
    sources: [source],
  },
  charge: {
    id: "ex-charge",
    type: "charge",
    date: "2023-10",
    initiator: "GB",
    target: "RU",
    accusation: "espionage",
    charge: "conspiracy to collect information useful to an enemy",
    sources: [source],
  },
  conviction: {
    id: "ex-conviction",
    type: "conviction",
    date: "2025-03-07",
    initiator: "GB",
    target: "RU",
    accusation: "espionage",
    sentence: "ten years and eight months",
    sentenceMonths: 128,
    inAbsentia: false,
    sources: [source],
  },
  defection: {
    id: "ex-defection",
    type: "defection",
    date: "2023-08-09",
    initiator: "UA",
    target: "RU",
    count: 1,
    vehicle: "Mi-8 helicopter",
    participants: [{ name: "a Russian military pilot", role: "subject", nationalities: ["RU"] }],
    sources: [source],
  },
  assassination: {
    id: "ex-assassination",
    type: "assassination",
    date: "2024-02",
    count: 1,
    method: "shooting",
    outcome: "killed",
    location: { city: "Villajoyosa", country: "ES", lat: 38.5075, lon: -0.2333, precision: "city" },
    participants: [{ name: "a defector pilot", role: "victim", nationalities: ["RU"] }],
    attribution: { status: "alleged" },
    confidence: 0.6,
    sources: [source],
  },
  attempted_assassination: {
    id: "ex-attempt",
    type: "attempted_assassination",
    initiator: "RU",
    foiled: true,
    participants: [{ name: "the head of an arms maker", role: "victim" }],
    attribution: { status: "alleged", by: ["DE"] },
    sources: [source],
  },
  poisoning: {
    id: "ex-poisoning",
    type: "poisoning",
    date: "2018-03-04",
    initiator: "RU",
    target: "GB",
    method: "nerve_agent",
    agent: "Novichok",
    outcome: "survived",
    location: { city: "Salisbury", country: "GB" },
    participants: [{ name: "a former double agent", role: "victim" }],
    attribution: { status: "alleged", by: ["GB"] },
    sources: [source],
  },
  suspicious_death: {
    id: "ex-death",
    type: "suspicious_death",
    date: "2022",
    count: 3,
    apparentCause: "found dead at home",
    location: { name: "a house near Barcelona", country: "ES" },
    participants: [{ name: "a gas executive and two relatives", role: "victim" }],
    sources: [source],
  },
  sabotage: {
    id: "ex-sabotage",
    type: "sabotage",
    initiator: "RU",
    objectKind: "cargo aircraft",
    method: "incendiary_device",
    foiled: false,
    attribution: { status: "alleged" },
    sources: [source],
  },
  cyber_operation: {
    id: "ex-cyber",
    type: "cyber_operation",
    date: "2016",
    initiator: "RU",
    target: "US",
    technique: "spear-phishing and leaks",
    sector: "political parties",
    actorName: "APT28",
    sources: [source],
  },
  influence_operation: {
    id: "ex-influence",
    type: "influence_operation",
    date: "2016",
    initiator: "RU",
    target: "US",
    election: "2016 U.S. presidential election",
    attribution: { status: "alleged", by: ["US"] },
    sources: [source],
  },
  exposure: {
    id: "ex-exposure",
    type: "exposure",
    date: "2022-03",
    initiator: "UA",
    target: "RU",
    count: 600,
    medium: "list",
    sources: [source],
  },
  prisoner_exchange: {
    id: "ex-swap",
    type: "prisoner_exchange",
    date: "2024-08-01",
    initiator: "US",
    target: "RU",
    releasedByInitiator: 8,
    releasedByTarget: 16,
    mediator: "TR",
    location: { city: "Ankara", country: "TR" },
    sources: [source],
  },
  sanction: {
    id: "ex-sanction",
    type: "sanction",
    initiator: "GB",
    target: "RU",
    measure: "asset_freeze",
    programme: "Russia (Sanctions) Regulations",
    sources: [source],
  },
  escape: {
    id: "ex-escape",
    type: "escape",
    date: "2023-04",
    custody: "house_arrest",
    location: { country: "IT" },
    participants: [{ name: "a businessman awaiting extradition", role: "subject" }],
    sources: [source],
  },
  presence: {
    id: "ex-presence",
    type: "presence",
    initiator: "RU",
    target: "US",
    count: 220,
    countQualifier: "approximate",
    role: "diplomats",
    sources: [source],
  },
};

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
