import { coreRegistry, type EventBase, formatNdjson, parseWith } from "@tradecraft/core";
import { formatCsv } from "@tradecraft/exporter-csv";
import { gazetteer } from "@tradecraft/gazetteer";
import { type TextParserOptions, textParser } from "@tradecraft/parser-text";
import { Command, InvalidArgumentError, Option } from "commander";
import { CliError, EXIT } from "../errors";
import type { Io } from "../io";

interface ExtractFlags {
  readonly published?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly html?: boolean;
  readonly to: "csv" | "ndjson";
}

/** Diagnostics that mean the input is not an article we can read. */
const UNREADABLE = new Set(["TC_NOT_TEXT", "TC_TEXT_TOO_LARGE"]);

const publishedDate = (value: string): string => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (day === undefined || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`'${value}' is not a calendar date: write YYYY-MM-DD, such as 2024-03-05.`);
  }
  return value;
};

const readInput = async (file: string, io: Io): Promise<Uint8Array> => {
  try {
    if (file !== "-") return await io.readFile(file);
    const chunks: Uint8Array[] = [];
    for await (const chunk of io.stdin()) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(
      `cannot read ${file === "-" ? "standard input" : `'${file}'`} (${reason})`,
      "check the path and its permissions, or pass - to read standard input",
      EXIT.input,
    );
  }
};

/** `tradecraft extract <file|->`: the events an article reports, as CSV (the standard header) or NDJSON. */
export const extractCommand = (io: Io): Command =>
  new Command("extract")
    .description("extract the diplomatic and espionage events a news article reports")
    .argument("<file>", "the article as plain text, or - to read standard input")
    .option(
      "--published <date>",
      "the article's publication date (YYYY-MM-DD): anchors 'last month', 'on Friday'",
      publishedDate,
    )
    .option("--title <title>", "the article's title, for the events' sources")
    .option("--publisher <name>", "who published the article, for the events' sources")
    .option("--html", "the input is HTML: read its text")
    .addOption(new Option("--to <format>", "output format").choices(["csv", "ndjson"]).default("csv"))
    .action(async (file: string, flags: ExtractFlags) => {
      const input = await readInput(file, io);
      const options: TextParserOptions = {
        ...(flags.published === undefined ? {} : { published: flags.published }),
        ...(flags.title === undefined ? {} : { title: flags.title }),
        ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
        ...(flags.html ? { html: true } : {}),
      };
      const events: EventBase[] = [];
      for await (const record of parseWith(coreRegistry, textParser, input, options, { gazetteer })) {
        if (record.kind === "event") events.push(record.event);
        else if (record.kind === "diagnostic") {
          const { diagnostic } = record;
          if (UNREADABLE.has(diagnostic.code)) {
            throw new CliError(`${diagnostic.message} (${diagnostic.code})`, diagnostic.hint ?? "", EXIT.input);
          }
          io.stderr(`tradecraft: warning: ${diagnostic.message} (${diagnostic.code})\n`);
        }
      }
      const output = flags.to === "csv" ? formatCsv(events, { registry: coreRegistry }) : formatNdjson(events);
      for await (const text of output) io.stdout(text);
    });
