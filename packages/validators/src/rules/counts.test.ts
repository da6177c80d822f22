import { describe, expect, it } from "vitest";
import { check, expulsion, findings } from "../testing.fixture";

const rule = "counts.listed-persons";
const persons = (n: number, role = "subject") =>
  Array.from({ length: n }, (_, i) => ({ name: `Person ${i}`, role, nationalities: ["RU"] }));
const killing = (count: number | undefined, countQualifier: string | undefined, participants: unknown[], id = "e1") =>
  expulsion({
    id,
    type: "assassination",
    initiator: "RU",
    target: "GB",
    location: { country: "GB" },
    count,
    countQualifier,
    participants,
  });

describe("counts.listed-persons", () => {
  it("flags a count below the persons listed as subject or victim", async () => {
    const events = [
      killing(1, "exact", persons(2, "victim")),
      killing(1, undefined, persons(2), "no-qualifier"),
      killing(2, "fewer_than", persons(2), "fewer-than"),
      killing(1, "at_most", persons(2), "at-most"),
    ];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].count", "count is 1 (exact), but 2 persons are listed as subject or victim"],
      ["no-qualifier", "events[1].count", "count is 1, but 2 persons are listed as subject or victim"],
      ["fewer-than", "events[2].count", "count is 2 (fewer_than), but 2 persons are listed as subject or victim"],
      ["at-most", "events[3].count", "count is 1 (at_most), but 2 persons are listed as subject or victim"],
    ]);
    expect(report.issues[0]?.severity).toBe("warning");
  });

  it("passes counts that cover the list, lower bounds, vague counts, and people the count does not count", async () => {
    const events = [
      killing(2, "exact", persons(2, "victim")),
      killing(3, "exact", persons(1), "more-than-listed"),
      killing(1, "at_least", persons(3), "at-least"),
      killing(1, "more_than", persons(3), "more-than"),
      killing(2, "approximate", persons(3), "approximate"),
      killing(undefined, "several", persons(3), "several"),
      killing(undefined, undefined, persons(3), "no-count"),
      killing(1, "exact", [...persons(1, "victim"), ...persons(2, "suspect"), ...persons(1, "official")], "roles"),
      killing(1, "exact", [...persons(1), { entity: "org:ru-gru", role: "subject" }], "organization"),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });

  it("counts an entity participant by its kind in the dataset, else by its id's prefix", async () => {
    const entities = [{ id: "org:crew", kind: "person", name: "A pilot filed under org:" }];
    const participants = [
      { entity: "person:a", role: "victim" },
      { entity: "org:crew", role: "victim" },
    ];
    expect(findings(await check({ events: [killing(1, "exact", participants)], entities }, rule), rule)).toEqual([
      ["e1", "events[0].count", "count is 1 (exact), but 2 persons are listed as subject or victim"],
    ]);
    expect(findings(await check([killing(1, "exact", participants)], rule), rule)).toEqual([]);
  });
});
