import { dateFromParts, earliest, formatDate } from "@tradecraft/core";
import * as chrono from "chrono-node";

/**
 * Dates in running text, as EDTF, through chrono-node with the fixes news needs (see the README):
 * bare years ("In 2018", "the 2022 deaths"), past bias when the year is not written ("on August 9" in an article
 * of May is last August), "early/mid/late" as intervals, and no date at all for a relative expression when the
 * publication date is unknown ("last month" of an undated article is unknowable).
 */
export interface DateMention {
  readonly edtf: string;
  /** Offsets in the text that was searched. */
  readonly start: number;
  readonly end: number;
}

// "in 2018", "since 2014", "the 2022 deaths", "mid-2019": a year that chrono's casual parser leaves alone.
const BARE_YEAR = /\b(in|during|since|by|until|from|of|the|early|mid|late)[\s-]+((?:19|20)\d{2})\b(?![-–/]\d)/i;
const PART_BEFORE = /\b(early|mid|late|end of|beginning of|start of)[\s-]*(?:in\s+|the\s+)?$/i;
const DURATION = /\b(past|next|coming|last)\s+\d/i;
// "within a week", "for two days", "after a month": a span of time, not a date.
const SPAN_BEFORE = /\b(within|for|after|over|during|in|every)\s+$/i;
const SPAN_START = /^(within|for|after|over|during)\s/i;
const SPAN_UNIT = /^(an?|one|two|three|several|\d+)\s+(day|week|month|year|hour)s?$/i;
const EXPLICIT_YEAR = /\b(1[89]|20)\d{2}\b/;
const WEEK = /\bweek/i;

const parser = chrono.casual.clone();
parser.parsers.push({
  pattern: () => BARE_YEAR,
  extract: (_context, match) => ({ year: Number(match[2]) }),
});

type Part = "early" | "mid" | "late";
const partOf = (word: string | undefined): Part | undefined => {
  const w = word?.toLowerCase() ?? "";
  if (w === "early" || w.startsWith("beginning") || w.startsWith("start")) return "early";
  if (w === "mid") return "mid";
  if (w === "late" || w.startsWith("end")) return "late";
  return undefined;
};

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** "early March 2022" -> 2022-03-01/2022-03-10; "late 2019" -> 2019-09/2019-12. */
const partInterval = (part: Part, year: number, month?: number): string => {
  if (month === undefined) {
    const [from, to] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
    return `${year}-${pad(from)}/${year}-${pad(to)}`;
  }
  const [from, to] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, daysIn(year, month)];
  return `${year}-${pad(month)}-${pad(from)}/${year}-${pad(month)}-${pad(to)}`;
};

/** A date chrono resolves to something EDTF cannot hold (a year past 9999) is no date, not a failure. */
const safely = (build: () => string | undefined): string | undefined => {
  try {
    return build();
  } catch {
    return undefined;
  }
};

/**
 * The dates a piece of text states. `published` (YYYY-MM-DD or a timestamp) anchors relative expressions;
 * without it only dates whose year is written survive.
 */
export const findDates = (text: string, published?: string): DateMention[] => {
  const reference = published === undefined ? new Date(Date.UTC(2000, 0, 1)) : new Date(published);
  const results = parser.parse(text, { instant: reference, timezone: "UTC" });
  const out: DateMention[] = [];
  for (const result of results) {
    if (DURATION.test(result.text)) continue;
    if (SPAN_START.test(result.text)) continue;
    if (SPAN_UNIT.test(result.text) && SPAN_BEFORE.test(text.slice(Math.max(0, result.index - 8), result.index)))
      continue;
    if (published === undefined && !EXPLICIT_YEAR.test(result.text)) continue;
    const edtf = safely(() => toEdtf(result, text, reference, published !== undefined));
    // A reported event cannot start after the report.
    const start = edtf === undefined ? undefined : earliest(edtf);
    if (edtf === undefined || (published !== undefined && start !== null && start !== undefined && start > reference)) {
      continue;
    }
    out.push({ edtf, start: result.index, end: result.index + result.text.length });
  }
  return out;
};

const toEdtf = (result: chrono.ParsedResult, text: string, reference: Date, anchored: boolean): string | undefined => {
  const known = result.start;
  const bare = BARE_YEAR.exec(result.text);
  const part =
    partOf(bare?.[1]) ?? partOf(PART_BEFORE.exec(text.slice(Math.max(0, result.index - 14), result.index))?.[1]);
  if (bare && bare[1]?.toLowerCase() === "since") return `${bare[2]}/..`;
  let implied = known.date();
  const yearKnown = known.isCertain("year");
  if (!yearKnown) {
    if (!anchored) return undefined;
    // News tells what happened: a date without its year that would fall after publication is last year's.
    // Compared by day: "on Wednesday" in a Wednesday's paper is that day.
    if (isoDay(implied) > isoDay(reference)) {
      const onlyWeekday = known.isCertain("weekday") && !known.isCertain("day") && !known.isCertain("month");
      implied = new Date(implied);
      if (onlyWeekday) implied.setUTCDate(implied.getUTCDate() - 7);
      else implied.setUTCFullYear(implied.getUTCFullYear() - 1);
    }
  }
  const year = implied.getUTCFullYear();
  const month = implied.getUTCMonth() + 1;
  if (WEEK.test(result.text)) {
    // "last week": the seven days around the day chrono implies, not after publication.
    const end = new Date(Math.min(implied.getTime() + 3 * 86_400_000, reference.getTime()));
    const start = new Date(end.getTime() - 6 * 86_400_000);
    return formatDate(`${isoDay(start)}/${isoDay(end)}`);
  }
  const dayKnown = known.isCertain("day") || known.isCertain("weekday");
  const monthKnown = known.isCertain("month") || dayKnown;
  if (part !== undefined && !dayKnown) return formatDate(partInterval(part, year, monthKnown ? month : undefined));
  if (dayKnown) return dateFromParts({ year, month, day: implied.getUTCDate() });
  if (monthKnown) return dateFromParts({ year, month });
  return dateFromParts({ year });
};
