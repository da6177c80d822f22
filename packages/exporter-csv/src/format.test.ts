import {
  coreRegistry,
  DETAIL_COLUMNS,
  defineEventType,
  type EventBase,
  STANDARD_COLUMNS,
  TradecraftError,
  typeColumns,
} from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { datasetEvents } from "./dataset.fixture";
import { type CsvExportOptions, csvExporter, formatCsv, toCsvString } from "./index";

const registry = coreRegistry;
const csv = (events: EventBase[], options: CsvExportOptions = {}) => toCsvString(events, { registry, ...options });
/** The header and the rows, split on the default CRLF (only where no quoted field spans lines). */
const lines = async (events: EventBase[], options: CsvExportOptions = {}) =>
  (await csv(events, options)).split("\r\n").slice(0, -1);

const expulsion: EventBase = {
  id: "e1",
  type: "expulsion",
  date: "2018-03",
  initiator: "US",
  target: "RU",
  count: 60,
  personaNonGrata: true,
} as EventBase;

describe("the header", () => {
  it("opens with the standard columns in the documented order, then the details, then the types present", async () => {
    const [header] = await lines([expulsion]);
    const columns = header?.split(",") ?? [];
    expect(columns.slice(0, STANDARD_COLUMNS.length)).toEqual([...STANDARD_COLUMNS]);
    expect(columns).toEqual([...STANDARD_COLUMNS, ...DETAIL_COLUMNS, ...typeColumns(registry, ["expulsion"])]);
  });

  it("lets the caller choose and order the columns, and leaves the others out on purpose", async () => {
    expect(await lines([expulsion], { columns: ["count", "id", "persona_non_grata", "summary"] })).toEqual([
      "count,id,persona_non_grata,summary",
      "60,e1,true,",
    ]);
  });

  it("picks types: only their events, only their own columns", async () => {
    const talks = { id: "t1", type: "talks", initiator: "US", target: "RU", topic: "staffing" } as EventBase;
    const rows = await lines([expulsion, talks], { types: ["talks"], details: false });
    expect(rows).toHaveLength(2);
    expect(rows[0]?.split(",")).toEqual([...STANDARD_COLUMNS, ...typeColumns(registry, ["talks"])]);
    expect(rows[1]).toMatch(/^t1,talks,/);
  });

  it("takes every registered type's columns when the input is longer than the lookahead", async () => {
    const [header] = await lines([expulsion, { ...expulsion, id: "e2" }], { lookahead: 1 });
    expect(header?.split(",")).toEqual([...STANDARD_COLUMNS, ...DETAIL_COLUMNS, ...typeColumns(registry)]);
  });

  it("writes only a header for no events", async () => {
    expect(await csv([], { details: false })).toBe(`${STANDARD_COLUMNS.join(",")}\r\n`);
    expect(await csv([], { header: false })).toBe("");
  });
});

