import {
  type Diagnostic,
  defineParser,
  encodeJsonCell,
  excerpt,
  type Gazetteer,
  mergeDiagnostics,
  type ParsedItem,
  type ParseRecord,
  type ParserContext,
  type ParserInput,
  parseWith,
  type Registry,
  type RegistryEvent,
  unflattenRow,
  unprotectFormula,
} from "@tradecraft/core";
import { type HeaderPlan, planHeader } from "./header";
import { normalizeCell } from "./normalize";
import { type CsvParseOptions, type CsvParseSettings, readParseOptions } from "./options";
import { columnOfPath, NEAREST_COLUMN } from "./paths";
import { type CsvRecord, countBreaks, readRecords } from "./records";

type Settings = CsvParseSettings & { normalize: boolean; unprotect: boolean };

const MALFORMED = {
  quotes: {
    code: "TC_CSV_QUOTES",
    message: "the quotes of this record do not balance",
    hint: 'A quoted field ends with a quote followed by the delimiter or the end of the line, and a quote inside it is written twice (""). Reading went on at the next line.',
  },
  too_long: {
    code: "TC_CSV_RECORD_TOO_LONG",
    message: "this record is longer than maxRecordSize: a quote is probably never closed",
    hint: "Close the quote, or raise maxRecordSize if records this long are expected. Reading went on at the next line.",
  },
} as const;

const malformed = (item: Extract<CsvRecord, { kind: "malformed" }>, record: number | undefined): Diagnostic => ({
  ...MALFORMED[item.reason],
  severity: "error",
  message: `line ${item.line}: ${MALFORMED[item.reason].message}`,
  position: record === undefined ? { line: item.line } : { line: item.line, record },
  excerpt: excerpt(item.text),
});

/** The field a column is read from, or the one it was built from when the sheet lacks it. */
const fieldOfColumn = (header: HeaderPlan, column: string): number | undefined => {
  const nearest = NEAREST_COLUMN.get(column);
  return header.fieldOf.get(column) ?? (nearest === undefined ? undefined : header.fieldOf.get(nearest));
};

/** Turns one data record into an event candidate, a diagnostic or a counted skip. */
const readRow = (
  item: Extract<CsvRecord, { kind: "record" }>,
  record: number,
  header: HeaderPlan,
  settings: Settings,
  context: ParserContext,
): ParsedItem => {
  const { fields, line } = item;
  const rowPosition = { line, record };
  // With normalizing on, a cell of spaces is an empty cell; the exporter's layout is read exactly.
  const blank = settings.normalize ? (f: string) => f.trim() === "" : (f: string) => f === "";
  if (fields.every(blank)) {
    return { kind: "skip", position: rowPosition, reason: fields.length > 1 ? "empty row" : "blank line" };
  }
  const cellAt = (field: number) => ({
    line: line + countBreaks(fields.slice(0, field).join("")),
    column: field + 1,
    record,
  });
  const named = (field: number) => `column ${field + 1} '${header.names[field] ?? ""}'`;
  const fail = (diagnostic: Diagnostic): ParsedItem => ({ kind: "diagnostic", diagnostic });

  if (item.invalidUtf8 && fields.some((f) => f.includes("\uFFFD"))) {
    return fail({
      code: "TC_INVALID_UTF8",
      severity: "error",
      message: `line ${line}: the row is not valid UTF-8`,
      hint: "Re-encode the file as UTF-8 (for example with iconv -t UTF-8, or 'CSV UTF-8' in Excel's Save As).",
      position: rowPosition,
    });
  }
  const extra = fields.findIndex((f, i) => i >= header.names.length && f !== "");
  if (extra >= 0) {
    return fail({
      code: "TC_CSV_EXTRA_FIELDS",
      severity: "error",
      message: `line ${line}: the row has ${fields.length} fields, the header ${header.names.length}`,
      hint: 'A value that holds the delimiter must be quoted ("Paris, Texas").',
      position: cellAt(extra),
    });
  }

  // A null-prototype object: a column named __proto__ stays a plain key.
  const row: Record<string, string> = Object.create(null);
  const problems: Diagnostic[] = [];
  header.targets.forEach((target, i) => {
    const raw = fields[i] ?? "";
    if (target === undefined || blank(raw)) return;
    const cell = settings.unprotect ? unprotectFormula(raw) : raw;
    if (header.kept[i]) {
      row[target] = encodeJsonCell(cell);
      return;
    }
    if (!settings.normalize) {
      row[target] = cell;
      return;
    }
    const reading = normalizeCell(target, cell, { gazetteer: context.gazetteer, dateOrder: settings.dateOrder });
    if (reading.ok) for (const [column, value] of reading.cells) row[column] = value;
    else {
      const { code, message, hint } = reading;
      problems.push({ code, severity: "error", message: `${named(i)}: ${message}`, hint, position: cellAt(i) });
    }
  });
  if (header.generateIds) row.id = `${settings.idPrefix}${line}`;
  if (settings.type !== undefined && row.type === undefined) row.type = settings.type;

  const { event, unknownColumns } = unflattenRow(row, context.registry);
  // For a type the registry does not know, the registry's own diagnostic (with how to register it) says more.
  const foreign = context.registry.has(String(row.type)) ? unknownColumns : [];
  for (const column of foreign) {
    const field = fieldOfColumn(header, column) ?? 0;
    problems.push({
      code: "TC_CSV_FOREIGN_COLUMN",
      severity: "error",
      message: `${named(field)}: '${column}' is not a field of type '${String(row.type)}'`,
      hint: "Leave the cell empty for this type, or correct the row's type.",
      position: cellAt(field),
    });
  }
  const result = problems.length === 0 ? context.registry.parseEvent(event) : undefined;
  if (result?.success) return { kind: "event", event: result.event, position: rowPosition };
  for (const diagnostic of result?.diagnostics ?? []) {
    const column = columnOfPath(diagnostic.path ?? [], String(row.type));
    const field = column === undefined ? undefined : fieldOfColumn(header, column);
    problems.push(
      field === undefined
        ? { ...diagnostic, message: `line ${line}: ${diagnostic.message}`, position: rowPosition }
        : { ...diagnostic, message: `${named(field)}: ${diagnostic.message}`, position: cellAt(field) },
    );
  }
  return fail(mergeDiagnostics(problems));
};

