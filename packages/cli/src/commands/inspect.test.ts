import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENTS, folder, ndjson, tradecraft } from "../bin.fixture";

describe("tradecraft validate", () => {
  const dir = folder({
    "good.ndjson": ndjson(...EVENTS),
    "bad.ndjson": ndjson(EVENTS[0], { ...EVENTS[2], id: "future", date: "2999-01-01" }, "{oops"),
    "dataset.json": JSON.stringify({
      events: [{ ...EVENTS[0], participants: [{ role: "subject", entity: "person:nobody" }] }],
    }),
  });

  it("exits 0 on events that pass, printing the report for people", () => {
    const run = tradecraft(["validate", join(dir, "good.ndjson")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 errors, \d+ warnings?, \d+ infos? in 3 records \(3 checked\)/);
    expect(run.stdout).toMatch(/reciprocity: 2 expulsions, 1 answered/);
    expect(run.stderr).toMatch(/good\.ndjson: 3 records: 3 events, 0 rejected/);
  });

  it("exits 1 on rule errors and on records that do not parse; --format json is the validators' report", () => {
    const run = tradecraft(["validate", join(dir, "bad.ndjson"), "--format", "json"]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.hasErrors).toBe(true);
    expect(report.issues.map((i: { rule: string; eventId: string }) => [i.rule, i.eventId])).toContainEqual([
      "dates.not-in-future",
      "future",
    ]);
    expect(run.stderr).toMatch(/bad\.ndjson:3:\d+: error TC_JSON_SYNTAX/);
  });

  it("--rule changes a rule's severity; a bad setting or an unknown rule is exit 2", () => {
    const off = tradecraft([
      "validate",
      join(dir, "bad.ndjson"),
      "--rule",
      "dates.not-in-future=off",
      "--format",
      "json",
      "-q",
    ]);
    expect(JSON.parse(off.stdout).rules["dates.not-in-future"]).toBe("off");
    expect(off.status).toBe(1); // the line that does not parse is still rejected
    for (const rule of ["dates.not-in-future=loud", "no.such-rule=off", "no-equals-sign"]) {
      const run = tradecraft(["validate", join(dir, "good.ndjson"), "--rule", rule]);
      expect(run.status, rule).toBe(2);
      expect(run.stderr.trimEnd().split("\n"), rule).toHaveLength(1);
    }
  });

  it("validates a JSON dataset as a dataset: entity references are checked", () => {
    const run = tradecraft(["validate", join(dir, "dataset.json"), "--format", "json", "-q"]);
    const report = JSON.parse(run.stdout);
    expect(report.issues.map((i: { rule: string }) => i.rule)).toContain("actors.unknown-entity");
    expect(run.status).toBe(1);
  });

  it("writes the report to -o", () => {
    const out = join(dir, "report.json");
    expect(tradecraft(["validate", join(dir, "good.ndjson"), "--format", "json", "-o", out, "-q"]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).records).toBe(3);
  });
});

describe("tradecraft schema", () => {
  it("prints the JSON Schema of the core types", () => {
    const run = tradecraft(["schema"]);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(JSON.stringify(schema)).toContain('"expulsion"');
  });

  it("--help shows examples; an unknown option is exit 2", () => {
    expect(tradecraft(["schema", "--help"]).stdout).toContain("Examples:");
    expect(tradecraft(["schema", "--nope"]).status).toBe(2);
  });
});

describe("tradecraft stats", () => {
  const dir = folder({ "events.ndjson": ndjson(...EVENTS, "[]") });

  it("counts by type, initiator, target and year, and lists reciprocity pairs", () => {
    const run = tradecraft(["stats", join(dir, "events.ndjson")]);
    expect(run.status).toBe(1); // the array on the last line is not an event
    expect(run.stdout).toMatch(/^3 events\n/);
    expect(run.stdout).toMatch(/by type:\n\s+2 {2}expulsion\n\s+1 {2}arrest/);
    expect(run.stdout).toMatch(/by year:\n\s+2 {2}2021\n\s+1 {2}2022/);
    expect(run.stdout).toContain("NL -> RU: 1, RU -> NL: 1 (1 marked retaliation_for)");
    expect(run.stderr).toMatch(/events\.ndjson:4: error TC_EVENT_NOT_OBJECT/);
  });

  it("--format json", () => {
    const run = tradecraft(["stats", join(dir, "events.ndjson"), "--format", "json", "-q"]);
    const stats = JSON.parse(run.stdout);
    expect(stats.byInitiator).toEqual([
      { key: "NL", count: 1 },
      { key: "NO", count: 1 },
      { key: "RU", count: 1 },
    ]);
    expect(stats.reciprocity).toEqual([{ a: "NL", b: "RU", aToB: 1, bToA: 1, retaliations: 1 }]);
  });
});

describe("tradecraft map", () => {
  it("writes one self-contained HTML page with the events and their arrows", () => {
    const dir = folder({ "events.ndjson": ndjson(...EVENTS) });
    const out = join(dir, "map.html");
    const run = tradecraft([
      "map",
      join(dir, "events.ndjson"),
      "-o",
      out,
      "--title",
      "Tit <for> tat",
      "--from",
      "2021",
    ]);
    expect(run.status, run.stderr).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain("Tit &lt;for&gt; tat");
    expect(page.match(/"kind":"event"/g)).toHaveLength(3);
    expect(page.match(/"kind":"flow"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(page).not.toMatch(/<script[^>]+src=/);
  });

  it("a bad --from date is exit 2 and leaves no file", () => {
    const dir = folder({ "events.ndjson": ndjson(...EVENTS) });
    const run = tradecraft(["map", join(dir, "events.ndjson"), "-o", join(dir, "map.html"), "--from", "March"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/TC_MAP_OPTIONS/);
    expect(readdirSync(dir)).toEqual(["events.ndjson"]);
    expect(tradecraft(["map", join(dir, "missing.ndjson")]).status).toBe(3);
  });
});

describe("tradecraft", () => {
  it("--version prints the package's version; no command prints help", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(tradecraft(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = tradecraft(["--help"]);
    expect(help.status).toBe(0);
    for (const command of ["extract", "import", "validate", "export", "convert", "schema", "stats", "map"]) {
      expect(help.stdout).toContain(command);
    }
    expect(help.stdout).toContain("Exit codes:");
    expect(tradecraft(["frobnicate"]).status).toBe(2);
  });
});