describe("RFC 4180 cells", () => {
  const summary = async (text: string, options: CsvExportOptions = {}) =>
    (await csv([{ ...expulsion, summary: text }], { columns: ["id", "summary"], ...options })).split(
      options.newline ?? "\r\n",
    )[1];

  it("quotes only where needed: delimiters, quotes, line breaks", async () => {
    expect(await summary("plain words")).toBe("e1,plain words");
    expect(await summary("a, b")).toBe('e1,"a, b"');
    expect(await summary('he said "no"')).toBe('e1,"he said ""no"""');
    expect(await csv([{ ...expulsion, summary: "two\nlines" }], { columns: ["summary"] })).toBe(
      'summary\r\n"two\nlines"\r\n',
    );
    expect(await csv([{ ...expulsion, summary: "cr\r\nlf" }], { columns: ["summary"] })).toBe(
      'summary\r\n"cr\r\nlf"\r\n',
    );
  });

  it("ends lines with CRLF by default, LF on request", async () => {
    expect(await csv([expulsion], { columns: ["id"] })).toBe("id\r\ne1\r\n");
    expect(await csv([expulsion], { columns: ["id"], newline: "\n" })).toBe("id\ne1\n");
  });

  it("writes a byte order mark for Excel when asked", async () => {
    expect(await csv([expulsion], { columns: ["id"], bom: true })).toBe("\uFEFFid\r\ne1\r\n");
  });

  it.each([";", "\t", "|"])("uses %j as the delimiter, quoting cells that hold it", async (delimiter) => {
    const text = await csv([{ ...expulsion, summary: `x${delimiter}y`, tags: ["a", "b"] }], {
      columns: ["id", "summary", "tags"],
      delimiter,
    });
    const tags = delimiter === ";" ? '"a; b"' : "a; b";
    expect(text).toBe(`id${delimiter}summary${delimiter}tags\r\ne1${delimiter}"x${delimiter}y"${delimiter}${tags}\r\n`);
  });

  it("writes Unicode names as they are, in UTF-8 text", async () => {
    const event = {
      ...expulsion,
      participants: [{ name: "Сергей Скрипаль", role: "victim" }],
      location: { city: "Zürich", country: "CH" },
      summary: "北京 — «quoted»",
    } as EventBase;
    const [, row] = await lines([event], { columns: ["persons", "city", "summary"] });
    expect(row).toBe("Сергей Скрипаль,Zürich,北京 — «quoted»");
  });

  it("leaves empty and absent fields as empty cells", async () => {
    const [, row] = await lines([{ id: "e2", type: "expulsion" } as EventBase], {
      columns: ["id", "date", "count", "summary", "tags"],
    });
    expect(row).toBe("e2,,,,");
  });

  it("joins lists with '; ', escaping a separator inside an item, and writes relations as kind:event", async () => {
    const event = {
      ...expulsion,
      tags: ["a;b", "c"],
      relations: [
        { kind: "retaliation_for", event: "evt-12" },
        { kind: "part_of", event: "wave-1" },
      ],
    } as EventBase;
    const [, row] = await lines([event], { columns: ["tags", "relations"] });
    expect(row).toBe("a\\;b; c,retaliation_for:evt-12; part_of:wave-1");
  });

  it("writes dates as EDTF with ISO first and last days, and actors' countries as alpha-2", async () => {
    const [, row] = await lines([{ ...expulsion, date: "2022-03~" } as EventBase], {
      columns: ["date", "date_start", "date_end", "date_precision", "initiator_country", "target_country"],
    });
    expect(row).toBe("2022-03~,2022-03-01,2022-03-31,month,US,RU");
  });
});