/**
 * The CSV parser plugin. Reads the exporter's layout back exactly, or a user's sheet through a mapping; every
 * data row becomes one event, one diagnostic (with its line, and for a cell its column number and name) or one
 * counted skip (blank lines), and header problems are diagnostics of their own.
 */
export const csvParser = defineParser<CsvParseOptions>({
  name: "csv",
  description: "Events from CSV: the Tradecraft layout, or any spreadsheet through a column mapping.",
  extensions: ["csv", "tsv"],
  mediaTypes: ["text/csv", "text/tab-separated-values"],
  detect: (sample) => {
    const first = (sample.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/, 1)[0] ?? "").split(/[,;\t|]/);
    if (first.includes("id") && first.includes("type")) return 0.9;
    return first.length > 1 ? 0.3 : 0;
  },
  async *parse(input, options, context) {
    const parsed = readParseOptions(options);
    const mapped = parsed.mapping !== undefined;
    const settings: Settings = {
      ...parsed,
      normalize: parsed.normalize ?? mapped,
      unprotect: parsed.unprotectFormulas ?? !mapped,
    };
    let header: HeaderPlan | undefined;
    let record = 0;
    for await (const item of readRecords(input, settings)) {
      if (header === undefined) {
        if (item.kind === "malformed") yield { kind: "diagnostic", diagnostic: malformed(item, undefined) };
        else {
          header = planHeader(item.fields, item.line, settings, context.registry);
          for (const diagnostic of header.diagnostics) yield { kind: "diagnostic", diagnostic };
        }
        continue;
      }
      const index = record++;
      if (item.kind === "malformed") yield { kind: "diagnostic", diagnostic: malformed(item, index) };
      else yield readRow(item, index, header, settings, context);
    }
  },
});

/** Reads CSV into events checked against the registry (see `csvParser`); the gazetteer, if given, reads demonyms and metonyms. */
export const parseCsv = <R extends Registry>(
  input: ParserInput,
  options: CsvParseOptions & { registry: R; gazetteer?: Gazetteer | undefined },
): AsyncGenerator<ParseRecord<RegistryEvent<R>>> => {
  const { registry, gazetteer, ...rest } = options;
  return parseWith(registry, csvParser, input, rest, gazetteer === undefined ? {} : { gazetteer });
};
