import { describe, expect, it } from "vitest";
import { coreRegistry } from "./model/event-types";
import { sanctionsDesignation } from "./model/examples.fixture";
import { formatNdjson, ndjsonParser, parseNdjson } from "./ndjson";
import type { ParseRecord } from "./plugins";

const collect = async <T>(records: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const r of records) out.push(r);
  return out;
};

const expulsion = {
  id: "evt-1",
  type: "expulsion",
  date: "2022-04-05",
  initiator: "FR",
  target: "RU",
  count: 35,
  summary: "Paris told thirty-five Russian diplomats to go.",
  sources: [{ publisher: "Example Wire", title: "France expels diplomats", url: "https://example.org/a" }],
};
const closure = { id: "evt-2", type: "mission_closure", initiator: "RU", target: "US", location: { country: "RU" } };

const split = <E>(records: ParseRecord<E>[]) => ({
  events: records.flatMap((r) => (r.kind === "event" ? [r] : [])),
  diagnostics: records.flatMap((r) => (r.kind === "diagnostic" ? [r.diagnostic] : [])),
});

describe("parseNdjson", () => {
  it("reads events with their line numbers", async () => {
    const text = `${JSON.stringify(expulsion)}\n\n${JSON.stringify(closure)}\n`;
    const { events, diagnostics } = split(await collect(parseNdjson(text, { registry: coreRegistry })));
    expect(diagnostics).toEqual([]);
    expect(events.map((e) => [e.event.id, e.position.line])).toEqual([
      ["evt-1", 1],
      ["evt-2", 3],
    ]);
    expect(events[0]?.event).toEqual(expulsion);
  });

  it("turns every bad line into one diagnostic with its line, and keeps going", async () => {
    const lines = [
      JSON.stringify(expulsion),
      '{"id": "evt-3", "type": "expulsion",}',
      JSON.stringify({ ...closure, id: "evt-4", date: "2022-02-30" }),
      JSON.stringify({ id: "evt-5", type: "sanctions_designation" }),
      "[1, 2]",
      JSON.stringify({ ...closure, id: "evt-6", count: -3, date: "2018-13" }),
      JSON.stringify(closure),
    ];
    const records = await collect(parseNdjson(lines.join("\r\n"), { registry: coreRegistry }));
    expect(records).toHaveLength(lines.length);
    const { events, diagnostics } = split(records);
    expect(events.map((e) => e.position.line)).toEqual([1, 7]);
    expect(diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      ["TC_JSON_SYNTAX", 2],
      ["TC_EVENT_INVALID", 3],
      ["TC_EVENT_UNKNOWN_TYPE", 4],
      ["TC_EVENT_NOT_OBJECT", 5],
      ["TC_EVENT_INVALID", 6],
    ]);
    expect(diagnostics[0]?.message).toMatch(/^invalid JSON: /);
    expect(diagnostics[0]?.position?.column).toBe(37);
    expect(diagnostics[1]?.message).toBe("date: '2022-02-30' is not a valid day: February 2022 has 28 days");
    expect(diagnostics[4]?.message).toMatch(/^date: '2018-13' is not a valid month; count: /);
    for (const d of diagnostics) expect(d.hint).toBeTruthy();
  });

  it("reads bytes and chunked streams split anywhere, with BOM, CRLF and lone CR", async () => {
    const text = `\uFEFF${JSON.stringify({ ...expulsion, summary: "Париж — 35 дипломатов" })}\r\n${JSON.stringify(closure)}\r${JSON.stringify({ ...closure, id: "evt-9" })}`;
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const chunks = async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      };
      const { events, diagnostics } = split(await collect(parseNdjson(chunks(), { registry: coreRegistry })));
      expect(diagnostics).toEqual([]);
      expect(events.map((e) => [e.event.id, e.position.line])).toEqual([
        ["evt-1", 1],
        ["evt-2", 2],
        ["evt-9", 3],
      ]);
      expect(events[0]?.event.summary).toBe("Париж — 35 дипломатов");
    }
  });

  it("reports invalid UTF-8 and over-long lines instead of reading them", async () => {
    const good = new TextEncoder().encode(`${JSON.stringify(closure)}\n`);
    const bad = new Uint8Array([
      ...new TextEncoder().encode('{"id":"x'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}\n'),
    ]);
    const records = await collect(parseNdjson([good, bad], { registry: coreRegistry }));
    expect(records.map((r) => (r.kind === "diagnostic" ? r.diagnostic.code : r.kind))).toEqual([
      "event",
      "TC_INVALID_UTF8",
    ]);
    const long = `${JSON.stringify({ ...closure, summary: "x".repeat(500) })}\n${JSON.stringify(closure)}`;
    const limited = await collect(parseNdjson(long, { registry: coreRegistry, maxLineLength: 200 }));
    expect(limited.map((r) => (r.kind === "diagnostic" ? r.diagnostic.code : r.kind))).toEqual([
      "TC_LINE_TOO_LONG",
      "event",
    ]);
  });

  it("reports an over-long line whose kept start is blank, and skips a long blank line (found by fuzzing)", async () => {
    const codes = async (text: string, chunk: number) => {
      const chunks = Array.from({ length: Math.ceil(text.length / chunk) }, (_, i) =>
        text.slice(i * chunk, (i + 1) * chunk),
      );
      const records = await collect(parseNdjson(chunks, { registry: coreRegistry, maxLineLength: 200 }));
      return records.map((r) =>
        r.kind === "diagnostic" ? `${r.diagnostic.code}@${r.diagnostic.position?.line}` : r.kind,
      );
    };
    const hidden = `${" ".repeat(300)}${JSON.stringify(closure)}\n${JSON.stringify(closure)}\n`;
    const blank = `${" ".repeat(300)}\n\t${" ".repeat(300)}\r\n${JSON.stringify(closure)}\n`;
    for (const chunk of [7, 150, 10_000]) {
      expect(await codes(hidden, chunk)).toEqual(["TC_LINE_TOO_LONG@1", "event"]);
      expect(await codes(blank, chunk)).toEqual(["event"]);
    }
  });

  it("round-trips: events -> NDJSON -> events is exact, for downstream types too", async () => {
    const registry = coreRegistry.withEventType(sanctionsDesignation);
    const events = [
      expulsion,
      closure,
      {
        id: "sd-1",
        type: "sanctions_designation",
        initiator: "GB",
        listName: "UK list",
        designatedParty: "a bank",
        ext: { acme: { n: [1, null] } },
      },
    ];
    const text = (await collect(formatNdjson(events))).join("");
    expect(text.split("\n")).toHaveLength(4);
    const back = split(await collect(parseNdjson(text, { registry })));
    expect(back.diagnostics).toEqual([]);
    expect(back.events.map((e) => e.event)).toEqual(events);
  });

  it("detects NDJSON samples", () => {
    expect(ndjsonParser.detect?.(`${JSON.stringify(closure)}\n${JSON.stringify(closure)}\n`)).toBeGreaterThan(0.5);
    expect(ndjsonParser.detect?.("id,type\nevt-1,expulsion\n")).toBe(0);
    // One line, or a sample cut inside its last line: that line must still open an object.
    expect(ndjsonParser.detect?.(`${JSON.stringify(closure)}\n`)).toBeGreaterThan(0.5);
    expect(ndjsonParser.detect?.(`${JSON.stringify(closure)}\n{"id": "evt-9", "ty`)).toBeGreaterThan(0.5);
    expect(ndjsonParser.detect?.("id,type\n")).toBe(0);
    expect(ndjsonParser.detect?.("France expelled two diplomats.")).toBe(0);
  });
});

