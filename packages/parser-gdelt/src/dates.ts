import { dateFromParts, TradecraftError } from "@tradecraft/core";
import type { GdeltRow } from "./row";

/** The EDTF day (`2019-10-24`) of a YYYYMMDD text, or undefined when it is no calendar day (`20190230`). */
const calendarDay = (digits: string): string | undefined => {
  if (!/^\d{8}$/.test(digits)) return undefined;
  const [year, month, day] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number) as [
    number,
    number,
    number,
  ];
  if (month < 1 || day < 1) return undefined;
  try {
    return dateFromParts({ year, month, day });
  } catch (error) {
    if (error instanceof TradecraftError) return undefined;
    throw error;
  }
};

/** SQLDATE (YYYYMMDD), the day GDELT dates the event to, as an EDTF day; a problem when it is no such day. */
export const readEventDay = (row: GdeltRow): string | undefined =>
  calendarDay(row.text("SQLDATE")) ??
  row.problem("TC_GDELT_BAD_DATE", "SQLDATE", `'${row.text("SQLDATE")}' is not a calendar day (YYYYMMDD)`);

/** What DATEADDED says: the number as GDELT writes it, and for GDELT 2.0 the UTC instant it stands for. */
export interface DateAdded {
  readonly value: number;
  /** The UTC day, YYYYMMDD: what collapsing windows on. */
  readonly day: string;
  /** `YYYY-MM-DDTHH:MM:SSZ`, for the 14-digit timestamps of GDELT 2.0. */
  readonly instant?: string;
}

/**
 * DATEADDED: when GDELT added the row, `YYYYMMDDHHMMSS` (UTC, in 15-minute steps) in GDELT 2.0 and `YYYYMMDD`
 * in 1.0; a problem when it is neither.
 */
export const readDateAdded = (row: GdeltRow): DateAdded | undefined => {
  const text = row.text("DATEADDED");
  const day = calendarDay(text.slice(0, 8));
  if (row.layout.version !== "2.0") {
    if (day !== undefined && text.length === 8) return { value: Number(text), day: text };
    return row.problem("TC_GDELT_BAD_DATE", "DATEADDED", `'${text}' is not a YYYYMMDD date for GDELT 1.0`);
  }
  const clock = /^([01]\d|2[0-3])([0-5]\d)([0-5]\d)$/.exec(text.slice(8));
  if (day === undefined || clock === null) {
    return row.problem("TC_GDELT_BAD_DATE", "DATEADDED", `'${text}' is not a YYYYMMDDHHMMSS timestamp for GDELT 2.0`);
  }
  const [, hour, minute, second] = clock;
  return { value: Number(text), day: text.slice(0, 8), instant: `${day}T${hour}:${minute}:${second}Z` };
};
