import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENTS, folder, gdeltRow, lines, ndjson, tradecraft } from "../bin.fixture";

const COUNT_LINE = /^tradecraft: .*: (\d+) records?: (\d+) events?, (\d+) rejected/m;

describe("tradecraft import", () => {
  it("reads GDELT (a .CSV that is tab-separated) into native NDJSON, counting skipped rows", () => {
    const dir = folder({
      "export.CSV": `${gdeltRow()}\n${gdeltRow({ GLOBALEVENTID: 700000002, EventCode: "010", EventBaseCode: "010", EventRootCode: "01" })}\n`,
    });
    const run = tradecraft(["import", join(dir, "export.CSV")]);
    expect(run.status, run.stderr).toBe(0);
    const [event] = lines(run.stdout).map((l) => JSON.parse(l));
    expect(event).toMatchObject({ id: "gdelt-700000001", type: "expulsion", initiator: "NL", target: "RU" });
    expect(lines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toMatch(/2 records: 1 event, 0 rejected, 1 skipped/);
  });

  it("reads a user's sheet through --mapping; a bad row is a diagnostic with line and column, exit 1", () => {
    const dir = folder({
      "sheet.csv":
        "Expelling country,Expelled from,Date,Expelled\nPoland,Russia,5 March 2022,about 45\nNarnia,Russia,2022,3\n",
      "mapping.json": JSON.stringify({
        "Expelling country": "initiator",
        "Expelled from": "target",
        Date: "date",
        Expelled: "count",
      }),
    });
    const run = tradecraft([
      "import",
      join(dir, "sheet.csv"),
      "--mapping",
      join(dir, "mapping.json"),
      "--type",
      "expulsion",
    ]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ initiator: "PL", target: "RU", date: "2022-03-05", count: 45 });
    expect(run.stderr).toMatch(
      /^tradecraft: .*sheet\.csv:3:1: error TC_CSV_COUNTRY: column 1 'Expelling country': 'Narnia' .* \(hint: .+\)$/m,
    );
    expect(run.stderr).toMatch(/2 records: 1 event, 1 rejected/);
  });

  it("refuses a mapping that is not an object of names (exit 2) and one it cannot read (exit 3)", () => {
    const dir = folder({ "sheet.csv": "a,b\n1,2\n", "bad.json": "[1,2]" });
    expect(tradecraft(["import", join(dir, "sheet.csv"), "--mapping", join(dir, "bad.json")]).status).toBe(2);
    expect(tradecraft(["import", join(dir, "sheet.csv"), "--mapping", join(dir, "none.json")]).status).toBe(3);
  });

  it("reads NDJSON from standard input; every bad line is a diagnostic and nothing is lost", () => {
    const input = ndjson(EVENTS[0], "{not json", { id: "x", type: "nonsense" }, "", EVENTS[2]);
    const run = tradecraft(["import"], { input });
    expect(run.status).toBe(1);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toEqual(["nl-1", "no-1"]);
    expect(run.stderr).toMatch(/^tradecraft: <stdin>:2:?\d*: error TC_JSON_SYNTAX: /m);
    expect(run.stderr).toMatch(
      /^tradecraft: <stdin>:3: error TC_EVENT_UNKNOWN_TYPE: unknown event type 'nonsense' \(hint: /m,
    );
    const [, records, events, rejected] = COUNT_LINE.exec(run.stderr) ?? [];
    expect([records, events, rejected]).toEqual(["4", "2", "2"]);
  });

  it("will not write CSV (that is export's job): exit 2", () => {
    const run = tradecraft(["import", "-", "--to", "csv"], { input: ndjson(EVENTS[0]) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/'import' does not write csv/);
  });
});

describe("tradecraft export", () => {
  const dir = folder({ "events.ndjson": ndjson(...EVENTS) });

  it("writes CSV by default, GeoJSON and GeoJSON sequences by --to or -o's extension", () => {
    const csv = tradecraft(["export", join(dir, "events.ndjson"), "-q"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^id,type,date,/);
    expect(csv.stdout.trimEnd().split("\r\n")).toHaveLength(4);

    const geojson = tradecraft(["export", join(dir, "events.ndjson"), "--to", "geojson", "-q"]);
    const collection = JSON.parse(geojson.stdout);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f: { id: string }) => f.id)).toEqual(["nl-1", "ru-1", "no-1"]);

    const out = join(dir, "events.geojsons");
    expect(tradecraft(["export", join(dir, "events.ndjson"), "-o", out, "-q"]).status).toBe(0);
    const records = readFileSync(out, "utf8")
      .split("\u001e")
      .filter((r) => r !== "");
    expect(records).toHaveLength(3);
    expect(JSON.parse(records[0] ?? "")).toMatchObject({ type: "Feature", id: "nl-1" });
  });

  it("writes a JSON dataset that reads back", () => {
    const out = join(dir, "dataset.json");
    expect(tradecraft(["export", join(dir, "events.ndjson"), "-o", out, "-q"]).status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, "utf8"));
    expect(dataset.meta.format).toBe("tradecraft");
    expect(dataset.events).toHaveLength(3);
    const back = tradecraft(["export", out, "--to", "ndjson", "-q"]);
    expect(lines(back.stdout).map((l) => JSON.parse(l))).toEqual(EVENTS);
  });

  it("warns that a dataset's entities and sources do not fit in NDJSON or CSV, and keeps them in JSON", () => {
    const parts = folder({
      "dataset.json": JSON.stringify({ events: EVENTS, sources: [{ id: "s1", publisher: "Test Wire" }] }),
    });
    const run = tradecraft(["export", join(parts, "dataset.json"), "--to", "ndjson"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /warning TC_CLI_DATASET_PARTS: only events are written to ndjson: the dataset's 1 source is left out/,
    );
    const json = tradecraft(["export", join(parts, "dataset.json"), "--to", "json"]);
    expect(json.stderr).not.toMatch(/TC_CLI_DATASET_PARTS/);
    expect(JSON.parse(json.stdout).sources).toEqual([{ id: "s1", publisher: "Test Wire" }]);
  });

  it("will not read CSV (that is import's job): exit 2", () => {
    const csv = folder({ "a.csv": "id,type\nx,arrest\n" });
    expect(tradecraft(["export", join(csv, "a.csv")]).status).toBe(2);
  });
});

