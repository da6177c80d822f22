import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGdelt } from "./parser";
import { GdeltTally } from "./tally";

/** The 200 real rows committed in test/fixtures (see SOURCES.md there). */
const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));

const read = async (name: string, options = {}) => {
  const tally = new GdeltTally();
  const byId = new Map<string, unknown>();
  for await (const record of parseGdelt(fixture(name), options)) {
    tally.add(record);
    if (record.kind === "event") byId.set(record.event.id, record.event);
    if (record.kind === "skip") byId.set(`line ${record.position.line}`, record.reason);
  }
  return { tally, byId };
};

const lineOf = (name: string, id: string) =>
  fixture(name)
    .toString("utf8")
    .split("\n")
    .findIndex((line) => line.startsWith(`${id}\t`)) + 1;

describe("real GDELT rows", () => {
  it.each([
    ["v2-20191024143000.export.tsv", 90],
    ["v1daily-20160728.export.tsv", 60],
    ["v1historical-1982.export.tsv", 50],
  ])("%s: every one of its %i rows is an event or a counted skip, none is malformed", async (name, rows) => {
    const { tally } = await read(name);
    expect(tally.records).toBe(rows);
    expect(tally.diagnostics).toBe(0);
    expect(tally.events).toBeGreaterThan(0);
  });

  it("reads v2 881992133, an assassination (186), without making a state of a nationality", async () => {
    const { byId } = await read("v2-20191024143000.export.tsv");
    expect(byId.get("gdelt-881992133")).toMatchObject({
      type: "assassination",
      date: "2019-10-24",
      outcome: "killed",
      participants: [
        { name: "MALE", role: "perpetrator", nationalities: ["MV"] },
        { name: "UNITED STATES", role: "victim", nationalities: ["US"] },
      ],
      location: {
        name: "New York, United States",
        admin1: "New York",
        country: "US",
        precision: "admin1",
        featureId: "NY",
      },
      sources: [{ publisher: "prnewswire.com", published: "2019-10-24T14:30:00Z" }],
    });
  });

  it("skips v2 881991324 (174, Expel or deport): only a police actor, no second state", async () => {
    const { byId } = await read("v2-20191024143000.export.tsv");
    const line = lineOf("v2-20191024143000.export.tsv", "881991324");
    expect(byId.get(`line ${line}`)).toBe("CAMEO 174 fails its domain guard (interstate)");
    const { byId: unguarded } = await read("v2-20191024143000.export.tsv", { domainGuards: false });
    expect(unguarded.get("gdelt-881991324")).toMatchObject({
      type: "expulsion",
      location: { city: "Dover", admin1: "Illinois", country: "US" },
    });
  });

  it("reads v1 564443032 as a US sanction on Russia placed in Moscow (FIPS RS is Russia, not ISO's Serbia)", async () => {
    const { byId } = await read("v1daily-20160728.export.tsv");
    expect(byId.get("gdelt-564443032")).toMatchObject({
      type: "sanction",
      initiator: "US",
      target: "RU",
      location: { city: "Moscow", country: "RU", precision: "city", featureId: "-2960561" },
      ext: {
        gdelt: { version: "1.0-daily", Actor1Name: "THE US", Actor2Name: "RUSSIAN", ActionGeo_CountryCode: "RS" },
      },
    });
  });

  it("skips v1 1553189 (164, halt negotiations between Iran and Iraq) with the table's reason", async () => {
    const { byId } = await read("v1historical-1982.export.tsv");
    expect(byId.get(`line ${lineOf("v1historical-1982.export.tsv", "1553189")}`)).toBe(
      "CAMEO 164 (Halt negotiations) is skipped: halting negotiations is not a meeting, and Tradecraft has no type for it",
    );
  });
});
