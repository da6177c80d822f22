import { describe, expect, it } from "vitest";
import { check, expulsion, findings } from "../testing.fixture";

describe("actors.historical-country", () => {
  const rule = "actors.historical-country";

  it("flags a dissolved state's code on an event certainly after its end, wherever the code is", async () => {
    const events = [
      expulsion({ date: "1995-03", target: "SU" }),
      expulsion({
        id: "e2",
        date: "2010-05-01",
        type: "talks",
        target: "RS",
        otherParties: ["YU"],
        participants: [{ name: "A diplomat", role: "subject", nationalities: ["RS", "YU"] }],
      }),
    ];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].target", "SU (Soviet Union) ended in 1991, but the event is dated 1995-03"],
      [
        "e2",
        "events[1].participants[0].nationalities[1]",
        "YU (Yugoslavia) ended in 2003, but the event is dated 2010-05-01",
      ],
      ["e2", "events[1].otherParties[0]", "YU (Yugoslavia) ended in 2003, but the event is dated 2010-05-01"],
    ]);
    expect(report.issues[0]).toMatchObject({
      severity: "warning",
      hint: "Use the successor state's code (RU, UA, BY, MD, GE, AM, AZ, KZ, UZ, TM, KG, TJ, EE, LV, LT) for events after 1991.",
    });
  });

  it("passes historical codes up to the state's last year, undated events and uncertain spans", async () => {
    const events = ["1983-04-05", "1991", "1991-12-26", "1990/1995", undefined].map((date, i) =>
      expulsion({ id: `e${i}`, date, initiator: "FR", target: "SU", location: { country: "FR" } }),
    );
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("actors.same-initiator-target", () => {
  const rule = "actors.same-initiator-target";

  it("flags a two-party event whose parties are one, symmetric types too", async () => {
    const events = [
      expulsion({ target: "US" }),
      expulsion({ id: "talks", type: "talks", initiator: "RU", target: "RU", location: { country: "TR" } }),
    ];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].target", "initiator and target are both US: this expulsion needs two different parties"],
      ["talks", "events[1].target", "initiator and target are both RU: this talks needs two different parties"],
    ]);
    expect(report.issues[0]).toMatchObject({
      severity: "error",
      hint: "For expulsion, the initiator is the expelling state and the target the state whose diplomats leave.",
    });
  });

  it("reads a state entity as its country", async () => {
    const entities = [{ id: "state:usa", kind: "state", name: "United States", country: "US" }];
    const dataset = { events: [expulsion({ initiator: "state:usa", target: "US" })], entities };
    expect(findings(await check(dataset, rule), rule)).toHaveLength(1);
  });

  it("passes distinct parties, a missing party, and types without actors", async () => {
    const events = [
      expulsion(),
      expulsion({ id: "one-sided", target: undefined }),
      { id: "death", type: "suspicious_death", date: "2022", sources: [{ publisher: "Example Wire" }] },
      expulsion({ id: "org", type: "sanction", initiator: "org:eu", target: "RU" }),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("actors.unknown-entity", () => {
  const rule = "actors.unknown-entity";
  const entities = [
    {
      id: "org:ru-gru",
      kind: "organization",
      name: "GRU",
      organizationType: "intelligence_service",
      parent: "org:ru-mod",
    },
    { id: "person:jane", kind: "person", name: "Jane", affiliations: ["org:ru-gru", "org:ru-fsb"] },
  ];
  const references = expulsion({
    type: "arrest",
    initiator: "GB",
    target: "org:ru-gru",
    authority: "org:met",
    location: { country: "GB" },
    participants: [{ entity: "person:jane", role: "subject", affiliation: "org:ru-svr" }],
    attribution: { status: "alleged", by: ["GB", "org:mi5"] },
  });

  it("flags references to entities the dataset does not have, in events and in entities", async () => {
    const report = await check({ events: [references], entities }, rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].participants[0].affiliation", "'org:ru-svr' is not an entity of the dataset"],
      ["e1", "events[0].attribution.by[1]", "'org:mi5' is not an entity of the dataset"],
      ["e1", "events[0].authority", "'org:met' is not an entity of the dataset"],
      [
        undefined,
        "entities[0].parent",
        "entity 'org:ru-gru' refers to 'org:ru-mod', which is not an entity of the dataset",
      ],
      [
        undefined,
        "entities[1].affiliations[1]",
        "entity 'person:jane' refers to 'org:ru-fsb', which is not an entity of the dataset",
      ],
    ]);
  });

  it("passes when every reference resolves", async () => {
    const complete = [
      ...entities,
      ...["org:ru-mod", "org:ru-fsb", "org:ru-svr", "org:mi5", "org:met"].map((id) => ({
        id,
        kind: "organization",
        name: id,
        organizationType: "other",
      })),
    ];
    expect(findings(await check({ events: [references], entities: complete }, rule), rule)).toEqual([]);
  });

  it("needs a dataset: on a stream it says it did not run", async () => {
    const report = await check([references], rule);
    expect(findings(report, rule)).toEqual([]);
    expect(report.notes.map((note) => note.rule)).toEqual([rule]);
  });
});