describe("tradecraft convert", () => {
  it("round-trips NDJSON through CSV exactly", () => {
    const dir = folder({ "events.ndjson": ndjson(...EVENTS) });
    const csv = join(dir, "events.csv");
    expect(tradecraft(["convert", join(dir, "events.ndjson"), "-o", csv, "-q"]).status).toBe(0);
    const back = tradecraft(["convert", csv, "-q"]);
    expect(back.status).toBe(0);
    expect(lines(back.stdout).map((l) => JSON.parse(l))).toEqual(EVENTS);
  });

  it("detects formats from the first kilobyte when there is no extension", () => {
    const json = tradecraft(["convert", "--to", "csv", "-q"], { input: JSON.stringify({ events: EVENTS }) });
    expect(json.status).toBe(0);
    expect(json.stdout.trimEnd().split("\r\n")).toHaveLength(4);
    const gdelt = tradecraft(["convert", "-q"], { input: `${gdeltRow()}\n` });
    expect(JSON.parse(gdelt.stdout)).toMatchObject({ type: "expulsion", initiator: "NL" });
    const nothing = tradecraft(["convert"], { input: "just some words\n" });
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/cannot tell the format of standard input \(hint: name it with --from/);
  });

  it("--from and --to override detection; an unknown format is exit 2", () => {
    const dir = folder({ "events.txt": ndjson(...EVENTS) });
    const run = tradecraft(["convert", join(dir, "events.txt"), "--from", "ndjson", "--to", "ndgeojson", "-q"]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(3);
    expect(tradecraft(["convert", join(dir, "events.txt"), "--to", "xml"]).status).toBe(2);
    expect(tradecraft(["convert", join(dir, "events.txt"), "--from", "yaml"]).status).toBe(2);
  });

  it("exit 3 for an unreadable input or an unwritable output, leaving nothing behind", () => {
    const dir = folder({ "events.ndjson": ndjson(...EVENTS) });
    expect(tradecraft(["convert", join(dir, "missing.ndjson")]).status).toBe(3);
    expect(tradecraft(["convert", dir]).status).toBe(3);
    const run = tradecraft(["convert", join(dir, "events.ndjson"), "-o", join(dir, "no", "such", "out.csv")]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^tradecraft: cannot write '.*out\.csv' \(ENOENT\) \(hint: /);
    expect(readdirSync(dir)).toEqual(["events.ndjson"]);
  });

  it("an export error (a CSV column that arrives too late) aborts the output: exit 1, no file", () => {
    const late = Array.from({ length: 3 }, (_, i) => ({ id: `e${i}`, type: "arrest", initiator: "NO", target: "RU" }));
    const dir = folder({
      "events.ndjson": ndjson(...late, {
        id: "z",
        type: "arrest",
        initiator: "NO",
        target: "RU",
        ext: { acme: { score: 1 } },
      }),
    });
    const out = join(dir, "out.csv");
    const run = tradecraft(["convert", join(dir, "events.ndjson"), "-o", out]);
    if (run.status === 0) return; // the exporter looked far enough ahead: nothing to abort
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TC_CSV_LATE_COLUMN/);
    expect(readdirSync(dir)).toEqual(["events.ndjson"]);
  });
});
