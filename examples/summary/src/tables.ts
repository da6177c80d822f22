import { countryName, type EventBase } from "@tradecraft/core";

/** A plain text table: the first column left-aligned, the others right-aligned (they hold counts). */
export const textTable = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string => {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const [head = [], ...body] = cells;
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
};

const byCountDesc = <T extends { total: number; key: string }>(a: T, b: T) =>
  b.total - a.total || a.key.localeCompare(b.key);

/** Events by type, split by where they came from (the curated dataset, the bundled articles). */
export const typeTable = (origins: Readonly<Record<string, readonly EventBase[]>>): string => {
  const names = Object.keys(origins);
  const counts = new Map<string, number[]>();
  names.forEach((name, column) => {
    for (const event of origins[name] ?? []) {
      const row = counts.get(event.type) ?? names.map(() => 0);
      row[column] = (row[column] ?? 0) + 1;
      counts.set(event.type, row);
    }
  });
  const rows = [...counts]
    .map(([key, row]) => ({ key, row, total: row.reduce((a, b) => a + b, 0) }))
    .sort(byCountDesc)
    .map(({ key, row, total }) => [key, ...row, total]);
  const totals = names.map((name) => origins[name]?.length ?? 0);
  rows.push(["all types", ...totals, totals.reduce((a, b) => a + b, 0)]);
  return textTable(["type", ...names, "total"], rows);
};

/**
 * Events by country: how often each state acts (initiator), is acted against (target), and where events take place
 * (location.country). Entity references (`org:...`) are not countries and are left out.
 */
export const countryTable = (events: readonly EventBase[]): string => {
  const counts = new Map<string, [number, number, number]>();
  const bump = (code: string | undefined, column: 0 | 1 | 2) => {
    if (code === undefined || !/^[A-Z]{2}$/.test(code)) return;
    const row = counts.get(code) ?? [0, 0, 0];
    row[column] += 1;
    counts.set(code, row);
  };
  for (const event of events) {
    bump(event.initiator, 0);
    bump(event.target, 1);
    bump(event.location?.country, 2);
  }
  const rows = [...counts]
    .map(([key, row]) => ({ key, row, total: row[0] + row[1] }))
    .sort(byCountDesc)
    .map(({ key, row }) => [`${key} ${countryName(key) ?? ""}`.trim(), ...row]);
  return textTable(["country", "initiator", "target", "place"], rows);
};
