import { type EventBase, flatColumns, flattenEvent, type Registry } from "@tradecraft/core";

// TEMPORARY: a minimal RFC 4180 writer until @tradecraft/exporter-csv lands on main; replaced by its formatCsv.
const cell = (value: string | number | boolean | undefined) => {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function* formatCsv(events: readonly EventBase[], options: { registry: Registry }): Generator<string> {
  const columns = flatColumns(options.registry);
  yield `${columns.map(cell).join(",")}\r\n`;
  for (const event of events) {
    const row = flattenEvent(event, { registry: options.registry });
    yield `${columns.map((c) => cell(row[c])).join(",")}\r\n`;
  }
}
