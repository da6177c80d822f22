import { type FlatValue, protectFormula } from "@tradecraft/core";

/**
 * Writes one cell as RFC 4180 has it: quoted only when it holds the delimiter, a quote or a line break, with
 * inner quotes doubled. Numbers and booleans are written as JavaScript prints them (`-122.3321`, `true`) and are
 * never neutralized, so spreadsheets can compute with them; text is neutralized first when `protectFormulas` is on.
 */
export const cellWriter = (delimiter: string, protectFormulas: boolean) => {
  const special = new RegExp(`["\\r\\n${delimiter.replace(/[\\^\]-]/g, "\\$&")}]`);
  return (value: FlatValue | undefined): string => {
    if (value === undefined) return "";
    if (typeof value !== "string") return String(value);
    const text = protectFormulas ? protectFormula(value) : value;
    return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
};
