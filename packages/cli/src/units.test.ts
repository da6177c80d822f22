import { coreRegistry, type EventBase, TradecraftError } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { EVENTS, gdeltRow } from "./bin.fixture";
import { describeError, EXIT } from "./errors";
import { inputFormat, outputFormat } from "./formats";
import { type Input, openInput } from "./input";
import { processIo } from "./io";
import { PROGRESS_MIN_BYTES, wantsProgress } from "./progress";
import { formatDiagnostic } from "./report";
import { computeStats, formatStats, StatsSchema } from "./stats";

const input = (path: string | undefined, sample: string): Input => ({
  name: path ?? "<stdin>",
  path,
  size: undefined,
  sample: new TextEncoder().encode(sample),
  chunks: (async function* () {})(),
});

describe("inputFormat", () => {
  it("reads the extension first; .csv and .tsv by content, since GDELT names its files .CSV", () => {
    expect(inputFormat(input("a.ndjson", ""), undefined, coreRegistry)).toBe("ndjson");
    expect(inputFormat(input("a.JSONL", ""), undefined, coreRegistry)).toBe("ndjson");
    expect(inputFormat(input("a.json", ""), undefined, coreRegistry)).toBe("json");
    expect(inputFormat(input("a.txt", ""), undefined, coreRegistry)).toBe("text");
    expect(inputFormat(input("a.zip", "PK"), undefined, coreRegistry)).toBe("gdelt");
    expect(inputFormat(input("a.csv", "id,type\n"), undefined, coreRegistry)).toBe("csv");
    expect(inputFormat(input("20210602.export.CSV", gdeltRow()), undefined, coreRegistry)).toBe("gdelt");
  });

  it("reads the first kilobyte without an extension", () => {
    expect(inputFormat(input(undefined, `${JSON.stringify(EVENTS[0])}\n{bad`), undefined, coreRegistry)).toBe("ndjson");
    expect(inputFormat(input(undefined, '{\n  "meta": {}, "events": []}'), undefined, coreRegistry)).toBe("json");
    expect(inputFormat(input(undefined, "[{}]"), undefined, coreRegistry)).toBe("json");
    expect(inputFormat(input(undefined, "id,type,date\nx,arrest,2020\n"), undefined, coreRegistry)).toBe("csv");
    expect(inputFormat(input(undefined, `${gdeltRow()}\n`), undefined, coreRegistry)).toBe("gdelt");
    expect(() => inputFormat(input(undefined, "words"), undefined, coreRegistry)).toThrow(/cannot tell the format/);
  });

  it("--from wins, and must name a format", () => {
    expect(inputFormat(input("a.json", ""), "ndjson", coreRegistry)).toBe("ndjson");
    expect(() => inputFormat(input("a.json", ""), "yaml", coreRegistry)).toThrow(/unknown input format 'yaml'/);
  });
});

describe("outputFormat", () => {
  it("--to, else -o's extension, else the command's default", () => {
    expect(outputFormat("geojson", "x.csv", "ndjson", coreRegistry)).toBe("geojson");
    expect(outputFormat(undefined, "x.geojsons", "ndjson", coreRegistry)).toBe("geojsonseq");
    expect(outputFormat(undefined, "x.geojsonl", "ndjson", coreRegistry)).toBe("ndgeojson");
    expect(outputFormat(undefined, "x.CSV", "ndjson", coreRegistry)).toBe("csv");
    expect(outputFormat(undefined, "x.out", "ndjson", coreRegistry)).toBe("ndjson");
    expect(outputFormat(undefined, undefined, "csv", coreRegistry)).toBe("csv");
    expect(() => outputFormat("xml", undefined, "csv", coreRegistry)).toThrow(/unknown output format/);
  });
});

describe("openInput", () => {
  it("refuses to wait on a terminal when no file is given (exit 2), but reads it for -", async () => {
    const io = {
      ...processIo,
      stdinIsTTY: true,
      stdin: async function* () {
        yield new TextEncoder().encode("{}");
      },
    };
    await expect(openInput(undefined, io)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/no input/),
    });
    const typed = await openInput("-", io);
    expect(new TextDecoder().decode(typed.sample)).toBe("{}");
  });
});

