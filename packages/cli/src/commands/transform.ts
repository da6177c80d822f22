import { readFile } from "node:fs/promises";
import type { CsvParseOptions } from "@tradecraft/parser-csv";
import { Command, InvalidArgumentError, Option } from "commander";
import { CliError, EXIT } from "../errors";
import { InputFormatSchema, type OutputFormat, OutputFormatSchema, outputFormat } from "../formats";
import { type EventSource, readEvents } from "../read-events";
import type { Tally } from "../report";
import { type Cli, type CommonFlags, commonOptions, examples, finish, openSession, writeOutput } from "../session";
import { writeEvents } from "../write-events";

interface TransformFlags extends CommonFlags {
  readonly from?: string;
  readonly to?: string;
  readonly mapping?: string;
  readonly type?: string;
  readonly delimiter?: string;
  readonly dateOrder?: "dmy" | "mdy";
}

/** What sets `import`, `export` and `convert` apart: the formats each accepts and its default output. */
interface Flavour {
  readonly name: "import" | "export" | "convert";
  readonly summary: string;
  readonly inputs?: readonly string[];
  readonly outputs?: readonly string[];
  readonly defaultTo: OutputFormat;
  readonly examples: readonly string[];
}

const delimiter = (value: string) => {
  const named: Record<string, string> = { tab: "\t", "\\t": "\t", comma: ",", semicolon: ";", pipe: "|" };
  const result = named[value] ?? value;
  if (result.length !== 1) throw new InvalidArgumentError("one character, or tab, comma, semicolon, pipe");
  return result;
};

/** Reads a `--mapping` file: a JSON object of your header names to layout columns or model paths (or null). */
const readMapping = async (path: string): Promise<Record<string, string | null>> => {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(
      `cannot read the mapping '${path}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      "check the path",
      EXIT.input,
    );
  }
  let mapping: unknown;
  try {
    mapping = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${path}: the mapping is not JSON (${(error as Error).message})`,
      'write it as {"Your header": "initiator", ...}',
      EXIT.usage,
    );
  }
  const valid =
    typeof mapping === "object" &&
    mapping !== null &&
    !Array.isArray(mapping) &&
    Object.values(mapping).every((v) => v === null || typeof v === "string");
  if (!valid) {
    throw new CliError(
      `${path}: the mapping is not an object of header names to columns`,
      'write it as {"Expelling country": "initiator", "Date": "date", "Internal": null}',
      EXIT.usage,
    );
  }
  return mapping as Record<string, string | null>;
};

const csvOptions = async (flags: TransformFlags): Promise<CsvParseOptions> => ({
  ...(flags.mapping === undefined ? {} : { mapping: await readMapping(flags.mapping) }),
  ...(flags.type === undefined ? {} : { type: flags.type }),
  ...(flags.delimiter === undefined ? {} : { delimiter: flags.delimiter }),
  ...(flags.dateOrder === undefined ? {} : { dateOrder: flags.dateOrder }),
});

/** A JSON dataset's entities and sources have no place in the other formats: say so rather than lose them silently. */
const warnDroppedParts = (dataset: EventSource["dataset"], to: string, tally: Tally) => {
  const parts = [
    [dataset?.entities?.length ?? 0, "entit", "y", "ies"],
    [dataset?.sources?.length ?? 0, "source", "", "s"],
  ] as const;
  const kept = parts.filter(([n]) => n > 0);
  const dropped = kept.map(([n, stem, one, many]) => `${n} ${stem}${n === 1 ? one : many}`);
  if (dropped.length === 0) return;
  const verb = kept.length === 1 && kept[0]?.[0] === 1 ? "is" : "are";
  tally.diagnostic({
    code: "TC_CLI_DATASET_PARTS",
    severity: "warning",
    message: `only events are written to ${to}: the dataset's ${dropped.join(" and ")} ${verb} left out (entities still name the actors where the format has columns for them)`,
    hint: "Keep the dataset as JSON (--to json) to carry them along.",
  });
};

