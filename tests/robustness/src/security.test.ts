import { type ParseRecord, parseNdjson, parseWith, readDataset } from "@tradecraft/core";
import { toCsvString } from "@tradecraft/exporter-csv";
import { gazetteer } from "@tradecraft/gazetteer";
import { parseCsv } from "@tradecraft/parser-csv";
import { parseGdelt } from "@tradecraft/parser-gdelt";
import { extractEvents, textParser } from "@tradecraft/parser-text";
import { zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { registry } from "./registry";

const collect = async <E>(records: AsyncIterable<ParseRecord<E>>) => {
  const events: E[] = [];
  const codes: string[] = [];
  let skips = 0;
  for await (const record of records) {
    if (record.kind === "event") events.push(record.event);
    else if (record.kind === "diagnostic") codes.push(record.diagnostic.code);
    else skips += 1;
  }
  return { events, codes, skips };
};

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, milliseconds: performance.now() - started };
};

const event = { id: "e1", type: "expulsion", initiator: "GB", target: "RU" };
const ndjsonLine = (fields: object) => `${JSON.stringify({ ...event, ...fields })}\n`;

describe("CSV formula injection", () => {
  const payloads = ['=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=1"];

  it("is neutralized on export by default and read back exactly", async () => {
    const events = payloads.map((summary, i) => ({ ...event, id: `e${i}`, summary }));
    const csv = await toCsvString(events, { registry });
    const summaryColumn = csv.split("\r\n")[0]?.split(",").indexOf("summary") ?? -1;
    for (const line of csv.split("\r\n").slice(1, -1)) {
      const cell = line.split(",")[summaryColumn]?.replace(/^"/, "");
      expect(cell?.startsWith("'")).toBe(true);
    }
    expect((await collect(parseCsv(csv, { registry }))).events).toEqual(events);
  });

  it("leaves plain numbers alone, so spreadsheets can still compute with them", async () => {
    const csv = await toCsvString([{ ...event, location: { lat: -33.5, lon: -70.25, precision: "city" } }], {
      registry,
    });
    expect(csv).toContain(",-33.5,-70.25,");
  });
});

describe("prototype pollution", () => {
  afterEach(() => {
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  const hostile = `{"id":"e1","type":"expulsion","__proto__":{"polluted":1}}`;
  const hostileExt = `{"id":"e1","type":"expulsion","ext":{"acme":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}}`;

  it("through NDJSON: a reserved key anywhere refuses the record", async () => {
    const { events, codes } = await collect(parseNdjson(`${hostile}\n${hostileExt}\n`, { registry }));
    expect(events).toEqual([]);
    expect(codes).toEqual(["TC_EVENT_INVALID", "TC_EVENT_INVALID"]);
  });

  it("through a Dataset JSON file", () => {
    const { dataset, diagnostics } = readDataset(`{"__proto__":{"polluted":1},"events":[${hostile},${hostileExt}]}`, {
      registry,
    });
    expect(dataset.events).toEqual([]);
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
  });

  it("through CSV headers, ext columns and JSON cells", async () => {
    const csv = [
      "id,type,__proto__,constructor,prototype,ext.__proto__.polluted,ext.acme.__proto__,ext.acme.data",
      'e1,expulsion,1,2,3,4,5,"{""__proto__"":{""polluted"":1}}"',
    ].join("\n");
    const { events } = await collect(parseCsv(csv, { registry }));
    for (const parsed of events) expect(JSON.stringify(parsed)).not.toContain("polluted");
  });

  it("through a mapping naming reserved keys", async () => {
    const csv = "Who,What\nGB,x\n";
    const mapping = { Who: "initiator", What: "ext.acme.__proto__", __proto__: "summary" } as Record<string, string>;
    const { events } = await collect(parseCsv(csv, { registry, type: "expulsion", mapping }));
    for (const parsed of events) expect(Object.keys(parsed.ext?.acme ?? {})).not.toContain("__proto__");
  });
});

describe("pathological inputs finish in linear time", () => {
  it("a million commas in one CSV record", async () => {
    const { result, milliseconds } = await timed(() =>
      collect(parseCsv(`id,type\n${",".repeat(1_000_000)}\n`, { registry })),
    );
    expect(result.skips + result.codes.length).toBe(1);
    expect(milliseconds).toBeLessThan(5_000);
  });

  it.each([1_000, 100_000])("JSON nested %i deep is refused with a diagnostic, not a stack overflow", async (depth) => {
    const deep = `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const line = `{"id":"e1","type":"expulsion","ext":{"acme":{"deep":${deep}}}}`;
    expect((await collect(parseNdjson(line, { registry }))).codes).toEqual(["TC_JSON_TOO_DEEP"]);
    expect(readDataset(`{"events":[${line}]}`, { registry }).diagnostics.map((d) => d.code)).toEqual([
      "TC_JSON_TOO_DEEP",
    ]);
    const csv = `id,type,ext.acme.deep\ne1,expulsion,${deep}\n`;
    expect((await collect(parseCsv(csv, { registry }))).codes).toEqual(["TC_JSON_TOO_DEEP"]);
  });

  it("100 KB without a line end, and a line of 100 000 quotes", async () => {
    const long = "a".repeat(100_000);
    const { milliseconds } = await timed(async () => {
      await collect(parseNdjson(long, { registry }));
      await collect(parseCsv(`id,type\n${'"'.repeat(100_000)}`, { registry }));
      await collect(parseGdelt(long, { registry }));
    });
    expect(milliseconds).toBeLessThan(5_000);
  });
});

describe("pathological prose finishes in linear time (the text parser)", () => {
  const text = (input: string, html = false) =>
    collect(parseWith(registry, textParser, input, { html, published: "2024-03-12" }, { gazetteer }));

  // Found by fuzzing: the tagger tests each word with a regular expression quadratic in its length (19 s here).
  it.each([
    ["100 KB without a space or a sentence end", "a".repeat(100_000)],
    ["100 KB of one dotted word", "a.".repeat(50_000)],
    ["100 KB of trigger words without a sentence end", "expelled ".repeat(11_000)],
    ["50 000 numbers", "1 ".repeat(50_000)],
    ["100 KB of country words", "Russian diplomats ".repeat(5_500)],
    ["100 KB of sentence ends", ". ".repeat(50_000)],
    ["3 000 short sentences with events", "Russia expelled 3 Polish diplomats. ".repeat(3_000)],
  ])("%s", { timeout: 30_000 }, async (_, input) => {
    const { result, milliseconds } = await timed(() => text(input));
    expect(milliseconds).toBeLessThan(5_000);
    expect(result.events.length).toBeLessThanOrEqual(input.length / 8);
    const html = await timed(() => text(`<p>${input}</p>${"<b>".repeat(10_000)}`, true));
    expect(html.milliseconds).toBeLessThan(5_000);
  });

  it("reads a sentence after a 100 KB word as it reads it alone", () => {
    const sentence = "Norway expelled three Russian diplomats on Tuesday.";
    const alone = extractEvents(sentence, { gazetteer, published: "2024-03-12" });
    const after = extractEvents(`${"x".repeat(100_000)} ${sentence}`, { gazetteer, published: "2024-03-12" });
    expect(alone).toHaveLength(1);
    expect(after.map((e) => ({ ...e, id: "", sources: [] }))).toEqual(
      alone.map((e) => ({ ...e, id: "", sources: [] })),
    );
  });

  it("words that are Object.prototype keys are plain words", async () => {
    const keys = ["constructor", "__proto__", "prototype", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
    for (const key of keys) {
      const input = `${key} expelled 3 ${key} diplomats from ${key}. The ${key} police arrested ${key} in ${key} on ${key}. &${key}; <${key}>`;
      const { codes } = await text(input);
      expect(codes).toEqual([]);
      await text(input, true);
    }
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("resource limits, with clear diagnostics", () => {
  it("an over-long NDJSON line", async () => {
    const text = `${ndjsonLine({ summary: "x".repeat(5_000) })}${ndjsonLine({ id: "e2" })}`;
    const { events, codes } = await collect(parseNdjson(text, { registry, maxLineLength: 1_000 }));
    expect(codes).toEqual(["TC_LINE_TOO_LONG"]);
    expect(events.map((e) => e.id)).toEqual(["e2"]);
  });

  it("an over-long CSV record (an unclosed quote swallowing the file)", async () => {
    const csv = `id,type,summary\ne1,expulsion,"never closed\n${"e,expulsion,x\n".repeat(2_000)}`;
    const { codes } = await collect(parseCsv(csv, { registry, maxRecordSize: 1_000 }));
    expect(codes).toContain("TC_CSV_RECORD_TOO_LONG");
  });

  it("an over-long GDELT line", async () => {
    const { codes } = await collect(parseGdelt("x\t".repeat(10_000), { registry, maxLineLength: 1_000 }));
    expect(codes).toEqual(["TC_GDELT_LINE_TOO_LONG"]);
  });

  it("a zip bomb: a GDELT archive that unzips past maxDecompressedBytes is refused", async () => {
    const bomb = zipSync({ "20240101.export.CSV": new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const { codes } = await collect(parseGdelt(bomb, { registry, maxDecompressedBytes: 1_000_000 }));
    expect(codes).toContain("TC_GDELT_ZIP_TOO_LARGE");
  });
});

describe("encodings", () => {
  const lines = [ndjsonLine({ id: "e1" }), ndjsonLine({ id: "e2" }), ndjsonLine({ id: "e3" })].map((l) => l.trimEnd());
  const bytes = (text: string) => new TextEncoder().encode(text);

  it.each([
    ["LF", lines.join("\n")],
    ["CRLF", lines.join("\r\n")],
    ["CR", lines.join("\r")],
    ["a UTF-8 BOM", `\uFEFF${lines.join("\n")}`],
  ])("NDJSON and CSV read the same events with %s", async (_, text) => {
    expect((await collect(parseNdjson(bytes(text), { registry }))).events.map((e) => e.id)).toEqual(["e1", "e2", "e3"]);
    const newline = /\r\n|\r|\n/.exec(text)?.[0] ?? "\n";
    const csv = text.replace(/\{"id":"(e\d)"[^\n\r]*\}/g, "$1,expulsion").replace(/^(\uFEFF?)/, `$1id,type${newline}`);
    expect((await collect(parseCsv(bytes(csv), { registry }))).events.map((e) => e.id)).toEqual(["e1", "e2", "e3"]);
  });

  it("mixed newlines: NDJSON reads every line; CSV takes the first line's and reports rows that end otherwise", async () => {
    const text = `${lines[0]}\r\n${lines[1]}\r${lines[2]}\n`;
    expect((await collect(parseNdjson(bytes(text), { registry }))).events.map((e) => e.id)).toEqual(["e1", "e2", "e3"]);
    const csv = await collect(parseCsv("id,type\ne1,expulsion\r\ne2,expulsion\n", { registry }));
    expect(csv.events.length + csv.codes.length).toBe(2);
    expect(csv.codes).toEqual(["TC_EVENT_UNKNOWN_TYPE"]);
  });

  it("reports invalid UTF-8 on its own line instead of silently replacing it", async () => {
    const broken = Uint8Array.from([
      ...bytes(`${lines[0]}\n`),
      ...bytes(lines[1] ?? "").map((b, i) => (i === 40 ? 0xff : b)),
      10,
      ...bytes(lines[2] ?? ""),
    ]);
    const ndjson = await collect(parseNdjson(broken, { registry }));
    expect(ndjson.codes).toEqual(["TC_INVALID_UTF8"]);
    expect(ndjson.events.map((e) => e.id)).toEqual(["e1", "e3"]);
    const csv = await collect(
      parseCsv(Uint8Array.from([...bytes("id,type,summary\ne1,expulsion,ok\ne2,expulsion,"), 0xc3, 0x28, 10]), {
        registry,
      }),
    );
    expect(csv.codes).toEqual(["TC_INVALID_UTF8"]);
  });

  it("NUL bytes are data or diagnostics, never a crash", async () => {
    const ndjson = await collect(
      parseNdjson(`${lines[0]}\n\0\n${ndjsonLine({ id: "e2", summary: "a\u0000b" })}`, { registry }),
    );
    expect(ndjson.codes).toEqual(["TC_JSON_SYNTAX"]);
    expect(ndjson.events.map((e) => e.summary)).toEqual([undefined, "a\u0000b"]);
    const csv = await collect(parseCsv("id,type,summary\ne1,expulsion,a\u0000b\n\u0000\n", { registry }));
    expect(csv.events.map((e) => e.summary)).toEqual(["a\u0000b"]);
    expect(csv.codes.length + csv.skips).toBe(1);
  });
});