describe("wantsProgress", () => {
  it("only for big inputs of known size, on a terminal, without --quiet", () => {
    const big = PROGRESS_MIN_BYTES;
    expect(wantsProgress({ size: big, isTTY: true, quiet: false })).toBe(true);
    expect(wantsProgress({ size: big - 1, isTTY: true, quiet: false })).toBe(false);
    expect(wantsProgress({ size: big, isTTY: false, quiet: false })).toBe(false);
    expect(wantsProgress({ size: big, isTTY: true, quiet: true })).toBe(false);
    expect(wantsProgress({ size: undefined, isTTY: true, quiet: false })).toBe(false);
  });
});

describe("formatDiagnostic", () => {
  it("is one line: file:line[:col]: severity CODE: message (hint: ...)", () => {
    const base = { code: "TC_X", severity: "error", message: "bad\nthing", hint: "fix it" } as const;
    expect(formatDiagnostic("a.csv", { ...base, position: { line: 3, column: 2 } })).toBe(
      "tradecraft: a.csv:3:2: error TC_X: bad thing (hint: fix it)\n",
    );
    expect(formatDiagnostic("a.csv", { ...base, position: { line: 3 } })).toMatch(/^tradecraft: a\.csv:3: error/);
    expect(
      formatDiagnostic("a.json", { code: "TC_Y", severity: "warning", message: "m", position: { record: 2 } }),
    ).toBe("tradecraft: a.json: warning TC_Y: m\n");
  });
});

describe("describeError", () => {
  it("maps library errors about options to exit 2, others about data to 1, anything else to 70", () => {
    expect(describeError(new TradecraftError({ code: "TC_MAP_OPTIONS", message: "m" })).exitCode).toBe(EXIT.usage);
    expect(describeError(new TradecraftError({ code: "TC_CSV_LATE_COLUMN", message: "m" })).exitCode).toBe(
      EXIT.rejected,
    );
    const internal = describeError(new TypeError("x is undefined"));
    expect(internal.exitCode).toBe(70);
    expect(internal.line).toMatch(/^internal error: .*x is undefined/s);
  });
});

describe("computeStats", () => {
  it("counts by type, actors and year, and pairs expulsions both ways", async () => {
    const stats = await computeStats([
      ...EVENTS,
      { id: "s", type: "sabotage" },
      { id: "e2", type: "expulsion", initiator: "NL", target: "RU", date: "2022" },
    ]);
    expect(StatsSchema.parse(stats)).toEqual(stats);
    expect(stats.events).toBe(5);
    expect(stats.byType).toEqual([
      { key: "expulsion", count: 3 },
      { key: "arrest", count: 1 },
      { key: "sabotage", count: 1 },
    ]);
    expect(stats.byInitiator).toContainEqual({ key: "(none)", count: 1 });
    expect(stats.byYear).toEqual([
      { key: "2021", count: 2 },
      { key: "2022", count: 2 },
      { key: "unknown", count: 1 },
    ]);
    expect(stats.reciprocity).toEqual([{ a: "NL", b: "RU", aToB: 2, bToA: 1, retaliations: 1 }]);
    expect(formatStats(stats)).toContain("NL -> RU: 2, RU -> NL: 1 (1 marked retaliation_for)");
  });

  it("counts each expulsion marked as answering one the other way once, and nothing else", async () => {
    const expel = (id: string, initiator: string, target: string, causes: string[] = []): EventBase => ({
      id,
      type: "expulsion",
      initiator,
      target,
      ...(causes.length === 0
        ? {}
        : { relations: causes.map((event) => ({ kind: "retaliation_for" as const, event })) }),
    });
    const stats = await computeStats([
      expel("us-1", "US", "RU", ["hack"]),
      expel("us-2", "US", "RU"),
      // Names both US expulsions and an unrelated event: one retaliating expulsion.
      expel("ru-1", "RU", "US", ["us-1", "us-2", "hack"]),
      // A closure answering them is not an expulsion of the pair.
      {
        id: "ru-c",
        type: "mission_closure",
        initiator: "RU",
        target: "US",
        relations: [{ kind: "retaliation_for", event: "us-1" }],
      },
      // Names an expulsion going the same way: not an answer.
      expel("us-3", "US", "RU", ["us-2"]),
    ]);
    expect(stats.reciprocity).toEqual([{ a: "RU", b: "US", aToB: 1, bToA: 3, retaliations: 1 }]);
  });

  it("is empty for no events", async () => {
    const stats = await computeStats([]);
    expect(stats).toEqual({ events: 0, byType: [], byInitiator: [], byTarget: [], byYear: [], reciprocity: [] });
    expect(formatStats(stats)).toMatch(/^0 events\n/);
  });
});
