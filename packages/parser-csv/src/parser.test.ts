import { readFileSync } from "node:fs";
import {
  coreRegistry,
  type Diagnostic,
  defineEventType,
  type Gazetteer,
  type ParseRecord,
  parseWith,
  type Registry,
} from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type CsvParseOptions, csvParser, parseCsv } from "./index";

const dataset = (name: string) => readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), "utf8");

const parse = async (
  input: Parameters<typeof parseCsv>[0],
  options: CsvParseOptions & { gazetteer?: Gazetteer } = {},
  registry: Registry = coreRegistry,
) => {
  const records: ParseRecord<unknown>[] = [];
  for await (const record of parseCsv(input, { registry, ...options })) records.push(record);
  const events = records.flatMap((r) => (r.kind === "event" ? [r.event] : []));
  const diagnostics = records.flatMap((r) => (r.kind === "diagnostic" ? [r.diagnostic] : []));
  const skips = records.flatMap((r) => (r.kind === "skip" ? [r] : []));
  return { records, events, diagnostics, skips };
};
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

/** The standard columns a hand-written sheet in our layout needs. */
const HEADER = "id,type,date,initiator,target,count,lat,lon,geo_precision,summary,tags";

describe("the exporter's layout", () => {
  it("reads the examples' CSV back into exactly the events of events.ndjson", async () => {
    const expected = dataset("events.ndjson")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const { events, diagnostics, skips } = await parse(dataset("events.csv"));
    expect(diagnostics).toEqual([]);
    expect(skips).toEqual([]);
    expect(events).toEqual(expected);
  });

  it("reads it the same from bytes in small chunks", async () => {
    const bytes = new TextEncoder().encode(dataset("events.csv"));
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 97) yield bytes.slice(at, at + 97);
    }
    const { events } = await parse(chunks());
    expect(events).toEqual((await parse(dataset("events.csv"))).events);
  });

  it("gives back formula-like values exactly, and leaves a negative longitude a number", async () => {
    const text = `${HEADER}\r\ne1,expulsion,,US,RU,,47.6,-122.3321,city,"'=HYPERLINK(""x"")",'-x; 'quoted\r\n`;
    const { events } = await parse(text);
    expect(events).toEqual([
      {
        id: "e1",
        type: "expulsion",
        initiator: "US",
        target: "RU",
        location: { lat: 47.6, lon: -122.3321, precision: "city" },
        summary: '=HYPERLINK("x")',
        tags: ["-x", "'quoted"],
      },
    ]);
    const raw = await parse(text, { unprotectFormulas: false });
    expect(raw.events[0]).toMatchObject({ summary: `'=HYPERLINK("x")`, tags: ["'-x", "'quoted"] });
  });

  it("reads quoting, embedded line breaks, Unicode, and other delimiters", async () => {
    const text = 'id;type;summary;tags\n"e1";talks;"Сергей ""Серж""\nСкрипаль; 北京";"a\\; b; c"\n';
    const { events } = await parse(text, { delimiter: ";" });
    expect(events).toEqual([
      { id: "e1", type: "talks", summary: 'Сергей "Серж"\nСкрипаль; 北京', tags: ["a; b", "c"] },
    ]);
  });

  it("reads empty and missing cells as absent fields, and a short row as one with empty cells", async () => {
    const { events, diagnostics } = await parse(`${HEADER}\ne1,talks,,,,,,,,,\ne2,talks\n`);
    expect(diagnostics).toEqual([]);
    expect(events).toEqual([
      { id: "e1", type: "talks" },
      { id: "e2", type: "talks" },
    ]);
  });

  it("reads a downstream type through a registry that knows it", async () => {
    const registry = coreRegistry.withEventType(
      defineEventType({
        type: "sanctions_designation",
        description: "A designation.",
        initiator: "the designating state",
        target: null,
        fields: { listName: z.string(), active: z.boolean() },
      }),
    );
    const text = "id,type,initiator,list_name,active\ns1,sanctions_designation,GB,UK list,false\n";
    expect((await parse(text, {}, registry)).events).toEqual([
      { id: "s1", type: "sanctions_designation", initiator: "GB", listName: "UK list", active: false },
    ]);
  });
});

