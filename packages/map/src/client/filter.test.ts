import { describe, expect, it } from "vitest";
import { dateSpan } from "../features";
import type { EventMark } from "../marks";
import { dayRange, type Filter, isoDay, isShown } from "./filter";

const event = (date: string | undefined, type = "expulsion"): EventMark => ({
  kind: "event",
  id: `e-${date}`,
  type,
  at: [0, 0],
  placed: false,
  date,
  ...dateSpan(date),
  sources: [],
});
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const window = (from: string, to: string, rest: Partial<Filter> = {}): Filter => ({
  from: day(from),
  to: day(to),
  undated: true,
  hiddenTypes: new Set(),
  ...rest,
});

describe("isShown", () => {
  it("shows a partial date for every day it can mean", () => {
    expect(isShown(event("2024-03"), window("2024-03-31", "2024-04-10"))).toBe(true);
    expect(isShown(event("2024-03"), window("2024-04-01", "2024-04-10"))).toBe(false);
    expect(isShown(event("2024"), window("2024-12-31", "2025-01-01"))).toBe(true);
    expect(isShown(event("2024"), window("2025-01-01", "2025-06-01"))).toBe(false);
  });

  it("handles uncertain and interval dates", () => {
    expect(isShown(event("2023-08-09?"), window("2023-08-09", "2023-08-09"))).toBe(true);
    expect(isShown(event("2022-03/2022-04"), window("2022-04-30", "2022-05-30"))).toBe(true);
    expect(isShown(event("2022-03/2022-04"), window("2022-05-01", "2022-05-30"))).toBe(false);
  });

  it("shows undated events only when asked, and hides switched-off types", () => {
    expect(isShown(event(undefined), window("2020-01-01", "2020-01-02"))).toBe(true);
    expect(isShown(event(undefined), window("2020-01-01", "2020-01-02", { undated: false }))).toBe(false);
    const off = window("2000-01-01", "2030-01-01", { hiddenTypes: new Set(["expulsion"]) });
    expect(isShown(event("2024"), off)).toBe(false);
    expect(isShown(event("2024", "arrest"), off)).toBe(true);
  });
});

describe("dayRange and isoDay", () => {
  it("spans the first to the last day any mark can mean", () => {
    const range = dayRange([event("2018"), event("2022-03"), event(undefined)]);
    expect(range && [isoDay(range.min), isoDay(range.max)]).toEqual(["2018-01-01", "2022-03-31"]);
    expect(dayRange([event(undefined)])).toBeUndefined();
  });
});
