import {
  type Diagnostic,
  mergeDiagnostics,
  ndjsonParser,
  type ParseRecord,
  parseNdjson,
  zodIssuesToDiagnostics,
} from "@tradecraft/core";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { arbitraryEvent, arbitraryEvents } from "./arbitrary-events";
import { registry } from "./registry";

/**
 * `parseNdjson` reads a chunk's lines in one synchronous loop and checks events with `z.compile`d schemas (issue
 * 10; a type's schema is compiled once 200 events of it have been checked). Both are speed only: the records must
 * be exactly those of the plain path, a line at a time through the parser plugin, each event checked by its
 * type's schema as written (not compiled), whatever the chunking.
 */
const runs = { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 300) };

const PRE_SCHEMA = new Set(["TC_EVENT_NOT_OBJECT", "TC_EVENT_NO_TYPE", "TC_EVENT_UNKNOWN_TYPE", "TC_JSON_TOO_DEEP"]);

/** The reference: the parser plugin's items, each checked by the uncompiled schema. */
const reference = async (text: string): Promise<unknown[]> => {
  const out: unknown[] = [];
  for await (const item of ndjsonParser.parse(text, {}, { registry })) {
    if (item.kind !== "event") {
      out.push(item);
      continue;
    }
    const checked = registry.parseEvent(item.event);
    const first = checked.diagnostics[0];
    if (first !== undefined && PRE_SCHEMA.has(first.code)) {
      out.push({ kind: "diagnostic", diagnostic: mergeDiagnostics(checked.diagnostics, { position: item.position }) });
      continue;
    }
    const type = (item.event as { type: string }).type;
    const schema = (registry.types as Record<string, { schema: z.ZodType }>)[type]?.schema as z.ZodType;
    const plain = schema.safeParse(item.event);
    out.push(
      plain.success
        ? { kind: "event", event: plain.data, position: item.position }
        : {
            kind: "diagnostic",
            diagnostic: mergeDiagnostics(zodIssuesToDiagnostics(plain.error, "TC_EVENT_INVALID") as Diagnostic[], {
              position: item.position,
            }),
          },
    );
  }
  return out;
};

const collect = async (records: AsyncIterable<ParseRecord<unknown>>) => {
  const out: unknown[] = [];
  for await (const record of records) out.push(record);
  return out;
};

function* chunked(text: string, sizes: readonly number[], bytes: boolean): Generator<string | Uint8Array> {
  const whole = bytes ? new TextEncoder().encode(text) : text;
  let start = 0;
  for (const size of sizes) {
    if (start >= whole.length) return;
    yield whole.slice(start, start + size);
    start += size;
  }
  if (start < whole.length) yield whole.slice(start);
}

/** Damage that makes events fail their schema in every way: wrong values, missing and unknown fields. */
const damage = fc.oneof(
  fc.constant((e: Record<string, unknown>) => ({ ...e, date: "60" })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, date: "2018-13" })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, initiator: "XX" })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, count: -1 })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, surplus: true })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, ext: { Bad: { a: 1 } } })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, ext: { ok: { a: [1, { b: null }] } } })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, location: { lat: 200 } })),
  fc.constant((e: Record<string, unknown>) => ({ ...e, type: "nonsense" })),
  fc.constant((e: Record<string, unknown>) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== "id"))),
  fc.constant((e: Record<string, unknown>) => ({ ...e, sources: [{}] })),
  fc.constant((e: Record<string, unknown>) => e),
);

const lineOf = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "{", "[1,2]", "null", '"x"', "{}", '{"type":1}') },
);

const ndjson = fc
  .tuple(
    arbitraryEvents(registry, 6),
    fc.array(fc.tuple(damage, lineOf), { minLength: 6, maxLength: 6 }),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.boolean(),
  )
  .map(([events, edits, newline, bom]) => {
    const lines = events.map((event, i) => {
      const [hurt, replacement] = edits[i] as [(e: Record<string, unknown>) => unknown, string | undefined];
      return replacement ?? JSON.stringify(hurt(event as Record<string, unknown>));
    });
    return `${bom ? "\uFEFF" : ""}${lines.join(newline)}${newline}`;
  });

describe("parseNdjson: the fast path reads exactly what the plain path reads", () => {
  // The registry compiles a type's schema once it has checked 200 events of it: get every type past that first,
  // so that the property below compares the compiled checks (and not only the schemas as written) with the plain path.
  beforeAll(() => {
    const byType = new Map<string, unknown>();
    for (const event of fc.sample(arbitraryEvent(registry), 600)) byType.set((event as { type: string }).type, event);
    for (const event of byType.values()) for (let i = 0; i < 250; i++) registry.parseEvent(event);
    expect(byType.size).toBeGreaterThan(15);
  });

  it("same events, diagnostics and positions, in any chunking, as strings or bytes", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        ndjson,
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 6 }),
        fc.boolean(),
        async (text, sizes, bytes) => {
          const expected = await reference(text);
          expect(await collect(parseNdjson(chunked(text, sizes, bytes), { registry }))).toEqual(expected);
        },
      ),
      runs,
    );
  });
});
