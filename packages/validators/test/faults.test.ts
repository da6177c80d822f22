import { describe, expect, it } from "vitest";
import { fakeGazetteer } from "../../../bench/fake-gazetteer.mjs";
import { FAULT_KINDS, faultyTwins } from "../../../bench/faults.mjs";
import { type Report, validate } from "../src/index";

/**
 * The acceptance test: a generated dataset with faults of every kind injected is caught in full — exactly the
 * expected findings, nothing more — and its clean twin raises no error and no warning.
 */

const { clean, faulty, expected, now } = faultyTwins();
const options = { gazetteer: fakeGazetteer, now };

async function* lines(events: readonly unknown[]) {
  // As a stream arrives from NDJSON: each event a fresh object, parsed from its line.
  for (const event of events) yield JSON.parse(JSON.stringify(event)) as unknown;
}

/** Errors and warnings as sorted "rule event" strings. */
const findings = (report: Report) =>
  report.issues
    .filter((issue) => issue.severity !== "info")
    .map((issue) => `${issue.rule} ${issue.eventId ?? "(dataset)"}`)
    .sort();

const expectedFindings = (fromStream: boolean) =>
  expected
    .filter((finding) => !(fromStream && finding.needsDataset))
    .map((finding) => `${finding.rule} ${finding.eventId ?? "(dataset)"}`)
    .sort();

describe("the fault-injected dataset", () => {
  it("injects a fault of every kind", () => {
    expect(expected.map((finding) => finding.kind)).toEqual(FAULT_KINDS);
    expect(faulty.events.length).toBeGreaterThan(500);
  });

  it("raises exactly the injected findings when validated as a dataset", async () => {
    const report = await validate(faulty, options);
    expect(findings(report)).toEqual(expectedFindings(false));
    expect(report.hasErrors).toBe(true);
    expect(report.notes).toEqual([]);
  });

  it("raises every injected finding a stream can show, and says which rules needed the dataset", async () => {
    const report = await validate(lines(faulty.events), options);
    expect(findings(report)).toEqual(expectedFindings(true));
    expect(report.notes.map((note) => note.rule)).toEqual([
      "actors.unknown-entity",
      "sources.unknown-source",
      "sources.evidence-range",
    ]);
  });

  it("has a clean twin that raises no error and no warning, as a dataset or a stream", async () => {
    for (const input of [clean, lines(clean.events)]) {
      const report = await validate(input, options);
      expect(findings(report)).toEqual([]);
      expect(report.hasErrors).toBe(false);
      expect(report.events).toBe(clean.events.length);
    }
  });

  it("exercises what the clean twin must get right: references, evidence, historical codes, answers", async () => {
    const report = await validate(clean, options);
    expect(report.byRule).toMatchObject({ "actors.unknown-entity": 0, "sources.evidence-range": 0 });
    expect(clean.events.some((event) => event.initiator === "SU")).toBe(true);
    expect(clean.events.some((event) => event.initiator === "state:france")).toBe(true);
    expect(clean.sources?.every((source) => source.text !== undefined)).toBe(true);
    expect(report.reciprocity?.answered).toBeGreaterThan(20);
  });
});