describe("formula injection", () => {
  const cells = async (summary: string, options: CsvExportOptions = {}) =>
    (await lines([{ ...expulsion, summary } as EventBase], { columns: ["summary"], ...options }))[1];

  it.each([
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ["+1+cmd", "'+1+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["'already quoted", "''already quoted"],
  ])("neutralizes %j", async (value, cell) => {
    expect(await cells(value)).toBe(/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  });

  it("neutralizes a leading tab or carriage return, quoting the latter", async () => {
    expect(await cells("\tcmd")).toBe("'\tcmd");
    expect(await cells("\rcmd")).toBe('"\'\rcmd"');
  });

  it("leaves numbers computable: a negative longitude, a count, a number-like text", async () => {
    const event = { ...expulsion, location: { lat: 47.6, lon: -122.3321, precision: "city" }, summary: "-5" };
    expect((await lines([event as EventBase], { columns: ["lat", "lon", "count", "summary"] }))[1]).toBe(
      "47.6,-122.3321,60,-5",
    );
  });

  it("can be switched off", async () => {
    expect(await cells("=1+1", { protectFormulas: false })).toBe("=1+1");
  });
});

describe("any event type", () => {
  it("exports a registered downstream type through its own columns", async () => {
    const designation = defineEventType({
      type: "sanctions_designation",
      description: "A designation.",
      initiator: "the designating state",
      target: null,
      fields: { listName: z.string(), aliases: z.array(z.string()).optional() },
    });
    const text = await toCsvString(
      [{ id: "s1", type: "sanctions_designation", initiator: "GB", listName: "UK list", aliases: ["A", "B"] }],
      { registry: registry.withEventType(designation), details: false },
    );
    const [header, row] = text.split("\r\n");
    expect(header?.endsWith(",list_name,aliases")).toBe(true);
    expect(row?.endsWith(",UK list,A; B")).toBe(true);
  });

  it("exports a type the registry has never seen, its own fields as JSON cells", async () => {
    const unknown = { id: "u1", type: "satellite_launch", payload: { kg: 300 }, orbit: "LEO" } as EventBase;
    const [header, row] = await lines([unknown], { details: false });
    expect(header?.split(",").slice(STANDARD_COLUMNS.length)).toEqual(["orbit", "payload"]);
    expect(row?.endsWith(',LEO,"{""kg"":300}"')).toBe(true);
  });
});

describe("ext columns while streaming", () => {
  const withExt = (id: string, ext: Record<string, Record<string, unknown>>) =>
    ({ ...expulsion, id, ext }) as EventBase;

  it("finds the ext columns of the events read ahead, sorted, after the declared ones", async () => {
    const events = [withExt("a", { zeta: { z: 1 } }), withExt("b", { acme: { score: "high" } })];
    const [header, first, second] = await lines(events, { details: false, types: ["expulsion"], ext: ["ext.x.y"] });
    expect(header?.split(",").slice(-3)).toEqual(["ext.x.y", "ext.acme.score", "ext.zeta.z"]);
    expect(first?.endsWith(",,,1")).toBe(true);
    expect(second?.endsWith(",,high,")).toBe(true);
  });

  it("stops with TC_CSV_LATE_COLUMN, naming the event, when a column first appears after the header", async () => {
    const events = [withExt("a", {}), withExt("b", { acme: { score: 1 } })];
    const error = await csv(events, { lookahead: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TradecraftError);
    expect(error).toMatchObject({ code: "TC_CSV_LATE_COLUMN", position: { record: 1 } });
    expect((error as Error).message).toContain("'ext.acme.score'");
    expect((error as TradecraftError).hint).toContain('ext: ["ext.acme.score"]');
    await expect(csv(events, { lookahead: 0, ext: ["ext.acme.score"] })).resolves.toContain("\r\nb,");
  });
});

describe("streaming", () => {
  it("hands out text before the input ends, in constant memory", async () => {
    async function* endless() {
      for (let i = 0; ; i++) yield { ...expulsion, id: `e${i}`, summary: "x".repeat(200) } as EventBase;
    }
    const chunks = formatCsv(endless(), { registry, lookahead: 10 });
    const first = await chunks.next();
    const second = await chunks.next();
    await chunks.return(undefined);
    expect(first.value?.length).toBeGreaterThan(60_000);
    expect(second.value?.startsWith("e")).toBe(true);
  });

  it("is a plugin exporter that takes the registry and the dataset's entities from its context", async () => {
    const event = { ...expulsion, initiator: "org:us-state", target: "RU" } as EventBase;
    const entities = [
      { id: "org:us-state", kind: "organization", name: "State Dept", organizationType: "ministry", country: "US" },
    ] as const;
    let text = "";
    for await (const chunk of csvExporter.export(
      [event],
      { columns: ["initiator", "initiator_country"] },
      {
        registry,
        dataset: { entities: [...entities] },
      },
    ))
      text += chunk;
    expect(text).toBe("initiator,initiator_country\r\norg:us-state,US\r\n");
    expect(csvExporter).toMatchObject({ extension: "csv", mediaType: "text/csv" });
  });

  it("refuses bad options with TC_CSV_OPTIONS", async () => {
    await expect(csv([expulsion], { delimiter: '"' })).rejects.toMatchObject({ code: "TC_CSV_OPTIONS" });
    await expect(csv([expulsion], { columns: ["id", "id"] })).rejects.toThrow(/named twice/);
    await expect(csv([expulsion], { ext: ["ext.only"] })).rejects.toMatchObject({ code: "TC_CSV_OPTIONS" });
  });
});

describe("the examples' dataset", () => {
  it("is written byte for byte as examples/data/events.csv, which the parser's round-trip test reads", async () => {
    await expect(await csv(datasetEvents())).toMatchFileSnapshot("../../../examples/data/events.csv");
  });
});
