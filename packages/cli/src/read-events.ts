import {
  type Dataset,
  type EventBase,
  type Gazetteer,
  ndjsonParser,
  type ParseRecord,
  type Parser,
  type ParserInput,
  parseWith,
  type Registry,
  readDataset,
} from "@tradecraft/core";
import { type CsvParseOptions, csvParser } from "@tradecraft/parser-csv";
import { gdeltParser } from "@tradecraft/parser-gdelt";
import type { TextParserOptions } from "@tradecraft/parser-text";
import { CliError, EXIT } from "./errors";
import { type Input, readAll } from "./input";
import type { Tally } from "./report";

export interface ReadOptions {
  readonly registry: Registry;
  readonly gazetteer: Gazetteer;
  /** Where every diagnostic, skip and event is counted. */
  readonly tally: Tally;
  /** For CSV input: a mapping, a type, a delimiter ... */
  readonly csv?: CsvParseOptions;
  /** For news text: the publication date, title, publisher. */
  readonly text?: TextParserOptions;
}

/** The events read, and for a JSON dataset its entities and sources (exporters and rules resolve ids with them). */
export interface EventSource {
  readonly events: AsyncIterable<EventBase>;
  readonly dataset?: Omit<Dataset, "events">;
}

/** Diagnostics that mean the input is not text at all: exit 3, not a rejected record. */
const UNREADABLE = new Set(["TC_NOT_TEXT", "TC_TEXT_TOO_LARGE"]);

async function* failOnUnreadable<E>(records: AsyncIterable<ParseRecord<E>>): AsyncGenerator<ParseRecord<E>> {
  for await (const record of records) {
    if (record.kind === "diagnostic" && UNREADABLE.has(record.diagnostic.code)) {
      const { diagnostic } = record;
      throw new CliError(`${diagnostic.message} (${diagnostic.code})`, diagnostic.hint ?? "", EXIT.input);
    }
    yield record;
  }
}

const readJson = async (input: Input, options: ReadOptions): Promise<EventSource> => {
  const text = new TextDecoder().decode(await readAll(input)).replace(/^\uFEFF/, "");
  // A bare array of events reads as a dataset of those events.
  const { dataset, diagnostics } = readDataset(text.trimStart().startsWith("[") ? `{"events":${text}}` : text, {
    registry: options.registry,
  });
  for (const diagnostic of diagnostics) options.tally.diagnostic(diagnostic);
  const { events, ...rest } = dataset;
  async function* each(): AsyncGenerator<EventBase> {
    for (const event of events) {
      options.tally.events++;
      yield event;
    }
  }
  return { events: each(), dataset: rest };
};

/**
 * Reads events from an input in any format the command knows, or a plugin's parser: one layer for every
 * subcommand. Streams where the format allows (NDJSON, CSV, GDELT, plugins' parsers); a JSON dataset and an
 * article are read whole. Every record is counted in the tally: an event, a diagnostic or a skip.
 */
export const readEvents = async (input: Input, format: string, options: ReadOptions): Promise<EventSource> => {
  const { registry, gazetteer, tally } = options;
  const run = <O>(parser: Parser<O>, source: ParserInput, parserOptions: O): AsyncIterable<EventBase> =>
    tally.pass<EventBase>(failOnUnreadable(parseWith(registry, parser, source, parserOptions, { gazetteer })));
  switch (format) {
    case "json":
      return readJson(input, options);
    case "ndjson":
      return { events: run(ndjsonParser, input.chunks, {}) };
    case "csv":
      return { events: run(csvParser, input.chunks, options.csv ?? {}) };
    case "gdelt":
      return { events: run(gdeltParser, input.chunks, {}) };
    case "text": {
      // Loaded only for articles: the text parser is the slowest module to start.
      const { textParser } = await import("@tradecraft/parser-text");
      return { events: run(textParser, await readAll(input), options.text ?? {}) };
    }
    default: {
      const parser = registry.parsers.find((p) => p.name === format);
      if (parser === undefined) throw new CliError(`unknown input format '${format}'`, "see --help", EXIT.usage);
      return { events: run(parser as Parser<Record<string, never>>, input.chunks, {}) };
    }
  }
};
