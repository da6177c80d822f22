import type { TextParserOptions } from "@tradecraft/parser-text";
import { Command, InvalidArgumentError, Option } from "commander";
import { OutputFormatSchema, outputFormat } from "../formats";
import { readEvents } from "../read-events";
import { type Cli, type CommonFlags, commonOptions, examples, finish, openSession, writeOutput } from "../session";
import { writeEvents } from "../write-events";

interface ExtractFlags extends CommonFlags {
  readonly published?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly html?: boolean;
  readonly to?: string;
}

const publishedDate = (value: string): string => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (day === undefined || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`'${value}' is not a calendar date: write YYYY-MM-DD, such as 2024-03-05.`);
  }
  return value;
};

/** `tradecraft extract <file|->`: the events an article reports, in any output format (CSV by default). */
export const extractCommand = (cli: Cli): Command =>
  commonOptions(
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
      .addOption(
        new Option("--to <format>", "output format; from -o's extension, else csv").choices([
          ...OutputFormatSchema.options,
        ]),
      ),
  )
    .addHelpText(
      "after",
      examples([
        "tradecraft extract article.txt --published 2024-05-15 > events.csv",
        "curl -s https://example.org/story.html | tradecraft extract - --html --to ndjson",
        "tradecraft extract article.txt -o events.geojson",
      ]),
    )
    .action(async (file: string, flags: ExtractFlags) => {
      const session = await openSession(cli, file, flags, "text");
      const text: TextParserOptions = {
        ...(flags.published === undefined ? {} : { published: flags.published }),
        ...(flags.title === undefined ? {} : { title: flags.title }),
        ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
        ...(flags.html ? { html: true } : {}),
      };
      const { registry, gazetteer, tally } = session;
      const to = outputFormat(flags.to, flags.output, "csv", registry);
      await writeOutput(cli, flags.output, async (output) => {
        const source = await readEvents(session.input, "text", { registry, gazetteer, tally, text });
        const chunks = writeEvents(source.events, to, {
          registry,
          gazetteer,
          onDiagnostic: (d) => tally.diagnostic(d),
        });
        for await (const chunk of chunks) await output.write(chunk);
      });
      finish(cli, session);
    });
