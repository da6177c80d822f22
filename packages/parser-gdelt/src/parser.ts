import {
  coreRegistry,
  type Diagnostic,
  defineParser,
  definePlugin,
  type Line,
  type ParsedItem,
  type ParseRecord,
  type ParserContext,
  type ParserInput,
  type Position,
  parseWith,
  type Registry,
  type RegistryEvent,
  readLines,
  TradecraftError,
} from "@tradecraft/core";
import { type Candidate, Collapser, type CollapsibleEvent, happeningKey } from "./collapse";
import { type GdeltLayout, layoutForColumnCount, layoutOf } from "./columns";
import { convertRow, rowFilters } from "./convert";
import { gdeltDiagnostic } from "./diagnostics";
import { openInput } from "./input";
import { type GdeltOptions, resolveOptions } from "./options";
import { COLLAPSED_REASON, HEADER_REASON } from "./skips";

const lineProblem = (line: Line, position: Position): ParsedItem | undefined => {
  if (line.truncated) {
    return {
      kind: "diagnostic",
      diagnostic: gdeltDiagnostic("TC_GDELT_LINE_TOO_LONG", `the line is longer than ${line.text.length} characters`, {
        position,
        excerpt: line.text,
      }),
    };
  }
  if (line.invalidUtf8) {
    return {
      kind: "diagnostic",
      diagnostic: gdeltDiagnostic("TC_GDELT_INVALID_UTF8", "the line is not valid UTF-8", {
        position,
        excerpt: line.text,
      }),
    };
  }
  return undefined;
};

const columnCountProblem = (count: number, forced: GdeltLayout | undefined, position: Position): ParsedItem => ({
  kind: "diagnostic",
  diagnostic: gdeltDiagnostic(
    "TC_GDELT_COLUMN_COUNT",
    forced === undefined
      ? `${count} columns: GDELT event rows have 61 (2.0), 58 (1.0 daily) or 57 (1.0 historical)`
      : `${count} columns where GDELT ${forced.version} rows have ${forced.columns.length}`,
    { position },
  ),
});

const eventItem = ({ event, position }: Candidate): ParsedItem => ({ kind: "event", event, position });

async function* parseRows(
  input: ParserInput,
  rawOptions: GdeltOptions,
  context: ParserContext,
): AsyncGenerator<ParsedItem> {
  const options = resolveOptions(rawOptions);
  const filters = rowFilters(options);
  const collapser = options.collapse ? new Collapser(options.collapseWindow) : undefined;
  const notices: Diagnostic[] = [];
  const forced = options.version === undefined ? undefined : layoutOf(options.version);
  let nextLine = 1;
  try {
    const lines = readLines(openInput(input, options, notices), { maxLineLength: options.maxLineLength });
    for await (const line of lines) {
      nextLine = line.line + 1;
      if (line.text === "") continue;
      const position = { line: line.line, offset: line.offset };
      const problem = lineProblem(line, position);
      if (problem !== undefined) {
        yield problem;
        continue;
      }
      const fields = line.text.split("\t");
      if (fields[0] === "GLOBALEVENTID") {
        yield { kind: "skip", position, reason: HEADER_REASON };
        continue;
      }
      // Each row's layout is its own column count's, so a file of 1.0 daily and historical rows reads as well.
      const layout = forced ?? layoutForColumnCount(fields.length);
      if (layout === undefined || fields.length !== layout.columns.length) {
        yield columnCountProblem(fields.length, forced, position);
        continue;
      }
      const item = convertRow(fields, layout, position, filters);
      if (item.kind !== "event" || collapser === undefined) {
        yield item;
        continue;
      }
      const event = item.event as CollapsibleEvent;
      const symmetric = context.registry.types[event.type]?.symmetric ?? false;
      const day = String(event.ext.gdelt.DATEADDED).slice(0, 8);
      const { joined, released } = collapser.add({ event, position }, happeningKey(event, symmetric), day);
      yield* released.map(eventItem);
      if (joined !== undefined) yield { kind: "skip", position, reason: COLLAPSED_REASON };
    }
  } catch (error) {
    // Problems that stop the reading (a damaged archive, a zip bomb) end the stream as one diagnostic.
    if (!(error instanceof TradecraftError)) throw error;
    yield { kind: "diagnostic", diagnostic: { ...error.toDiagnostic(), position: { line: nextLine } } };
  }
  if (collapser !== undefined) yield* collapser.flush().map(eventItem);
  yield* notices.map((diagnostic): ParsedItem => ({ kind: "diagnostic", diagnostic }));
}

/** How sure we are that a sample is a GDELT event export: a row of 57, 58 or 61 tab-separated columns, or a GDELT zip. */
const detect = (sample: string): number => {
  if (sample.startsWith("PK\u0003\u0004")) return /\.export\.csv/i.test(sample.slice(0, 512)) ? 0.9 : 0.3;
  const [first = ""] = sample.replace(/^\uFEFF/, "").split(/\r?\n/, 1);
  const fields = first.split("\t");
  if (layoutForColumnCount(fields.length) === undefined) return 0;
  return /^\d+$/.test(fields[0] ?? "") && /^\d{8}$/.test(fields[1] ?? "") ? 0.95 : 0.5;
};

/** The GDELT parser, for `parseWith` and registries. */
export const gdeltParser = defineParser<GdeltOptions>({
  name: "gdelt",
  description:
    "GDELT 1.0 and 2.0 event exports (tab-separated, 57, 58 or 61 columns, plain or zipped) to the diplomatic and espionage events they report.",
  extensions: ["csv", "tsv", "zip"],
  mediaTypes: ["text/tab-separated-values", "application/zip"],
  detect,
  parse: parseRows,
});

/** The package as a plugin: `coreRegistry.use(gdeltPlugin)`. */
export const gdeltPlugin = definePlugin({ name: "@tradecraft/parser-gdelt", parsers: [gdeltParser] });

/**
 * Reads a GDELT export (a string, bytes, or a stream of chunks; plain or zipped) and yields one record per row: an
 * event checked against the registry (the core types unless `registry` is given), a diagnostic, or a counted skip.
 */
export function parseGdelt(
  input: ParserInput,
  options?: GdeltOptions,
): AsyncGenerator<ParseRecord<RegistryEvent<typeof coreRegistry>>>;
export function parseGdelt<R extends Registry>(
  input: ParserInput,
  options: GdeltOptions & { registry: R },
): AsyncGenerator<ParseRecord<RegistryEvent<R>>>;
export function parseGdelt(
  input: ParserInput,
  options: GdeltOptions & { registry?: Registry } = {},
): AsyncGenerator<ParseRecord<unknown>> {
  const { registry = coreRegistry, ...rest } = options;
  return parseWith(registry, gdeltParser, input, rest);
}
