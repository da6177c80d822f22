/// <reference path="./edtf.d.ts" />
import edtf, { type ParsedEdtf, parse as parseEdtf } from "edtf";
import { TradecraftError } from "./diagnostics";

/**
 * Partial and uncertain dates as EDTF (ISO 8601-2) level 0 and 1 strings: `2018`, `2022-03`, `1983-04-05`,
 * `2023-08-09?`, `2022-03~`, `201X`, `2022-03/2022-04`, `2018/..`, `/2006`. The `edtf` package is the grammar;
 * this module turns its result into bounds, a precision and an order, and explains what is wrong with a bad string.
 */

export type DatePrecision = "day" | "month" | "year" | "decade" | "century";

/** One calendar point at its own precision, with its first and last instant (UTC epoch milliseconds). */
export interface DatePoint {
  readonly edtf: string;
  readonly precision: DatePrecision;
  readonly uncertain: boolean;
  readonly approximate: boolean;
  readonly min: number;
  readonly max: number;
}

/** An interval end: a point, `open` (`..`: goes on without limit) or `unknown` (empty: there is an end, not known). */
export type IntervalEnd = DatePoint | "open" | "unknown";

export interface PartialDate {
  /** The canonical EDTF string. */
  readonly edtf: string;
  readonly kind: "date" | "interval";
  /** For a single date, start and end are the same point. */
  readonly start: IntervalEnd;
  readonly end: IntervalEnd;
  /** The coarsest precision of the known ends. */
  readonly precision: DatePrecision;
  readonly uncertain: boolean;
  readonly approximate: boolean;
}

