import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSheet } from "./sheet";

const dir = fileURLToPath(new URL("..", import.meta.url));
const sheet = readFileSync(`${dir}data/expulsions.csv`);
const mapping = JSON.parse(readFileSync(`${dir}data/mapping.json`, "utf8"));

describe("spreadsheet example", () => {
  it("reads the user's columns through the mapping: names, codes and demonyms, day-first dates, hedged counts", async () => {
    const { events } = await readSheet(sheet, mapping, new Date("2026-01-01"));
    expect(events.map((e) => [e.id, e.date, e.initiator, e.target])).toEqual([
      ["row-2", "2018-03-14", "GB", "RU"],
      ["row-3", "2018-03-17", "RU", "GB"],
      ["row-4", "2021-04-17", "CZ", "RU"],
      ["row-5", "2021-04-18", "RU", "CZ"],
      ["row-6", "2022-03-29", "NL", "RU"],
      ["row-7", "2022-03-29", "BE", "RU"],
      ["row-9", "2022-03-29", "IE", "IE"],
    ]);
    expect(events[5]).toMatchObject({ count: 21, countQualifier: "approximate", location: { city: "Brussels" } });
    expect(events[0]).toMatchObject({ ext: { csv: { Notes: "after the Salisbury poisoning" } } });
  });

  it("puts every problem, from reading or from validation, at its line and column", async () => {
    const { findings } = await readSheet(sheet, mapping, new Date("2026-01-01"));
    expect(findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.line, f.column])).toEqual([
      ["TC_CSV_DATE", 8, 1],
      ["actors.same-initiator-target", 9, undefined],
      ["sources.missing", 9, undefined],
      ["TC_CSV_COUNTRY", 10, 2],
      ["TC_EVENT_INVALID", 11, 7],
    ]);
  });

  it("prints the events and the findings", () => {
    const run = spawnSync("pnpm", ["--silent", "start"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^data\/expulsions\.csv: 7 events, 7 findings/);
    expect(run.stdout).toContain("row-7   2022-03-29 BE -> RU 21 approximate");
    expect(run.stdout).toContain("error TC_CSV_COUNTRY line 10, column 2: column 2 'Expelling country': 'Narnia'");
  }, 60_000);
});
