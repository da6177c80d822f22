import { DETAIL_COLUMNS, type FlatRow, type Registry, STANDARD_COLUMNS, typeColumns } from "@tradecraft/core";
import type { CsvExportSettings } from "./options";

/** The columns of a CSV file, and which columns a row may fill without being in them. */
export interface ColumnPlan {
  readonly columns: readonly string[];
  /** True for a column in the header, or one whose values are left out on purpose (chosen columns, no details). */
  readonly accepts: (column: string) => boolean;
}

const COMMON: ReadonlySet<string> = new Set([...STANDARD_COLUMNS, ...DETAIL_COLUMNS]);

/**
 * Decides the header before the first row is written. Chosen `columns` are taken as they are. Otherwise: the
 * standard columns, the detail columns, the own columns of the selected types (or, when the whole input was read
 * ahead, of the types it holds; or else of every registered type, so that no later event can bring a type
 * column the header lacks), then the columns the rows read ahead use beyond those: fields of unregistered types, the declared
 * `ext.*` columns, then the discovered ones. Discovered columns are sorted by name, so that the header does not
 * depend on the order of the events.
 */
export const planColumns = (
  registry: Registry,
  settings: CsvExportSettings,
  ahead: readonly { type: string; row: FlatRow }[],
  complete: boolean,
): ColumnPlan => {
  if (settings.columns !== undefined) return { columns: settings.columns, accepts: () => true };
  const types = settings.types ?? (complete ? [...new Set(ahead.map((e) => e.type))] : undefined);
  const columns = [...STANDARD_COLUMNS, ...(settings.details ? DETAIL_COLUMNS : []), ...typeColumns(registry, types)];
  const declared = settings.ext ?? [];
  const known = new Set([...COMMON, ...columns, ...declared]);
  const found = new Set<string>();
  for (const { row } of ahead) for (const column of Object.keys(row)) if (!known.has(column)) found.add(column);
  const sorted = [...found].sort();
  const ext = sorted.filter((c) => c.startsWith("ext."));
  const fields = sorted.filter((c) => !c.startsWith("ext."));
  const header = new Set([...columns, ...fields, ...declared, ...ext]);
  return { columns: [...header], accepts: (column) => header.has(column) || COMMON.has(column) };
};
