import { readFileSync } from "node:fs";
import { coreRegistry, type EventBase, parseNdjson } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { fakeGazetteer } from "../../../bench/fake-gazetteer.mjs";
import { validate } from "../src/index";

/** The curated dataset of the development corpus's 50 events: it must validate without errors or warnings. */
const text = readFileSync(new URL("../../../examples/data/events.ndjson", import.meta.url), "utf8");
const now = new Date("2025-06-01T00:00:00Z");

async function* events() {
  for await (const record of parseNdjson(text, { registry: coreRegistry })) {
    if (record.kind === "event") yield record.event;
  }
}

describe("examples/data/events.ndjson", () => {
  it("raises no error and no warning, read as a stream, with every point checked against the gazetteer", async () => {
    const report = await validate(events(), { gazetteer: fakeGazetteer, now });
    expect([report.records, report.events]).toEqual([50, 50]);
    expect(report.issues).toEqual([]);
    expect(report.byRule).toMatchObject({ "geography.outside-country": 0, "dates.answer-before-cause": 0 });
  });

  it("raises none as a dataset either, where references are resolved too", async () => {
    const all: EventBase[] = [];
    for await (const event of events()) all.push(event);
    const report = await validate({ events: all }, { gazetteer: fakeGazetteer, now });
    expect(report.issues).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it("summarizes who answered: Moscow's 45 Polish diplomats for Poland's expulsion, the U.S. measures by Russia", async () => {
    const report = await validate(events(), { now });
    const answers = report.reciprocity?.answers.map(({ expulsion, answer }) => `${answer} answers ${expulsion}`);
    expect(answers).toContain("afp-ru-expels-45-polish answers afp-pl-expels-russian-diplomats");
    expect(answers).toContain("regtech-ru-expels-us-diplomats answers regtech-2018-us-expels-60");
    expect(report.reciprocity?.answers.every((answer) => !answer.inferred)).toBe(true);
  });
});
