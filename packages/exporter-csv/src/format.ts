import {
  defineExporter,
  type Entity,
  type EventBase,
  type FlatRow,
  flattenEvent,
  TradecraftError,
} from "@tradecraft/core";
import { type ColumnPlan, planColumns } from "./columns";
import { type CsvExportContext, type CsvExportOptions, type CsvExportSettings, readExportOptions } from "./options";
import { cellWriter } from "./rfc4180";

/** Text is handed on in pieces of about this many characters: few enough awaits, small enough to stay constant. */
const CHUNK_CHARS = 64 * 1024;

/** The events an export takes: any iterable, sync or async, of events of any registered type. */
export type Events = Iterable<EventBase> | AsyncIterable<EventBase>;

/**
 * Writes events as CSV, streaming: the first `lookahead` events are held to decide the header, then every event
 * is written as it arrives. An event that fills a column the header lacks stops the export with a
 * `TC_CSV_LATE_COLUMN` error rather than losing the value (see the README: declare it with `ext`, or raise
 * `lookahead`).
 */
export async function* formatCsv(events: Events, options: CsvExportOptions & CsvExportContext): AsyncGenerator<string> {
  const { registry, entities, ...rest } = options;
  const settings = readExportOptions(rest);
  const context = entities === undefined ? { registry } : { registry, entities: entityMap(entities) };
  const writeCell = cellWriter(settings.delimiter, settings.protectFormulas);
  const line = (cells: readonly string[]) => cells.join(settings.delimiter) + settings.newline;

  const ahead: { type: string; row: FlatRow }[] = [];
  let plan: ColumnPlan | undefined;
  let out = settings.bom ? "\uFEFF" : "";
  let record = 0;

  const start = (complete: boolean) => {
    plan = planColumns(registry, settings, ahead, complete);
    if (settings.header) out += line(plan.columns.map(writeCell));
    const first = record - ahead.length;
    ahead.forEach((e, i) => {
      out += rowLine(e.row, first + i);
    });
    ahead.length = 0;
  };
  const rowLine = (row: FlatRow, index: number): string => {
    const { columns, accepts } = plan as ColumnPlan;
    for (const column in row) if (!accepts(column)) throw lateColumn(row, column, index, settings);
    let text = "";
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) text += settings.delimiter;
      text += writeCell(row[columns[i] as string]);
    }
    return text + settings.newline;
  };

  for await (const event of events) {
    if (settings.types !== undefined && !settings.types.includes(event.type)) continue;
    const row = flattenEvent(event, context);
    record += 1;
    if (plan === undefined) {
      ahead.push({ type: event.type, row });
      if (ahead.length > settings.lookahead) start(false);
    } else {
      out += rowLine(row, record - 1);
    }
    if (out.length >= CHUNK_CHARS) {
      yield out;
      out = "";
    }
  }
  if (plan === undefined) start(true);
  if (out !== "") yield out;
}

const lateColumn = (row: FlatRow, column: string, index: number, settings: CsvExportSettings) =>
  new TradecraftError({
    code: "TC_CSV_LATE_COLUMN",
    message: `event '${String(row.id)}' (number ${index + 1}) has a value in column '${column}', which is not in the header written before it`,
    hint: `Declare the column up front (ext: ["${column}"], or types: [...] for a type's own columns), or raise lookahead (now ${settings.lookahead}) so that the exporter reads this event before it writes the header.`,
    position: { record: index },
  });

const entityMap = (entities: Iterable<Entity>): ReadonlyMap<string, Entity> =>
  new Map([...entities].map((e) => [e.id, e]));

/** The whole CSV text at once, for small datasets and tests. */
export const toCsvString = async (events: Events, options: CsvExportOptions & CsvExportContext): Promise<string> => {
  let text = "";
  for await (const chunk of formatCsv(events, options)) text += chunk;
  return text;
};

/** The exporter plugin: `registry.use(definePlugin({ name, exporters: [csvExporter] }))`, or call `export` directly. */
export const csvExporter = defineExporter<CsvExportOptions>({
  name: "csv",
  description: "RFC 4180 CSV with the Tradecraft standard header, for spreadsheets.",
  extension: "csv",
  mediaType: "text/csv",
  export: (events, options, context) =>
    formatCsv(events, { ...options, registry: context.registry, entities: context.dataset?.entities }),
});
