import { Command, Option } from "commander";
import { readEvents } from "../read-events";
import { type Cli, type CommonFlags, commonOptions, examples, finish, openSession, writeOutput } from "../session";
import { computeStats, formatStats } from "../stats";

interface StatsFlags extends CommonFlags {
  readonly from?: string;
  readonly format: "human" | "json";
}

/** `tradecraft stats`: counts by type, initiator, target and year, and who expelled whose diplomats both ways. */
export const statsCommand = (cli: Cli): Command =>
  commonOptions(
    new Command("stats")
      .description("count events by type, initiator, target and year, and list the reciprocity pairs")
      .argument("[file]", "the input file, or - (or nothing) for standard input")
      .option(
        "--from <format>",
        "the input's format (ndjson, json, csv, gdelt, text, or a plugin's parser); detected when absent",
      )
      .addOption(new Option("--format <format>", "for people, or JSON").choices(["human", "json"]).default("human")),
    "the statistics' file (written atomically); standard output without it",
  )
    .addHelpText(
      "after",
      examples(["tradecraft stats events.ndjson", "tradecraft stats dataset.json --format json | jq .byType"]),
    )
    .action(async (file: string | undefined, flags: StatsFlags) => {
      const session = await openSession(cli, file, flags, flags.from);
      const { registry, gazetteer, tally } = session;
      const source = await readEvents(session.input, session.format, { registry, gazetteer, tally });
      const stats = await computeStats(source.events);
      const text = flags.format === "json" ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats);
      await writeOutput(cli, flags.output, (output) => output.write(text));
      finish(cli, session);
    });
