import { readFileSync } from "node:fs";
import { coreRegistry } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { validate } from "@tradecraft/validators";
import { describe, expect, it } from "vitest";
import { readDataset } from "./dataset";

const bundled = readFileSync(new URL("../../data/events.ndjson", import.meta.url));

describe("the bundled dataset", () => {
  it("reads and validates clean: at least 40 events, unique ids, relations that resolve", async () => {
    const { events, diagnostics } = await readDataset(bundled, coreRegistry);
    expect(diagnostics).toEqual([]);
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(events.filter((e) => e.type === "expulsion").length).toBeGreaterThanOrEqual(15);
    const report = await validate(events, { registry: coreRegistry, gazetteer });
    expect(report.counts.error).toBe(0);
  });

  it("links the 2018 measures to the poisoning in the UK, and Moscow's answers to earlier expulsions", async () => {
    const { events } = await readDataset(bundled, coreRegistry);
    const byId = new Map(events.map((e) => [e.id, e]));
    const answered = (predicate: (e: (typeof events)[number]) => boolean) =>
      events
        .filter(predicate)
        .flatMap((e) => (e.relations ?? []).filter((r) => r.kind === "retaliation_for"))
        .map((r) => byId.get(r.event)?.type);
    expect(answered((e) => e.type === "mission_closure" && e.date === "2018")).toContain("poisoning");
    expect(answered((e) => e.type === "expulsion" && e.date === "2018" && e.initiator === "US")).toContain("poisoning");
    expect(answered((e) => e.type === "expulsion" && e.initiator === "RU")).toContain("expulsion");
    for (const event of events) {
      expect(event.sources?.length, event.id).toBeGreaterThan(0);
      expect(event.summary, event.id).toBeTruthy();
    }
  });
});

describe("readDataset", () => {
  it("keeps every good record and turns every bad one into a diagnostic at its line", async () => {
    const lines = [
      JSON.stringify({ id: "a", type: "expulsion", initiator: "PL", target: "RU", date: "2022-03" }),
      "{oops",
      JSON.stringify({ id: "b", type: "no_such_type" }),
      JSON.stringify({ id: "c", type: "talks" }),
    ];
    const { events, diagnostics } = await readDataset(lines.join("\n"), coreRegistry);
    expect(events.map((e) => e.id)).toEqual(["a", "c"]);
    expect(diagnostics.map((d) => d.position?.line)).toEqual([2, 3]);
    expect(diagnostics.every((d) => d.hint !== undefined)).toBe(true);
  });
});
