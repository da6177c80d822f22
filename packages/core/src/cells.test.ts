import { describe, expect, it } from "vitest";
import { decodeJsonCell, encodeJsonCell, joinCell, protectFormula, splitCell, unprotectFormula } from "./cells";

describe("list cells", () => {
  it.each([
    [["Moscow", "Irkutsk", "Kaliningrad"], "Moscow; Irkutsk; Kaliningrad"],
    [["a;b", "c\\d"], "a\\;b; c\\\\d"],
    [["", "x", ""], "; x; "],
    [["  padded  "], "  padded  "],
    [["ends with backslash\\"], "ends with backslash\\\\"],
    [["Санкт-Петербург", "北京"], "Санкт-Петербург; 北京"],
  ])("%j <-> %j", (items, cell) => {
    expect(joinCell(items)).toBe(cell);
    expect(splitCell(cell)).toEqual(items);
  });

  it("reads an empty cell as no items, and forgives a missing space after the separator", () => {
    expect(splitCell("")).toEqual([]);
    expect(splitCell("a;b")).toEqual(["a", "b"]);
  });
});

describe("JSON cells", () => {
  it.each([
    ["text", "text"],
    ["42", '"42"'],
    ["true", '"true"'],
    ["", '""'],
    [" 7 ", '" 7 "'],
    [42, "42"],
    [-0.5, "-0.5"],
    [false, "false"],
    [null, "null"],
    [[1, "a"], '[1,"a"]'],
    [{ k: { n: null } }, '{"k":{"n":null}}'],
  ])("%j <-> %s", (value, cell) => {
    expect(encodeJsonCell(value)).toBe(cell);
    expect(decodeJsonCell(cell)).toEqual(value);
  });

  it("quotes a string exactly when JSON.parse would read it as something else", () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const strings = [
      ...["0", "-0", "01", "1.", ".5", "1e5", "1E+5", "-1.5e-3", "- 1", "+1", "2019-10-24", "1,5", "0x10", "NaN"],
      ...["true", "false", "null", " null\n", "\ttrue ", "True", "nul", "nullx", "\u00a07", "7\u00a0", "\r\n"],
      ...['"q"', '"q', "[]", "[1,", "{}", '{"a":1}', "{a}", "[ 1 ]", " [1] ", "Moscow", "evt-1", "Île", "; x"],
    ];
    for (const text of strings) {
      expect(encodeJsonCell(text), JSON.stringify(text)).toBe(
        text === "" || parses(text) ? JSON.stringify(text) : text,
      );
    }
  });
});

describe("formula protection", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["'quoted", "''quoted"],
    ["'", "''"],
    ["''", "'''"],
    ["'=x", "''=x"],
    ["-", "'-"],
    ["plain text", "plain text"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j is written %j and read back", (value, cell) => {
    expect(protectFormula(value)).toBe(cell);
    expect(unprotectFormula(cell)).toBe(value);
  });

  it.each(["-122.3321", "+7", "-1e-3", "42", ".5", "-0"])("leaves the number %j computable", (value) => {
    expect(protectFormula(value)).toBe(value);
    expect(unprotectFormula(value)).toBe(value);
  });

  it("strips nothing from a cell it did not write", () => {
    expect(unprotectFormula("'hello")).toBe("'hello");
  });
});
