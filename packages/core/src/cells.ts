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

const parsesAsJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
