import { describe, expect, it } from "vitest";
import {
  compareDates,
  dateFromParts,
  datePrecision,
  earliest,
  formatDate,
  isValidDate,
  latest,
  parseDate,
  relateDates,
  safeParseDate,
  toIsoDay,
} from "./dates";
import { TradecraftError } from "./diagnostics";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const endOf = (iso: string) => new Date(`${iso}T23:59:59.999Z`);

describe("parseDate: the EDTF forms news needs", () => {
  it.each([
    // text, precision, earliest, latest, uncertain, approximate
    ["2018", "year", "2018-01-01", "2018-12-31", false, false],
    ["2022-03", "month", "2022-03-01", "2022-03-31", false, false],
    ["1983-04-05", "day", "1983-04-05", "1983-04-05", false, false],
    ["2023-08-09?", "day", "2023-08-09", "2023-08-09", true, false],
    ["2022-03~", "month", "2022-03-01", "2022-03-31", false, true],
    ["2004-06-11%", "day", "2004-06-11", "2004-06-11", true, true],
    ["201X", "decade", "2010-01-01", "2019-12-31", false, false],
    ["19XX", "century", "1900-01-01", "1999-12-31", false, false],
    ["2018-03-XX", "month", "2018-03-01", "2018-03-31", false, false],
    ["2024-02", "month", "2024-02-01", "2024-02-29", false, false],
  ] as const)("%s", (text, precision, first, last, uncertain, approximate) => {
    const date = parseDate(text);
    expect(date.kind).toBe("date");
    expect(date.edtf).toBe(text);
    expect(date.precision).toBe(precision);
    expect(earliest(date)).toEqual(day(first));
    expect(latest(date)).toEqual(endOf(last));
    expect(date.uncertain).toBe(uncertain);
    expect(date.approximate).toBe(approximate);
  });

  it("reads closed intervals at any precision", () => {
    const spring = parseDate("2022-03/2022-04");
    expect(spring.kind).toBe("interval");
    expect(spring.precision).toBe("month");
    expect(earliest(spring)).toEqual(day("2022-03-01"));
    expect(latest(spring)).toEqual(endOf("2022-04-30"));
    // Mixed precisions: the coarser end decides the interval's precision.
    const mixed = parseDate("1984~/2004-06");
    expect(mixed.precision).toBe("year");
    expect(mixed.approximate).toBe(true);
    expect(latest(mixed)).toEqual(endOf("2004-06-30"));
  });

  it("tells open ends (..) from unknown ends (empty)", () => {
    const open = parseDate("2018/..");
    expect(open.end).toBe("open");
    expect(latest(open)).toBeNull();
    expect(earliest(open)).toEqual(day("2018-01-01"));
    const unknownStart = parseDate("/2006");
    expect(unknownStart.start).toBe("unknown");
    expect(earliest(unknownStart)).toBeNull();
    expect(parseDate("../2018").start).toBe("open");
    expect(parseDate("2018-03-01/").end).toBe("unknown");
    expect(formatDate("../2018")).toBe("../2018");
    expect(formatDate("2018-03-01/")).toBe("2018-03-01/");
  });

  it("answers null for an unknown date", () => {
    expect(earliest(undefined)).toBeNull();
    expect(latest(undefined)).toBeNull();
  });

  it("computes plain dates without the grammar exactly as the grammar does", async () => {
    const { default: edtf } = await import("edtf");
    const samples = [
      "1000",
      "2018",
      "9999",
      "2024-02",
      "2023-02",
      "2018-12",
      "1983-04-05",
      "2024-02-29",
      "2018-12-31",
      "2023-08-09?",
      "2022-03~",
      "2004-06-11%",
    ];
    for (const text of samples) {
      const date = parseDate(text);
      const reference = edtf(text, { level: 1 });
      expect([date.edtf, earliest(date)?.getTime(), latest(date)?.getTime()], text).toEqual([
        reference.edtf,
        reference.min,
        reference.max,
      ]);
    }
  });

  it("reads negative years", () => {
    expect(datePrecision("-0044")).toBe("year");
    expect(earliest("-0044")?.getUTCFullYear()).toBe(-44);
  });
});

