import type { Gazetteer } from "@tradecraft/core";
import { normalizeCountry } from "./countries";
import { normalizeCount } from "./counts";
import { type DateOrder, normalizeDate } from "./dates";

/** A cell read successfully, or the reason it could not be, with what to do. */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export interface NormalizeContext {
  readonly gazetteer?: Gazetteer | undefined;
  readonly dateOrder?: DateOrder | undefined;
}

/** The cells one spreadsheet cell becomes (a hedged count also sets `count_qualifier`), or a coded problem. */
export type CellReading =
  | { ok: true; cells: readonly (readonly [string, string])[] }
  | { ok: false; code: string; message: string; hint: string };

const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;

/** Normalizes a cell bound for a flat-layout column: states, dates, counts and percentages; others pass as they are. */
export const normalizeCell = (column: string, cell: string, context: NormalizeContext): CellReading => {
  const one = (reading: Reading<string>, code: string): CellReading =>
    reading.ok ? { ok: true, cells: [[column, reading.value]] } : { ...reading, code };
  switch (column) {
    case "initiator":
    case "target":
      return one(normalizeCountry(cell, { gazetteer: context.gazetteer, entities: true }), "TC_CSV_COUNTRY");
    case "initiator_country":
    case "target_country":
    case "country":
      return one(normalizeCountry(cell, { gazetteer: context.gazetteer, entities: false }), "TC_CSV_COUNTRY");
    case "date":
    case "date_start":
    case "date_end":
      return one(normalizeDate(cell, context.dateOrder), "TC_CSV_DATE");
    case "count": {
      const reading = normalizeCount(cell);
      if (!reading.ok) return { ...reading, code: "TC_CSV_COUNT" };
      const { count, qualifier } = reading.value;
      const cells: [string, string][] = [];
      if (count !== undefined) cells.push(["count", String(count)]);
      if (qualifier !== undefined) cells.push(["count_qualifier", qualifier]);
      return { ok: true, cells };
    }
    case "confidence": {
      const percent = PERCENT.exec(cell.trim());
      return { ok: true, cells: [[column, percent ? String(Number(percent[1]) / 100) : cell.trim()]] };
    }
    default:
      return { ok: true, cells: [[column, cell]] };
  }
};