export const DATE_HINT =
  "Write an EDTF date: 2018, 2022-03, 1983-04-05, 2023-08-09? (uncertain), 2022-03~ (approximate), 201X, 2022-03/2022-04, 2018/.. (open) or /2018 (unknown start); leave the date out when nothing is known.";
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, decade: 3, century: 4 };
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const fail = (text: string, message: string): never => {
  throw new TradecraftError({ code: "TC_DATE_INVALID", message, hint: DATE_HINT, excerpt: text });
};

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A month or day that does not exist in one interval end (the grammar lets 29 February through in any year). */
const calendarProblem = (part: string): string | undefined => {
  const m = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?[?~%]?$/.exec(part);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (month >= 21 && month <= 24) {
    return `'${part}' is an EDTF season; seasons are not supported because they mean different months in each hemisphere: write an interval such as ${year}-03/${year}-05`;
  }
  if (month < 1 || month > 12) return `'${part}' is not a valid month`;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `'${part}' is not a valid day: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
  }
  return undefined;
};

/** Says precisely what is wrong with a string the grammar refused. */
const explain = (text: string): string => {
  if (text.trim() === "") return "empty date: leave the field out when the date is unknown";
  if (text !== text.trim()) return `'${text}' has spaces around it`;
  if (/\d[T ]\d{2}:/.test(text)) return `'${text}' has a time of day; events carry calendar dates only`;
  for (const part of text.split("/")) {
    const problem = calendarProblem(part);
    if (problem !== undefined) return problem;
  }
  if (text.split("/").length > 2) return `'${text}' has more than one '/': an interval has exactly two ends`;
  return `'${text}' is not an EDTF level 0/1 date`;
};

const precisionOf = (point: string): DatePrecision => {
  const bare = point.replace(/[?~%]$/, "").replace(/^-/, "");
  const [year = "", month, day] = bare.split("-");
  if (day !== undefined && day !== "XX") return "day";
  if (month !== undefined && month !== "XX") return "month";
  if (year.endsWith("XX")) return "century";
  if (year.endsWith("X")) return "decade";
  return "year";
};

/**
 * EDTF reads two digits as a century (`19` is 1900-1999, `60` is 6000-6099), but a date column or a user that
 * writes `60` almost always means a year with its century left out: refused, saying both readings.
 */
const twoDigits = (text: string): string => {
  const digits = text.replace(/^-/, "");
  return `'${text}' is two digits: EDTF reads it as the century ${text.startsWith("-") ? "-" : ""}${digits}00-${digits}99, not as a year; write the year in full (19${digits} or 20${digits}), or ${text}XX for the century`;
};

const toPoint = (text: string, parsed: ParsedEdtf): DatePoint => {
  if (parsed.type === "Season") fail(text, explain(text.replace(/[?~%]$/, "")));
  if (parsed.type === "Year") fail(text, `'${text}' is a year beyond 9999; such years are not supported`);
  if (parsed.type === "Century") fail(text, twoDigits(text));
  if (parsed.values.length > 3) fail(text, `'${text}' has a time of day; events carry calendar dates only`);
  const problem = calendarProblem(text);
  if (problem !== undefined) fail(text, problem);
  const value = edtf(text, { level: 1 });
  return {
    edtf: value.edtf,
    precision: precisionOf(text),
    uncertain: Boolean(parsed.uncertain),
    approximate: Boolean(parsed.approximate),
    min: value.min,
    max: value.max,
  };
};

const toEnd = (text: string, parsed: ParsedEdtf | null): IntervalEnd => {
  if (text === "..") return "open";
  if (text === "" || parsed === null) return "unknown";
  return toPoint(text, parsed);
};

/** Plain calendar dates (years 1000-9999, optionally qualified): most of any dataset. */
const SIMPLE_DATE = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/**
 * The common case without the grammar, which costs tens of microseconds a date: the bounds of a plain year,
 * month or day follow from the calendar. Anything else, or a month or day out of range, goes to the grammar
 * (and its explanations).
 */
const simplePoint = (text: string): DatePoint | undefined => {
  const m = SIMPLE_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  const min = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const max =
    day !== undefined
      ? Date.UTC(year, (month ?? 1) - 1, day + 1) - 1
      : month !== undefined
        ? Date.UTC(year, month, 1) - 1
        : Date.UTC(year + 1, 0, 1) - 1;
  const mark = m[4];
  return {
    edtf: text,
    precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
    uncertain: mark === "?" || mark === "%",
    approximate: mark === "~" || mark === "%",
    min,
    max,
  };
};

const build = (text: string): PartialDate => {
  const simple = simplePoint(text);
  if (simple !== undefined) return { ...simple, kind: "date", start: simple, end: simple };
  let parsed: ParsedEdtf;
  try {
    parsed = parseEdtf(text, { level: 1 });
  } catch {
    return fail(text, explain(text));
  }
  if (parsed.type !== "Interval") {
    const point = toPoint(text, parsed);
    return { ...point, kind: "date", start: point, end: point };
  }
  const [startText = "", endText = ""] = text.split("/");
  const [startParsed = null, endParsed = null] = parsed.values as (ParsedEdtf | null)[];
  const start = toEnd(startText, startParsed);
  const end = toEnd(endText, endParsed);
  if (typeof start === "object" && typeof end === "object" && start.min > end.max) {
    fail(text, `'${text}' ends before it starts`);
  }
  const points = [start, end].filter((p): p is DatePoint => typeof p === "object");
  const precision = points.reduce<DatePrecision>(
    (coarsest, p) => (PRECISION_RANK[p.precision] > PRECISION_RANK[coarsest] ? p.precision : coarsest),
    "day",
  );
  return {
    edtf: `${typeof start === "object" ? start.edtf : start === "open" ? ".." : ""}/${
      typeof end === "object" ? end.edtf : end === "open" ? ".." : ""
    }`,
    kind: "interval",
    start,
    end,
    precision,
    uncertain: points.some((p) => p.uncertain),
    approximate: points.some((p) => p.approximate),
  };
};

// Datasets repeat the same few thousand dates; the grammar is the slow part, so parsed dates are kept.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, PartialDate | TradecraftError>();

/** Parses an EDTF level 0/1 date. Throws a `TradecraftError` (code `TC_DATE_INVALID`) naming the offending text. */
export const parseDate = (text: string): PartialDate => {
  const result = safeParseDate(text);
  if (result.success) return result.date;
  throw result.error;
};

/** Like `parseDate`, returning the error instead of throwing it. */
export const safeParseDate = (
  text: string,
): { success: true; date: PartialDate } | { success: false; error: TradecraftError } => {
  const entry = cachedDate(text);
  return entry instanceof TradecraftError ? { success: false, error: entry } : { success: true, date: entry };
};

/**
 * Years 1000-9999, their months, and their days 1 to 28: valid in every month of every year, so known without the
 * grammar or the cache. Every event's date is checked here, most of them of this form.
 */
const ALWAYS_VALID_DATE = /^[1-9]\d{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\d|2[0-8]))?)?$/;

/** True when the string is a supported EDTF date. */
export const isValidDate = (text: string): boolean =>
  ALWAYS_VALID_DATE.test(text) || !(cachedDate(text) instanceof TradecraftError);

/** The date of a text, or the error it raises, from the cache when the text was seen before. */
const cachedDate = (text: string): PartialDate | TradecraftError => {
  let entry = cache.get(text);
  if (entry === undefined) {
    try {
      entry = build(text);
    } catch (error) {
      if (!(error instanceof TradecraftError)) throw error;
      entry = error;
    }
    if (cache.size >= CACHE_LIMIT) {
      // Forget the older half (a Map keeps insertion order), so inputs with many distinct dates keep a warm cache.
      for (const key of cache.keys()) {
        cache.delete(key);
        if (cache.size <= CACHE_LIMIT / 2) break;
      }
    }
    cache.set(text, entry);
  }
  return entry;
};

/** The canonical EDTF string of a date. */
export const formatDate = (date: PartialDate | string): string => toDate(date).edtf;

const toDate = (date: PartialDate | string): PartialDate => (typeof date === "string" ? parseDate(date) : date);

/** The first instant the date can mean, or null when the date or its start is open or unknown. */
export const earliest = (date: PartialDate | string | undefined): Date | null => {
  if (date === undefined) return null;
  const { start } = toDate(date);
  return typeof start === "object" ? new Date(start.min) : null;
};

/** The last instant the date can mean, or null when the date or its end is open or unknown. */
export const latest = (date: PartialDate | string | undefined): Date | null => {
  if (date === undefined) return null;
  const { end } = toDate(date);
  return typeof end === "object" ? new Date(end.max) : null;
};

/** The date's precision: the coarsest of its known ends. */
export const datePrecision = (date: PartialDate | string): DatePrecision => toDate(date).precision;

/**
 * A total order for sorting: by earliest instant (an open or unknown start sorts first), then by latest
 * (an open or unknown end sorts last), then by the EDTF text so that equal bounds still order stably.
 */
export const compareDates = (a: PartialDate | string, b: PartialDate | string): number => {
  const x = toDate(a);
  const y = toDate(b);
  const startOf = (d: PartialDate) => (typeof d.start === "object" ? d.start.min : Number.NEGATIVE_INFINITY);
  const endOf = (d: PartialDate) => (typeof d.end === "object" ? d.end.max : Number.POSITIVE_INFINITY);
  return (
    Math.sign(startOf(x) - startOf(y)) ||
    Math.sign(endOf(x) - endOf(y)) ||
    (x.edtf < y.edtf ? -1 : x.edtf > y.edtf ? 1 : 0)
  );
};

/**
 * What can be said for certain about two dates across precisions: `before` when every instant of `a` precedes
 * every instant of `b`, `after` the reverse, `same` for equal canonical strings, otherwise `overlapping`
 * (for example `2018` and `2018-03`). Open or unknown ends make a certain answer impossible on that side.
 */
export const relateDates = (
  a: PartialDate | string,
  b: PartialDate | string,
): "before" | "after" | "same" | "overlapping" => {
  const x = toDate(a);
  const y = toDate(b);
  if (x.edtf === y.edtf) return "same";
  if (typeof x.end === "object" && typeof y.start === "object" && x.end.max < y.start.min) return "before";
  if (typeof y.end === "object" && typeof x.start === "object" && y.end.max < x.start.min) return "after";
  return "overlapping";
};

/** Builds an EDTF date from calendar parts (months and days count from 1). */
export const dateFromParts = (parts: {
  year: number;
  month?: number;
  day?: number;
  uncertain?: boolean;
  approximate?: boolean;
}): string => {
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");
  let text = `${parts.year < 0 ? "-" : ""}${pad(parts.year, 4)}`;
  if (parts.month !== undefined) text += `-${pad(parts.month, 2)}`;
  if (parts.month !== undefined && parts.day !== undefined) text += `-${pad(parts.day, 2)}`;
  const mark = parts.uncertain && parts.approximate ? "%" : parts.uncertain ? "?" : parts.approximate ? "~" : "";
  return formatDate(text + mark);
};

/** An ISO calendar date (YYYY-MM-DD) for an instant, in UTC. */
export const toIsoDay = (instant: Date | number): string => new Date(instant).toISOString().slice(0, 10);
