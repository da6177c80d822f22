import { defineRule, type EventRule, TradecraftError } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { ReportSchema } from "./report";
import { expulsion, NOW, only, stream } from "./testing.fixture";
import { validate } from "./validate";

describe("validate: the shape check", () => {
  it("reports a record that fails its schema with a readable path, and keeps it from the other rules", async () => {
    const events = [expulsion(), expulsion({ id: "bad", date: "2018-13", sources: undefined })];
    const report = await validate(events, { now: NOW });
    expect(report.issues).toEqual([
      {
        rule: "shape.schema",
        severity: "error",
        message: "'2018-13' is not a valid month",
        hint: expect.stringContaining("Write an EDTF date"),
        eventId: "bad",
        record: 1,
        path: ["events", 1, "date"],
      },
    ]);
    expect([report.records, report.events, report.hasErrors]).toEqual([2, 1, true]);
  });

  it("says, once, whatever a schema can say: calendar days, interval order, codes, ranges, integer counts", async () => {
    const events = [
      expulsion({ id: "feb-30", date: "2018-02-30" }),
      expulsion({ id: "backwards", date: "2019/2018" }),
      expulsion({ id: "iso3", target: "RUS" }),
      expulsion({ id: "lat", location: { country: "US", lat: 95, lon: -77, precision: "city" } }),
      expulsion({ id: "count", count: -3 }),
      expulsion({ id: "half", count: 2.5 }),
    ];
    const report = await validate(events, { now: NOW });
    expect(report.issues.map(({ rule, eventId, path, message }) => [rule, eventId, path?.slice(2), message])).toEqual([
      ["shape.schema", "feb-30", ["date"], "'2018-02-30' is not a valid day: February 2018 has 28 days"],
      ["shape.schema", "backwards", ["date"], "'2019/2018' ends before it starts"],
      [
        "shape.schema",
        "iso3",
        ["target"],
        "'RUS' is neither a country code (ISO 3166 alpha-2 such as RU) nor an entity id (such as org:ru-fsb)",
      ],
      ["shape.schema", "lat", ["location", "lat"], "Too big: expected number to be <=90"],
      ["shape.schema", "count", ["count"], "Too small: expected number to be >=0"],
      ["shape.schema", "half", ["count"], "Invalid input: expected int, received number"],
    ]);
  });

  it("reports records that are not events at all, and events of unknown types", async () => {
    const report = await validate(stream(["a string", { id: "x", type: "sanctions_designation" }]), { now: NOW });
    expect(report.issues.map(({ eventId, path, message }) => [eventId, path, message])).toEqual([
      [undefined, ["events", 0], "an event is a JSON object"],
      ["x", ["events", 1, "type"], "unknown event type 'sanctions_designation'"],
    ]);
  });

  it("checks a dataset's meta, entities and sources, and resolves references against the valid ones only", async () => {
    const dataset = {
      meta: { title: "T", licence: "CC-BY" },
      events: [expulsion({ target: "org:ru-gru" })],
      entities: [{ id: "org:ru-gru", kind: "organization", name: "" }],
      sources: [{ id: "src 1" }],
    };
    const report = await validate(dataset, { now: NOW, rules: only("actors.unknown-entity") });
    expect(report.issues.map(({ rule, eventId, path, message }) => [rule, eventId, path, message])).toEqual([
      ["actors.unknown-entity", "e1", ["events", 0, "target"], "'org:ru-gru' is not an entity of the dataset"],
      ["shape.schema", undefined, ["meta"], "unknown field 'licence'"],
      ["shape.schema", undefined, ["entities", 0, "name"], "Too small: expected string to have >=1 characters"],
      ["shape.schema", undefined, ["entities", 0, "organizationType"], expect.stringContaining("Invalid option")],
      ["shape.schema", undefined, ["sources", 0, "id"], expect.stringContaining("'src 1' is not a valid id")],
    ]);
  });

  it("trusts the input when the shape check is off, for events already checked by a parser", async () => {
    const parsed = [expulsion({ sources: undefined })];
    const report = await validate(parsed, { now: NOW, rules: { "shape.schema": "off" } });
    expect(report.issues.map((issue) => issue.rule)).toEqual(["sources.missing"]);
    expect(report.rules["shape.schema"]).toBe("off");
  });
});

describe("validate: inputs and the report", () => {
  const faulty = [expulsion({ sources: undefined }), expulsion({ id: "e2", date: "2031", sources: undefined })];

  it("gives the same findings for an array, a sync or async stream and a dataset", async () => {
    const reports = await Promise.all(
      [faulty, new Set(faulty), stream(faulty), { events: faulty }].map((input) =>
        validate(input, { now: NOW, reciprocity: false }),
      ),
    );
    const [first, ...others] = reports.map((report) => report.issues);
    for (const other of others) expect(other).toEqual(first);
    expect(first?.map(({ rule, eventId }) => [rule, eventId])).toEqual([
      ["sources.missing", "e1"],
      ["dates.not-in-future", "e2"],
      ["sources.missing", "e2"],
    ]);
  });

  it("counts every issue by severity and rule, even those beyond maxIssues", async () => {
    const report = await validate(faulty, { now: NOW, maxIssues: 1, reciprocity: false });
    expect(report.issues).toHaveLength(1);
    expect(report.omitted).toBe(2);
    expect(report.counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(report.byRule).toMatchObject({ "sources.missing": 2, "dates.not-in-future": 1, "shape.schema": 0 });
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it("reports a clean input as such", async () => {
    const report = await validate([expulsion()], { now: NOW });
    expect([report.hasErrors, report.counts, report.issues]).toEqual([false, { error: 0, warning: 0, info: 0 }, []]);
  });

  it("refuses text and other non-collections, pointing at core's readers", async () => {
    const text = '{"id":"e1","type":"expulsion"}\n';
    await expect(validate(text as never)).rejects.toMatchObject({
      code: "TC_VALIDATE_INPUT",
      message: "validate takes a dataset or events, not a string",
    });
    await expect(validate(null as never)).rejects.toMatchObject({
      message: "validate takes a dataset or events, not null",
    });
  });

  it("names the rule and the event when a rule crashes, rather than the data", async () => {
    const broken = defineRule<EventRule>({
      id: "acme.broken",
      scope: "event",
      severity: "error",
      description: "Crashes.",
      check: () => {
        throw new Error("boom");
      },
    });
    const failure = validate([expulsion()], { now: NOW, customRules: [broken] });
    await expect(failure).rejects.toBeInstanceOf(TradecraftError);
    await expect(failure).rejects.toMatchObject({
      code: "TC_VALIDATE_RULE_FAILED",
      message: "rule 'acme.broken' failed on event 'e1': boom",
    });
  });
});
