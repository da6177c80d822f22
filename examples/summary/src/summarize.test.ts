import { readFileSync } from "node:fs";
import { coreRegistry } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { formatSummary, summarize } from "./summarize";

const dataset = readFileSync(new URL("../../data/events.ndjson", import.meta.url));

describe("the bundled dataset", () => {
  it("validates clean: at least 40 events, unique ids, relations that resolve", async () => {
    const summary = await summarize(dataset, coreRegistry);
    expect(summary.diagnostics).toEqual([]);
    expect(summary.events).toBeGreaterThanOrEqual(40);
    expect(summary.byType.get("expulsion")).toBeGreaterThanOrEqual(15);
    expect(summary.relations.get("retaliation_for")).toBeGreaterThan(0);
  });

  it("links the 2018 measures to the poisoning in the UK, and Moscow's answers to earlier expulsions", async () => {
    const events = dataset
      .toString("utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const byId = new Map(events.map((e) => [e.id, e]));
    const answered = (predicate: (e: Record<string, unknown>) => boolean) =>
      events
        .filter(predicate)
        .flatMap((e) => (e.relations ?? []).filter((r: { kind: string }) => r.kind === "retaliation_for"))
        .map((r: { event: string }) => byId.get(r.event)?.type);
    expect(answered((e) => e.type === "mission_closure" && e.date === "2018")).toContain("poisoning");
    expect(answered((e) => e.type === "expulsion" && e.date === "2018" && e.initiator === "US")).toContain("poisoning");
    expect(answered((e) => e.type === "expulsion" && e.initiator === "RU")).toContain("expulsion");
    for (const event of events) {
      expect(event.sources?.length, event.id).toBeGreaterThan(0);
      expect(event.summary, event.id).toBeTruthy();
    }
  });
});

describe("summarize", () => {
  it("reports duplicate ids, dangling relations and bad lines, and still counts the rest", async () => {
    const lines = [
      { id: "a", type: "expulsion", initiator: "PL", target: "RU", date: "2022-03" },
      {
        id: "b",
        type: "expulsion",
        initiator: "RU",
        target: "PL",
        relations: [{ kind: "retaliation_for", event: "a" }],
      },
      { id: "a", type: "talks" },
      { id: "c", type: "talks", relations: [{ kind: "follows", event: "zz" }] },
    ].map((e) => JSON.stringify(e));
    const summary = await summarize([...lines, "{oops"].join("\n"), coreRegistry);
    expect(summary.events).toBe(3);
    expect(summary.diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      ["TC_DUPLICATE_ID", 3],
      ["TC_JSON_SYNTAX", 5],
      ["TC_RELATION_TARGET_MISSING", 4],
    ]);
    expect(summary.retaliations).toEqual(["b (expulsion RU -> PL) answers a (expulsion PL -> RU)"]);
    expect(summary.byYear.get("2022")).toBe(1);
    const text = formatSummary(summary, "test.ndjson");
    expect(text).toMatch(/^test\.ndjson: 3 events, 3 problems/);
    expect(text).toContain("hint: ");
  });
});
