import { dateFromParts, safeParseDate, TradecraftError } from "@tradecraft/core";
import type { Reading } from "./normalize";

/**
 * Spreadsheet dates to EDTF. EDTF itself (`2022-03-05`, `2022-03`, `2022`, `2022-03~`, `2022-03/2022-04`) passes
 * through; so do the forms people type: `5 March 2022`, `March 5, 2022`, `5-Mar-2022`, `March 2022`, `2022/03/05`,
 * `05.03.2022` (day first, as dots are written), a date with a time (the time is dropped), with `c.`/`circa`/`about`
 * before it (approximate, `~`) or `?` after it (uncertain). `05/03/2022` is read only when `dateOrder` says which
 * number is the day, or when one of them is over 12. Anything else is refused with a reason, never guessed.
 */

export type DateOrder = "dmy" | "mdy";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const HINT =
  "Write dates as 2022-03-05, 2022-03 or 2022 (EDTF), or as 5 March 2022 / March 2022; for 05/03/2022 set the dateOrder option.";

/** A month's number from its English name or an abbreviation of at least three letters (`Mar`, `Sept.`). */
const monthOf = (word: string): number | undefined => {
  const name = word.replace(/\.$/, "");
  if (name.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(name));
  return index < 0 ? undefined : index + 1;
};

const problem = (message: string, hint = HINT): Reading<string> => ({ ok: false, message, hint });

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

/** Calendar parts out of the forms above, or a reason why not. */
const partsOf = (text: string, order: DateOrder | undefined): Parts | string => {
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    const dayFirst = numeric[2] === "." || order === "dmy" || (order === undefined && a > 12 && b <= 12);
    const monthFirst = order === "mdy" || (order === undefined && b > 12 && a <= 12);
    if (a === b || dayFirst) return { year, month: b, day: a };
    if (monthFirst) return { year, month: a, day: b };
    return `'${text}' could be day ${a} of month ${b} or day ${b} of month ${a}: the day and the month cannot be told apart`;
  }
  const short = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]|(?:[a-z]{3,}\.?,? ){1,2}|\d{1,2} [a-z]{3,}\.? )?(\d{2})$/i.exec(text);
  if (short) {
    const yy = short[1] as string;
    return `'${text}' has a two-digit year: it could be 19${yy} or 20${yy}; write the year in full`;
  }
  if (/^\d{5}$/.test(text)) {
    return `'${text}' looks like a spreadsheet's date serial number, not a date: format the column as dates (yyyy-mm-dd) before saving the CSV`;
  }
  const words = text
    .toLowerCase()
    .replace(/,/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .split(/[\s/-]+/)
    .filter(Boolean);
  const [first = "", second = "", third = ""] = words;
  const isYear = (w: string) => /^\d{4}$/.test(w);
  const isDay = (w: string) => /^\d{1,2}$/.test(w);
  if (words.length === 3 && isDay(first) && monthOf(second) && isYear(third)) {
    return { year: Number(third), month: monthOf(second) as number, day: Number(first) };
  }
  if (words.length === 3 && monthOf(first) && isDay(second) && isYear(third)) {
    return { year: Number(third), month: monthOf(first) as number, day: Number(second) };
  }
  if (words.length === 2 && monthOf(first) && isYear(second))
    return { year: Number(second), month: monthOf(first) as number };
  return `'${text}' is not a date this reader understands`;
};

const APPROXIMATE = /^(?:c\.|ca\.|circa|about|around|approx\.|approximately)\s*/i;

/** Reads a spreadsheet date as EDTF (see above). */
export const normalizeDate = (cell: string, order?: DateOrder): Reading<string> => {
  const text = cell.trim().replace(/\s+/g, " ");
  const edtf = safeParseDate(text);
  if (edtf.success) return { ok: true, value: edtf.date.edtf };
  const approximate = APPROXIMATE.test(text);
  const uncertain = text.endsWith("?");
  const bare = text.replace(APPROXIMATE, "").replace(/\?$/, "").trimEnd();
  if (approximate || uncertain) {
    const inner = safeParseDate(bare);
    // Not every date takes a qualifier ("about 60" reads 60 as a short year form that refuses one): check, never throw.
    const qualified = safeParseDate(`${bare}${approximate && uncertain ? "%" : approximate ? "~" : "?"}`);
    if (inner.success && inner.date.kind === "date" && qualified.success)
      return { ok: true, value: qualified.date.edtf };
  }
  const parts = partsOf(bare, order);
  if (typeof parts === "string") return problem(parts);
  try {
    return { ok: true, value: dateFromParts({ ...parts, approximate, uncertain }) };
  } catch (error) {
    if (error instanceof TradecraftError) return problem(error.message);
    throw error;
  }
};