describe("every row is an event, a diagnostic or a counted skip", () => {
  const text = [
    HEADER,
    "e1,expulsion,2018-03,US,RU,60,,,,,",
    "",
    "e2,expulsion,2018-13,US,RU,many,,,,,",
    ",,,,,,,,,,",
    'e3,talks,2022,US,RU,,,,,"unclosed,',
    "e4,talks,,US,RU,,91,10,city,,",
    "e5,talks,,US,RU,,,,,,,surplus",
    "e6,talks,,US,RU,,,,,,",
  ].join("\r\n");

  it("accounts for every data row exactly once, in order", async () => {
    const { records } = await parse(text);
    expect(records.map((r) => (r.kind === "diagnostic" ? r.diagnostic.code : r.kind))).toEqual([
      "event",
      "skip",
      "TC_EVENT_INVALID",
      "skip",
      "TC_CSV_QUOTES",
      "TC_EVENT_INVALID",
      "TC_CSV_EXTRA_FIELDS",
      "event",
    ]);
  });

  it("gives each problem its line, and for a cell its column number and name", async () => {
    const { diagnostics, skips } = await parse(text);
    expect(skips.map((s) => [s.position.line, s.reason])).toEqual([
      [3, "blank line"],
      [5, "empty row"],
    ]);
    const [invalid, quotes, lat, extra] = diagnostics;
    expect(invalid?.position).toEqual({ line: 4, column: 3, record: 2 });
    expect(invalid?.message).toBe(
      "column 3 'date': date: '2018-13' is not a valid month; column 6 'count': count: Invalid input: expected number, received string",
    );
    expect(quotes).toMatchObject({ position: { line: 6, record: 4 }, excerpt: 'e3,talks,2022,US,RU,,,,,"unclosed,' });
    expect(lat).toMatchObject({ position: { line: 7, column: 7, record: 5 } });
    expect(lat?.message).toMatch(/^column 7 'lat': location\.lat: /);
    expect(extra).toMatchObject({ position: { line: 8, column: 12, record: 6 } });
    expect(extra?.hint).toMatch(/must be quoted/);
  });

  it("points a problem in a multi-line record at the cell's own line", async () => {
    const { diagnostics } = await parse('id,type,summary,date\r\ne1,talks,"one\r\ntwo\r\nthree",2022-02-30\r\n');
    expect(diagnostics[0]?.position).toEqual({ line: 4, column: 4, record: 0 });
  });

  it("reports a column filled for a type that has no such field", async () => {
    const { diagnostics } = await parse("id,type,persona_non_grata\ne1,talks,true\n");
    expect(diagnostics).toMatchObject([
      { code: "TC_CSV_FOREIGN_COLUMN", position: { line: 2, column: 3 }, message: expect.stringContaining("'talks'") },
    ]);
  });

  it("leaves a type the registry does not know to the registry's diagnostic", async () => {
    const { diagnostics } = await parse("id,type,orbit\ne1,satellite_launch,LEO\n");
    expect(codes(diagnostics)).toEqual(["TC_CSV_EXT_COLUMNS", "TC_EVENT_UNKNOWN_TYPE"]);
    expect(diagnostics[1]).toMatchObject({ position: { line: 2, column: 2, record: 0 } });
  });

  it("reports invalid UTF-8 on the row that has it", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("id,type,summary\ne1,talks,caf"), 0xe9, 0x0a]);
    const { diagnostics } = await parse(bytes);
    expect(diagnostics).toMatchObject([{ code: "TC_INVALID_UTF8", position: { line: 2 } }]);
  });
});

