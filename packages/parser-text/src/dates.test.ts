import { describe, expect, it } from "vitest";
import { findDates } from "./dates";

const PUBLISHED = "2024-05-15"; // a Wednesday
const only = (text: string, published?: string) => findDates(text, published).map((d) => d.edtf);

describe("findDates", () => {
  it("reads bare years that chrono leaves alone", () => {
    expect(only("In 2018, the embassy closed.")).toEqual(["2018"]);
    expect(only("the 2022 deaths of two executives")).toEqual(["2022"]);
    expect(only("By 1983 the service had grown")).toEqual(["1983"]);
  });

  it("keeps the precision the text gives", () => {
    expect(only("on April 5, 1983, two buses came")).toEqual(["1983-04-05"]);
    expect(only("In April 2023, he escaped")).toEqual(["2023-04"]);
  });

  it("turns early, mid and late into intervals", () => {
    expect(only("in early March 2022", PUBLISHED)).toEqual(["2022-03-01/2022-03-10"]);
    expect(only("in late March", PUBLISHED)).toEqual(["2024-03-21/2024-03-31"]);
    expect(only("in mid-2019")).toEqual(["2019-05/2019-08"]);
    expect(only("late 2020")).toEqual(["2020-09/2020-12"]);
  });

  it("reads 'since' a year as an open interval", () => {
    expect(only("expelled since 2014")).toEqual(["2014/.."]);
  });

  it("resolves relative dates against the publication date, in the past", () => {
    expect(only("last month", PUBLISHED)).toEqual(["2024-04"]);
    expect(only("last year", PUBLISHED)).toEqual(["2023"]);
    expect(only("on Friday", PUBLISHED)).toEqual(["2024-05-10"]);
    expect(only("on Tuesday", PUBLISHED)).toEqual(["2024-05-14"]);
    expect(only("on Wednesday", PUBLISHED)).toEqual(["2024-05-15"]);
    expect(only("on August 9", PUBLISHED)).toEqual(["2023-08-09"]);
    expect(only("in March", PUBLISHED)).toEqual(["2024-03"]);
  });

  it("invents nothing when the publication date is unknown", () => {
    expect(only("last month")).toEqual([]);
    expect(only("on Friday")).toEqual([]);
    expect(only("in early March")).toEqual([]);
    expect(only("last year")).toEqual([]);
  });

  it("leaves spans of time and future dates out", () => {
    expect(only("ordered to leave within a week", PUBLISHED)).toEqual([]);
    expect(only("over the past 18 months", PUBLISHED)).toEqual([]);
    expect(only("on August 1, 2024", PUBLISHED)).toEqual([]);
  });

  it("gives offsets into the searched text", () => {
    const [date] = findDates("They met in April 2023.");
    expect(date).toMatchObject({ edtf: "2023-04", start: 12, end: 22 });
  });
});
