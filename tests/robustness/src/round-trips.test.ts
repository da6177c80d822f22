import {
  compareDates,
  earliest,
  formatDate,
  formatNdjson,
  latest,
  type ParseRecord,
  parseDate,
  parseNdjson,
  readDataset,
  relateDates,
  unflattenRow,
  writeDataset,
} from "@tradecraft/core";
import { toCsvString } from "@tradecraft/exporter-csv";
import { PLACEMENT_PROPERTIES, toFeatureCollection } from "@tradecraft/exporter-geojson";
import { parseCsv } from "@tradecraft/parser-csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryEvents, edtfDate } from "./arbitrary-events";
import { registry } from "./registry";

/** Enough runs to meet every event type several times, few enough to keep CI quick. */
const runs = { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 150) };
const timeout = { timeout: 60_000 };
const events = arbitraryEvents(registry);

const collect = async <E>(records: AsyncIterable<ParseRecord<E>>) => {
  const out: { events: E[]; problems: string[] } = { events: [], problems: [] };
  for await (const record of records) {
    if (record.kind === "event") out.events.push(record.event);
    else out.problems.push(record.kind === "diagnostic" ? record.diagnostic.message : record.reason);
  }
  return out;
};

const concat = async (chunks: AsyncIterable<string>) => {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
};

describe("generated events of every registered type (with an extension type) survive", () => {
  it("Dataset -> JSON -> Dataset exactly", timeout, () =>
    fc.assert(
      fc.property(events, (list) => {
        const { dataset, diagnostics } = readDataset(writeDataset({ events: list }), { registry });
        expect(diagnostics).toEqual([]);
        expect(dataset.events).toEqual(list);
      }),
      runs,
    ),
  );

  it("events -> NDJSON -> events exactly", timeout, () =>
    fc.assert(
      fc.asyncProperty(events, async (list) => {
        const back = await collect(parseNdjson(await concat(formatNdjson(list)), { registry }));
        expect(back).toEqual({ events: list, problems: [] });
      }),
      runs,
    ),
  );

  it("events -> CSV -> events exactly", timeout, () =>
    fc.assert(
      fc.asyncProperty(events, async (list) => {
        const back = await collect(parseCsv(await toCsvString(list, { registry }), { registry }));
        expect(back).toEqual({ events: list, problems: [] });
      }),
      runs,
    ),
  );

  it("GeoJSON export with every event's id and its properties", timeout, () =>
    fc.assert(
      fc.asyncProperty(events, async (list) => {
        const { featureCollection } = await toFeatureCollection(list, { registry });
        const features = featureCollection.features;
        expect(features.map((f) => f.id)).toEqual(list.map((e) => e.id));
        for (const [i, feature] of features.entries()) {
          // The properties are the flat layout plus the placement columns: the event is rebuilt from them.
          const flat = Object.fromEntries(
            Object.entries(feature.properties ?? {}).filter(([name]) => !PLACEMENT_PROPERTIES.includes(name as never)),
          );
          const rebuilt = registry.parseEvent(unflattenRow(flat as never, registry).event);
          expect(rebuilt.success && rebuilt.event).toEqual(list[i]);
        }
      }),
      runs,
    ),
  );
});

describe("partial dates", () => {
  it("format(parse(x)) gives x back, and parse(format(d)) gives d back", () =>
    fc.assert(
      fc.property(edtfDate, (text) => {
        const date = parseDate(text);
        expect(formatDate(date)).toBe(text);
        expect(parseDate(formatDate(date))).toEqual(date);
      }),
      { numRuns: 1000 },
    ));

  it("order consistently with their earliest and latest instants", () =>
    fc.assert(
      fc.property(edtfDate, edtfDate, edtfDate, (a, b, c) => {
        const order = compareDates(a, b);
        // Antisymmetry; the sum avoids telling -0 from +0.
        expect(Math.sign(compareDates(b, a)) + Math.sign(order)).toBe(0);
        if (order <= 0 && compareDates(b, c) <= 0) expect(compareDates(a, c)).toBeLessThanOrEqual(0);
        const [startA, startB] = [earliest(a), earliest(b)];
        if (startA && startB && startA < startB) expect(order).toBe(-1);
        const relation = relateDates(a, b);
        const [endA] = [latest(a)];
        if (relation === "before") expect(endA && startB && endA < startB).toBe(true);
        if (endA && startB && endA < startB) expect(relation).toBe("before");
      }),
      { numRuns: 1000 },
    ));
});
