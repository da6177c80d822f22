import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EventBase } from "@tradecraft/core";
import { GDELT_V2_COLUMNS, type GdeltColumn } from "@tradecraft/parser-gdelt";

/** The real binary, as users run it: it needs the build (turbo builds before the tests). */
export const BIN = fileURLToPath(new URL("../bin/tradecraft.js", import.meta.url));

/** Runs `tradecraft args...` in a child process. */
export const tradecraft = (
  args: readonly string[],
  options: { input?: string | Uint8Array; cwd?: string } = {},
): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.input === undefined ? {} : { input: options.input }),
  });

/** A fresh folder with these files in it. */
export const folder = (files: Readonly<Record<string, string | Uint8Array>> = {}): string => {
  const dir = mkdtempSync(join(tmpdir(), "tradecraft-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

export const ndjson = (...records: readonly unknown[]): string =>
  records
    .map((r) => (typeof r === "string" ? r : JSON.stringify(r)))
    .join("\n")
    .concat("\n");

export const lines = (text: string): string[] => text.split("\n").filter((l) => l !== "");

/** Events of our own, small and valid. */
export const EVENTS: readonly EventBase[] = [
  {
    id: "nl-1",
    type: "expulsion",
    date: "2021-06-02",
    initiator: "NL",
    target: "RU",
    count: 2,
    location: { city: "The Hague", country: "NL" },
    sources: [{ publisher: "Test Wire", published: "2021-06-03" }],
  },
  {
    id: "ru-1",
    type: "expulsion",
    date: "2021-06-09",
    initiator: "RU",
    target: "NL",
    count: 2,
    relations: [{ kind: "retaliation_for", event: "nl-1" }],
    sources: [{ publisher: "Test Wire", published: "2021-06-10" }],
  },
  {
    id: "no-1",
    type: "arrest",
    date: "2022-10",
    initiator: "NO",
    target: "RU",
    sources: [{ publisher: "Test Wire", published: "2022-10-28" }],
  },
];

/** One GDELT 2.0 row (61 tab-separated columns): a state expels another's people (CAMEO 166). */
export const gdeltRow = (overrides: Partial<Record<GdeltColumn, string | number>> = {}): string => {
  const values: Partial<Record<GdeltColumn, string | number>> = {
    GLOBALEVENTID: 700000001,
    SQLDATE: 20210602,
    MonthYear: 202106,
    Year: 2021,
    FractionDate: "2021.4164",
    Actor1Code: "NLDGOV",
    Actor1Name: "NETHERLANDS",
    Actor1CountryCode: "NLD",
    Actor1Type1Code: "GOV",
    Actor2Code: "RUSGOV",
    Actor2Name: "RUSSIA",
    Actor2CountryCode: "RUS",
    Actor2Type1Code: "GOV",
    IsRootEvent: 1,
    EventCode: "166",
    EventBaseCode: "166",
    EventRootCode: "16",
    QuadClass: 4,
    GoldsteinScale: "-4.0",
    NumMentions: 4,
    NumSources: 1,
    NumArticles: 4,
    AvgTone: "-3.5",
    DATEADDED: 20210602120000,
    SOURCEURL: "https://news.example.org/nl-expels",
    ...overrides,
  };
  return GDELT_V2_COLUMNS.map((column) => String(values[column] ?? "")).join("\t");
};

/** The extend-schema example's plugin, built if a test runs before the example's build. */
export const examplePlugin = (): string => {
  const path = fileURLToPath(new URL("../../../examples/extend-schema/dist/plugin.js", import.meta.url));
  if (!existsSync(path)) {
    spawnSync("pnpm", ["--filter", "@tradecraft/example-extend-schema", "build"], { stdio: "ignore" });
  }
  return path;
};