const refuse = (format: string, allowed: readonly string[] | undefined, what: string, command: string) => {
  if (allowed === undefined || allowed.includes(format)) return;
  throw new CliError(
    `'${command}' does not ${what} ${format}`,
    `it ${what}s ${allowed.join(", ")}; use 'tradecraft convert' for any format to any other`,
    EXIT.usage,
  );
};

/** One action for `import`, `export` and `convert`: read events in one format, write them in another, streaming. */
const transformCommand = (cli: Cli, flavour: Flavour): Command =>
  commonOptions(
    new Command(flavour.name)
      .description(flavour.summary)
      .argument("[file]", "the input file, or - (or nothing) for standard input")
      .option(
        "--from <format>",
        `the input's format (${[...(flavour.inputs ?? InputFormatSchema.options)].join(", ")}, or a plugin's parser); detected when absent`,
      )
      .option(
        "--to <format>",
        `the output's format (${[...(flavour.outputs ?? OutputFormatSchema.options)].join(", ")}, or a plugin's exporter); from -o's extension, else ${flavour.defaultTo}`,
      )
      .option(
        "--mapping <file>",
        'CSV: a JSON file mapping your header names to columns ({"Expelling country": "initiator"})',
      )
      .option("--type <type>", "CSV: the event type of rows without a type column")
      .option("--delimiter <char>", "CSV: the field separator (, ; | or tab)", delimiter)
      .addOption(new Option("--date-order <order>", "CSV: how to read 05/03/2022").choices(["dmy", "mdy"])),
  )
    .addHelpText("after", examples(flavour.examples))
    .action(async (file: string | undefined, flags: TransformFlags) => {
      const session = await openSession(cli, file, flags, flags.from);
      refuse(session.format, flavour.inputs, "read", flavour.name);
      const to = outputFormat(flags.to, flags.output, flavour.defaultTo, session.registry);
      refuse(to, flavour.outputs, "write", flavour.name);
      const csv = await csvOptions(flags);
      const { registry, gazetteer, tally } = session;
      await writeOutput(cli, flags.output, async (output) => {
        const source = await readEvents(session.input, session.format, { registry, gazetteer, tally, csv });
        if (to !== "json") warnDroppedParts(source.dataset, to, tally);
        const chunks = writeEvents(source.events, to, {
          registry,
          gazetteer,
          dataset: source.dataset,
          onDiagnostic: (diagnostic) =>
            tally.diagnostic({
              ...diagnostic,
              severity: diagnostic.severity === "error" ? "warning" : diagnostic.severity,
            }),
        });
        for await (const chunk of chunks) await output.write(chunk);
      });
      finish(cli, session);
    });

export const importCommand = (cli: Cli): Command =>
  transformCommand(cli, {
    name: "import",
    summary: "read GDELT, CSV (yours, through --mapping) or native JSON/NDJSON into native NDJSON events",
    outputs: ["ndjson", "json"],
    defaultTo: "ndjson",
    examples: [
      "tradecraft import 20240301.export.CSV -o gdelt.ndjson",
      "tradecraft import sheet.csv --mapping mapping.json --type expulsion -o events.ndjson",
      "tradecraft import events.json --to ndjson > events.ndjson",
      "cat events.ndjson | tradecraft import --plugin ./acme-plugin.js",
    ],
  });

export const exportCommand = (cli: Cli): Command =>
  transformCommand(cli, {
    name: "export",
    summary: "write native NDJSON/JSON events as CSV, GeoJSON, GeoJSON sequences, NDJSON or a JSON dataset",
    inputs: ["ndjson", "json"],
    defaultTo: "csv",
    examples: [
      "tradecraft export events.ndjson -o events.csv",
      "tradecraft export events.ndjson --to geojson > events.geojson",
      "tradecraft export dataset.json -o events.geojsons",
    ],
  });

export const convertCommand = (cli: Cli): Command =>
  transformCommand(cli, {
    name: "convert",
    summary: "any input the command reads to any output it writes (formats from extensions, content, or --from/--to)",
    defaultTo: "ndjson",
    examples: [
      "tradecraft convert events.csv -o events.geojson",
      "tradecraft convert 20240301.export.CSV --to csv > gdelt.csv",
      "tradecraft convert - --from ndjson --to json < events.ndjson",
    ],
  });