describe("parseDate: invalid strings say what is wrong, with the offending text", () => {
  it.each([
    ["2018-13", "'2018-13' is not a valid month"],
    ["2018-00", "'2018-00' is not a valid month"],
    ["2018-02-30", "'2018-02-30' is not a valid day: February 2018 has 28 days"],
    ["2023-02-29", "'2023-02-29' is not a valid day: February 2023 has 28 days"],
    ["2018-21", "'2018-21' is an EDTF season"],
    ["2018-03-01T10:00:00Z", "'2018-03-01T10:00:00Z' has a time of day"],
    ["March 2018", "'March 2018' is not an EDTF level 0/1 date"],
    ["", "empty date"],
    [" 2018", "' 2018' has spaces around it"],
    ["2018/2019/2020", "more than one '/'"],
    ["2019/2018", "'2019/2018' ends before it starts"],
    ["[2018,2019]", "is not an EDTF level 0/1 date"],
    ["Y170000002", "a year beyond 9999"],
    // Two digits are an EDTF century, never a year: "60" was read as 6000-6099 and labelled year precision.
    [
      "60",
      "'60' is two digits: EDTF reads it as the century 6000-6099, not as a year; write the year in full (1960 or 2060)",
    ],
    ["19", "the century 1900-1999"],
    ["-60", "the century -6000-6099"],
  ])("%j", (text, message) => {
    const result = safeParseDate(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(TradecraftError);
    expect(result.error.code).toBe("TC_DATE_INVALID");
    expect(result.error.message).toContain(message);
    expect(result.error.hint).toMatch(/EDTF/);
    expect(() => parseDate(text)).toThrow(TradecraftError);
    expect(isValidDate(text)).toBe(false);
  });

  it("writes a century with X, at century precision", () => {
    expect(datePrecision("19XX")).toBe("century");
    expect(earliest("19XX")?.getUTCFullYear()).toBe(1900);
    expect(latest("19XX")?.getUTCFullYear()).toBe(1999);
  });

  it("accepts February 29 in leap years only", () => {
    expect(isValidDate("2024-02-29")).toBe(true);
    expect(isValidDate("1900-02-29")).toBe(false);
  });

  it("answers isValidDate as parsing does, for every month and day of common, leap and edge years", () => {
    const texts = ["0999", "1000", "1900", "2000", "2023", "2024", "9999"].flatMap((year) => [
      year,
      ...Array.from({ length: 14 }, (_, m) => `${year}-${String(m).padStart(2, "0")}`),
      ...Array.from({ length: 14 * 33 }, (_, i) => {
        const [month, day] = [Math.floor(i / 33), i % 33].map((n) => String(n).padStart(2, "0"));
        return `${year}-${month}-${day}`;
      }),
    ]);
    for (const text of texts) expect([text, isValidDate(text)]).toEqual([text, safeParseDate(text).success]);
  });
});

describe("comparing dates across precisions", () => {
  it("relates what can be said for certain", () => {
    expect(relateDates("2016", "2018-03-26")).toBe("before");
    expect(relateDates("2018-03-26", "2018-03-04")).toBe("after");
    expect(relateDates("2018", "2018-03")).toBe("overlapping");
    expect(relateDates("2018-03", "2018")).toBe("overlapping");
    expect(relateDates("2022-03~", "2022-03~")).toBe("same");
    expect(relateDates("2022-02/2022-03", "2022-04")).toBe("before");
    expect(relateDates("2022/..", "2030")).toBe("overlapping");
    expect(relateDates("/2006", "2010")).toBe("before");
  });

  it("sorts consistently with earliest and latest", () => {
    const dates = ["2018-03-26", "2018", "2016", "2018-03", "../2017", "2018/..", "2022-03/2022-04", "1983-04-05"];
    const sorted = [...dates].sort(compareDates);
    expect(sorted).toEqual([
      "../2017",
      "1983-04-05",
      "2016",
      "2018",
      "2018/..",
      "2018-03",
      "2018-03-26",
      "2022-03/2022-04",
    ]);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1] as string, sorted[i] as string];
      expect((earliest(a)?.getTime() ?? -Infinity) <= (earliest(b)?.getTime() ?? -Infinity)).toBe(true);
    }
    expect(compareDates("2018", "2018")).toBe(0);
  });
});

describe("building dates", () => {
  it("formats parts as canonical EDTF", () => {
    expect(dateFromParts({ year: 2018 })).toBe("2018");
    expect(dateFromParts({ year: 2023, month: 4 })).toBe("2023-04");
    expect(dateFromParts({ year: 1983, month: 4, day: 5 })).toBe("1983-04-05");
    expect(dateFromParts({ year: 2023, month: 8, day: 9, uncertain: true })).toBe("2023-08-09?");
    expect(dateFromParts({ year: 2022, month: 3, approximate: true })).toBe("2022-03~");
    expect(() => dateFromParts({ year: 2023, month: 2, day: 30 })).toThrow(/not a valid day/);
  });

  it("round-trips: format(parse(x)) = x", () => {
    for (const text of ["2018", "2022-03", "2023-08-09?", "2022-03~", "2022-03/2022-04", "2018/..", "/2006", "201X"]) {
      expect(formatDate(parseDate(text))).toBe(text);
    }
  });

  it("gives ISO days in UTC", () => {
    expect(toIsoDay(Date.UTC(2018, 2, 26, 23, 30))).toBe("2018-03-26");
  });
});
