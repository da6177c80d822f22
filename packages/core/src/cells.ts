/**
 * How lists and loose values are written in one cell of a flat row (CSV, GeoJSON properties). Items are joined
 * with "; "; inside an item a backslash escapes ";" and itself, so any list of strings reads back exactly.
 */

const SEPARATOR = "; ";

/** Joins items into one cell: `a; b\;c`. */
export const joinCell = (items: readonly string[]): string =>
  items.map((item) => item.replace(/\\/g, "\\\\").replace(/;/g, "\\;")).join(SEPARATOR);

/** Splits a cell written by `joinCell`. An empty cell is an empty list. */
export const splitCell = (cell: string): string[] => {
  if (cell === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === "\\" && i + 1 < cell.length) {
      current += cell[i + 1];
      i += 1;
    } else if (c === ";") {
      items.push(current);
      current = "";
      if (cell[i + 1] === " ") i += 1;
    } else {
      current += c;
    }
  }
  items.push(current);
  return items;
};

/**
 * Writes a JSON value in one cell: numbers, booleans, null, arrays and objects as JSON; strings as they are,
 * unless they would read back as something else (`"42"`, `"true"`, `""`), which are quoted.
 */
export const encodeJsonCell = (value: unknown): string => {
  if (typeof value !== "string") return JSON.stringify(value);
  return value === "" || parsesAsJson(value) ? JSON.stringify(value) : value;
};

/** Reads a cell written by `encodeJsonCell`. */
export const decodeJsonCell = (cell: string): unknown => {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
};

/** JSON's whitespace: space, tab, line feed, carriage return (not every character `trim` removes). */
const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Whether `JSON.parse` would accept the text, decided without throwing for the common case: most cells are words,
 * dates or names, and a thrown SyntaxError per cell was the largest cost of flattening (see bench/README.md).
 */
const parsesAsJson = (text: string): boolean => {
  let start = 0;
  let end = text.length;
  while (start < end && isJsonSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsonSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return false;
  const first = text.charCodeAt(start);
  const core = start === 0 && end === text.length ? text : text.slice(start, end);
  if (first === 0x2d || (first >= 0x30 && first <= 0x39)) return JSON_NUMBER.test(core);
  if (first === 0x74 || first === 0x66 || first === 0x6e) return core === "true" || core === "false" || core === "null";
  if (first !== 0x7b && first !== 0x5b && first !== 0x22) return false;
  try {
    JSON.parse(core);
    return true;
  } catch {
    return false;
  }
};

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return may run as a formula when the file is opened in a spreadsheet. `protectFormula` prefixes such a
 * cell with `'`, which spreadsheets show as text; a cell that already starts with `'` gets one more, so that
 * `unprotectFormula` can strip exactly one and give every value back. Plain numbers (`-122.3321`, `+7`, `-1e-3`)
 * are left alone: they are not formulas, and a spreadsheet must still be able to compute with them.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
// Written so each digit can be matched one way only: `\d+\.?\d*` backtracks quadratically on long digit runs.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PROTECTED = /^'[=+\-@\t\r']/;

/** Neutralizes a cell that a spreadsheet would run as a formula (see above); other cells come back unchanged. */
export const protectFormula = (cell: string): string =>
  FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;

/** Reverses `protectFormula`: strips the one `'` it added, and nothing from a cell it did not change. */
export const unprotectFormula = (cell: string): string => (PROTECTED.test(cell) ? cell.slice(1) : cell);
