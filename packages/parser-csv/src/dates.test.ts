import { describe, expect, it } from "vitest";
import { normalizeDate } from "./dates";

const read = (text: string, order?: "dmy" | "mdy") => {
  const reading = normalizeDate(text, order);
  return reading.ok ? reading.value : `ERROR ${reading.message}`;
};

describe("spreadsheet dates to EDTF", () => {
  it.each([
    ["2022-03-05", "2022-03-05"],
    ["2022-03", "2022-03"],
    ["2022", "2022"],
    ["2022-03~", "2022-03~"],
    ["2022-03/2022-04", "2022-03/2022-04"],
    [" 2022-03-05 ", "2022-03-05"],
    ["5 March 2022", "2022-03-05"],
    ["5th March 2022", "2022-03-05"],
    ["March 5, 2022", "2022-03-05"],
    ["march 5th 2022", "2022-03-05"],
    ["05-Mar-2022", "2022-03-05"],
    ["5 Sept. 2022", "2022-09-05"],
    ["March 2022", "2022-03"],
    ["Mar 2022", "2022-03"],
    ["March, 2022", "2022-03"],
    ["2022/03/05", "2022-03-05"],
    ["05.03.2022", "2022-03-05"],
    ["25/12/2022", "2022-12-25"],
    ["12/25/2022", "2022-12-25"],
    ["05/05/2022", "2022-05-05"],
    ["2022-03-05T14:30:00Z", "2022-03-05"],
    ["2022-03-05 09:00", "2022-03-05"],
    ["c. 2022", "2022~"],
    ["circa March 2022", "2022-03~"],
    ["about 1983", "1983~"],
    ["2022?", "2022?"],
    ["March 2022?", "2022-03?"],
    ["c. 1983-04?", "1983-04%"],
  ])("%j -> %j", (text, edtf) => {
    expect(read(text)).toBe(edtf);
  });

  it("reports a qualified date that cannot take its qualifier instead of throwing (found by fuzzing)", () => {
    expect(read("about 60")).toMatch(/^ERROR /);
  });

  it("reads an ambiguous numeric date only in the order it is told", () => {
    expect(read("05/03/2022")).toMatch(/^ERROR .*day and the month cannot be told apart/);
    expect(read("05/03/2022", "dmy")).toBe("2022-03-05");
    expect(read("05/03/2022", "mdy")).toBe("2022-05-03");
  });

  it.each([
    ["early March 2022", /not a date this reader understands/],
    ["last month", /not a date this reader understands/],
    ["44625", /spreadsheet's date serial number/],
    ["31 February 2022", /not a valid day/],
    ["5/3/22", /two-digit year: it could be 1922 or 2022; write the year in full/],
    ["60", /'60' has a two-digit year: it could be 1960 or 2060/],
    ["about 60", /two-digit year/],
    ["60?", /two-digit year/],
    ["March 60", /two-digit year/],
    ["5 March 60", /two-digit year/],
    ["14.03.18", /two-digit year/],
    ["Smarch 2022", /not a date this reader understands/],
  ])("refuses %j rather than guess", (text, reason) => {
    expect(read(text)).toMatch(reason);
  });
});
