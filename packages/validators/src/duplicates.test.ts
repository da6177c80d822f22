import { describe, expect, it } from "vitest";
import { check, expulsion, findings } from "./testing.fixture";

describe("duplicates.same-id", () => {
  const rule = "duplicates.same-id";

  it("flags every reuse of an id, pointing at its first record (ICEWS repeats ids with other dates)", async () => {
    const events = [expulsion(), expulsion({ id: "e2" }), expulsion({ date: "2018-03-25" }), expulsion()];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[2].id", "id 'e1' is already used by events[0]"],
      ["e1", "events[3].id", "id 'e1' is already used by events[0]"],
    ]);
    expect(report.issues[0]?.severity).toBe("error");
  });

  it("passes distinct ids", async () => {
    expect(findings(await check([expulsion(), expulsion({ id: "e2" })], "duplicates.same-id"), rule)).toEqual([]);
  });
});

describe("duplicates.probable", () => {
  const rule = "duplicates.probable";
  const copy = (overrides: Record<string, unknown> = {}) => expulsion({ id: "copy", ...overrides });

  it("flags a pasted row on the later of the two, with its similarity and the same_as hint", async () => {
    const report = await check([expulsion(), copy()], rule);
    expect(report.issues).toEqual([
      {
        rule,
        severity: "warning",
        message: "probably the same event as 'e1' (similarity 1.00: same date, 0.0 km apart, same count)",
        hint: 'If they are the same event keep one, or link them: "relations": [{"kind": "same_as", "event": "e1"}].',
        eventId: "copy",
        record: 1,
        path: ["events", 1],
      },
    ]);
  });

  it("flags records of one event with dates a day or two apart and a close count", async () => {
    const report = await check([expulsion(), copy({ date: "2018-03-27", count: 46 })], rule);
    expect(findings(report, rule).map(([, , message]) => message)).toEqual([
      "probably the same event as 'e1' (similarity 0.92: 1 day apart, 0.0 km apart, counts 48 and 46)",
    ]);
    // Symmetric types pair their actors in either order.
    const talks = (id: string, initiator: string, target: string) =>
      expulsion({ id, type: "talks", initiator, target, count: undefined });
    expect(findings(await check([talks("a", "US", "RU"), talks("b", "RU", "US")], rule), rule)).toHaveLength(1);
  });

  it("passes distinct events: other dates, places, counts, actors or types", async () => {
    const events = [
      expulsion(),
      copy({ id: "week-later", date: "2018-04-05" }),
      copy({
        id: "seattle",
        location: { country: "US", city: "Seattle", lat: 47.6062, lon: -122.3321, precision: "city" },
      }),
      copy({ id: "other-country", date: "2018-03-26", location: { country: "RU" }, count: 47 }),
      copy({ id: "reversed", initiator: "RU", target: "US", location: { country: "RU" } }),
      copy({ id: "closure", type: "mission_closure" }),
      // A day inside a year is compatible but weak evidence: not enough alone.
      copy({ id: "year", date: "2018" }),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });

  it("leaves alone events already linked, through chains of same_as too, undated events and reused ids", async () => {
    const events = [
      expulsion(),
      copy({ id: "answer", relations: [{ kind: "follows", event: "e1" }] }),
      copy({ id: "alias", relations: [{ kind: "same_as", event: "alias-2" }] }),
      copy({ id: "alias-2", relations: [{ kind: "same_as", event: "e1" }] }),
      copy({ id: "undated-1", date: undefined, initiator: "PL" }),
      copy({ id: "undated-2", date: undefined, initiator: "PL" }),
    ];
    // e1, alias and alias-2 are one event by same_as, and answer follows e1: only answer and the aliases are new pairs.
    expect(findings(await check(events, rule), rule).map(([id, , message]) => [id, message.slice(0, 37)])).toEqual([
      ["alias", "probably the same event as 'answer' ("],
      ["alias-2", "probably the same event as 'answer' ("],
    ]);
    // Reusing an id is duplicates.same-id's finding, not this rule's.
    expect(findings(await check([expulsion(), expulsion()], rule), rule)).toEqual([]);
  });

  it("takes its threshold and window from the configuration", async () => {
    const events = [expulsion(), copy({ date: "2018-03-27" })];
    expect(findings(await check(events, rule, { duplicates: { threshold: 0.95 } }), rule)).toEqual([]);
    expect(findings(await check(events, rule, { duplicates: { windowDays: 0 } }), rule)).toEqual([]);
  });

  it("compares each event with at most maxNeighbours others, and says when that cut comparisons short", async () => {
    // One year-long event overlaps 40 others of the same block, spread over the year beyond each other's window.
    const spread = Array.from({ length: 40 }, (_, i) => {
      const date = new Date(Date.UTC(2018, 0, 1 + 9 * i)).toISOString().slice(0, 10);
      return copy({ id: `d${i}`, date, count: 1000 + i });
    });
    const report = await check([copy({ id: "year", date: "2018", count: 5 }), ...spread], rule, {
      duplicates: { maxNeighbours: 10 },
    });
    expect(report.issues.map(({ severity, message, eventId }) => ({ severity, message, eventId }))).toEqual([
      {
        severity: "info",
        message:
          "1 event had more than 10 events of the same type and actors within 7 days; each was compared with the nearest 10 only",
        eventId: undefined,
      },
    ]);
  });
});