describe("invalid UTF-8", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const line = (id: string) => `${JSON.stringify({ id, type: "talks" })}\n`;

  it("flags the line that holds the bad bytes, whatever the chunking", async () => {
    const bytes = new Uint8Array([
      ...encode(line("a")),
      ...encode('{"id":"b'),
      0xc3,
      0x28,
      ...encode('","type":"talks"}\n'),
      ...encode(line("c")),
    ]);
    for (const size of [1, 5, 17, bytes.length]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
      const records = await collect(parseNdjson(chunks, { registry: coreRegistry }));
      expect(
        records.map((r) => (r.kind === "diagnostic" ? `${r.diagnostic.code}@${r.diagnostic.position?.line}` : r.kind)),
      ).toEqual(["event", "TC_INVALID_UTF8@2", "event"]);
    }
  });

  it("reports input that ends inside a multi-byte sequence instead of throwing", async () => {
    const bytes = new Uint8Array([...encode(line("a")), ...encode('{"id":"b"}'), 0xe2, 0x82]);
    const records = await collect(parseNdjson([bytes], { registry: coreRegistry }));
    expect(
      records.map((r) => (r.kind === "diagnostic" ? `${r.diagnostic.code}@${r.diagnostic.position?.line}` : r.kind)),
    ).toEqual(["event", "TC_INVALID_UTF8@2"]);
  });
});