describe("header problems", () => {
  it("reports a repeated column and reads only the first", async () => {
    const { diagnostics, events } = await parse("id,type,date,date\ne1,talks,2020,2021\n");
    expect(diagnostics).toMatchObject([{ code: "TC_CSV_DUPLICATE_COLUMN", position: { line: 1, column: 4 } }]);
    expect(events).toEqual([{ id: "e1", type: "talks", date: "2020" }]);
  });

  it("says when there is no type column, and every row then says why it fails", async () => {
    const { diagnostics } = await parse("id,date\ne1,2020\n");
    expect(codes(diagnostics)).toEqual(["TC_CSV_NO_TYPE_COLUMN", "TC_EVENT_NO_TYPE"]);
    expect(diagnostics[0]?.hint).toMatch(/type: "expulsion"/);
  });

  it("makes ids from line numbers when there is no id column, and says so", async () => {
    const { diagnostics, events } = await parse("type,date\ntalks,2020\n\ntalks,2021\n");
    expect(diagnostics).toMatchObject([{ code: "TC_CSV_NO_ID_COLUMN", severity: "warning" }]);
    expect(events.map((e) => (e as { id: string }).id)).toEqual(["row-2", "row-4"]);
  });

  it("keeps columns outside the layout under ext, as text, and says so", async () => {
    const { diagnostics, events } = await parse("id,type,colour,Score\ne1,talks,red,42\n");
    expect(diagnostics).toMatchObject([
      { code: "TC_CSV_EXT_COLUMNS", severity: "warning", message: expect.stringContaining("'colour', 'Score'") },
    ]);
    expect(events).toEqual([{ id: "e1", type: "talks", ext: { csv: { colour: "red", Score: "42" } } }]);
  });

  it("never lets a header name reach an object prototype", async () => {
    const text = "id,type,__proto__,constructor,ext.__proto__.polluted,ext.csv.__proto__\ne1,talks,1,2,3,4\n";
    const { records, diagnostics } = await parse(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(codes(diagnostics).slice(0, 2)).toEqual(["TC_CSV_RESERVED_COLUMN", "TC_CSV_RESERVED_COLUMN"]);
    expect(records.at(-1)?.kind).toBe("diagnostic");
    const mapped = await parse(text, { mapping: new Map([["__proto__", "ext.csv.proto"]]), type: "talks" });
    expect(mapped.events).toEqual([]);
    expect(mapped.diagnostics.at(-1)?.message).toMatch(/__proto__/);
  });
});

describe("a user's spreadsheet through a mapping", () => {
  const mapping = {
    "Expelling country": "initiator",
    "Expelled from": "target",
    Date: "date",
    Expelled: "count",
    "Expelled role": "role",
    City: "location.city",
    "Link ": "sources.url",
    Ignore: null,
  };
  const sheet = [
    "Expelling country,Expelled from,Date,Expelled,Expelled role,City,Link ,Ignore,Notes",
    "Poland,Russian,5 March 2022,about 45,diplomat,Warsaw,https://example.org/a,x,first wave",
    'germany,RUS,2022-04-04,40+,,Berlin,,,"two\nlines"',
    "Narnia,Russia,early March 2022,many,,,,,",
    "the Kremlin,UA,March 2022,several,,,,,",
    "  ,,,,,,,,",
  ].join("\n");
  const gazetteer = {
    countryOfDemonym: (word: string) => (word === "Russian" ? "RU" : undefined),
    lookupPlace: (name: string) => (name === "the Kremlin" ? { metonymFor: "RU" } : undefined),
  } as unknown as Gazetteer;

  it("normalizes messy cells, keeps unmapped columns in ext, and reports what it cannot read", async () => {
    const { records } = await parse(sheet, { mapping, type: "expulsion", gazetteer });
    expect(records.map((r) => (r.kind === "diagnostic" ? r.diagnostic.code : r.kind))).toEqual([
      "TC_CSV_EXT_COLUMNS",
      "TC_CSV_NO_ID_COLUMN",
      "event",
      "event",
      "TC_CSV_COUNTRY",
      "event",
      "skip",
    ]);
    const events = records.flatMap((r) => (r.kind === "event" ? [r.event] : []));
    expect(events).toEqual([
      {
        id: "row-2",
        type: "expulsion",
        date: "2022-03-05",
        initiator: "PL",
        target: "RU",
        count: 45,
        countQualifier: "approximate",
        role: "diplomat",
        location: { city: "Warsaw" },
        sources: [{ url: "https://example.org/a" }],
        ext: { csv: { Notes: "first wave" } },
      },
      {
        id: "row-3",
        type: "expulsion",
        date: "2022-04-04",
        initiator: "DE",
        target: "RU",
        count: 40,
        countQualifier: "at_least",
        location: { city: "Berlin" },
        ext: { csv: { Notes: "two\nlines" } },
      },
      { id: "row-6", type: "expulsion", date: "2022-03", initiator: "RU", target: "UA", countQualifier: "several" },
    ]);
  });

  it("names the column, the value and the cell of every problem in a row", async () => {
    const { diagnostics } = await parse(sheet, { mapping, type: "expulsion", gazetteer });
    const problem = diagnostics.find((d) => d.code === "TC_CSV_COUNTRY");
    expect(problem?.position).toEqual({ line: 5, column: 1, record: 2 });
    expect(problem?.message).toBe(
      "column 1 'Expelling country': 'Narnia' is not a country this reader knows; column 3 'Date': 'early March 2022' is not a date this reader understands; column 4 'Expelled': 'many' is not a count",
    );
  });

  it("reports a mapping target that is not a column, and a mapped column the sheet lacks", async () => {
    const { diagnostics, events } = await parse("Who,Kind\nPL,talks\n", {
      mapping: { Who: "expeller", Kind: "type", Missing: "date" },
    });
    expect(codes(diagnostics)).toEqual([
      "TC_CSV_MAPPING_TARGET",
      "TC_CSV_EXT_COLUMNS",
      "TC_CSV_MAPPED_COLUMN_MISSING",
      "TC_CSV_NO_ID_COLUMN",
    ]);
    expect(events).toEqual([{ id: "row-2", type: "talks", ext: { csv: { Who: "PL" } } }]);
  });

  it("does not strip a user's leading apostrophe unless asked", async () => {
    const text = "Kind,Note\ntalks,'=kept\n";
    expect((await parse(text, { mapping: { Kind: "type", Note: "summary" } })).events).toMatchObject([
      { summary: "'=kept" },
    ]);
    expect(
      (await parse(text, { mapping: { Kind: "type", Note: "summary" }, unprotectFormulas: true })).events,
    ).toMatchObject([{ summary: "=kept" }]);
  });
});

describe("the plugin", () => {
  it("streams: the first event comes before the input ends", async () => {
    async function* endless() {
      yield "id,type\n";
      for (let i = 0; ; i++) yield `e${i},talks\n`;
    }
    const records = parseCsv(endless(), { registry: coreRegistry });
    const first = await records.next();
    await records.return(undefined);
    expect(first.value).toMatchObject({ kind: "event", event: { id: "e0" } });
  });

  it("runs through parseWith and detects CSV with our header", async () => {
    const records = [];
    for await (const r of parseWith(coreRegistry, csvParser, "id,type\ne1,talks\n", {})) records.push(r);
    expect(records).toMatchObject([{ kind: "event", event: { id: "e1" } }]);
    expect(csvParser.detect?.("id,type,date\r\n")).toBeGreaterThan(0.5);
    expect(csvParser.detect?.('{"id":"e1"}')).toBe(0);
  });

  it("refuses bad options with TC_CSV_OPTIONS", async () => {
    await expect(parse("id\n", { delimiter: "\n" })).rejects.toMatchObject({ code: "TC_CSV_OPTIONS" });
    await expect(parse("id\n", { namespace: "Bad NS" })).rejects.toMatchObject({ code: "TC_CSV_OPTIONS" });
  });
});
