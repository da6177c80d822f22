import type { EventBase } from "@tradecraft/core";
import type { RuleSetting } from "@tradecraft/validators";
import { Command, InvalidArgumentError, Option } from "commander";
import { readEvents } from "../read-events";
import { type Cli, type CommonFlags, commonOptions, examples, finish, openSession, writeOutput } from "../session";

interface ValidateFlags extends CommonFlags {
  readonly from?: string;
  readonly format: "human" | "json";
  readonly rule: Readonly<Record<string, RuleSetting>>;
}

/** `--rule dates.not-in-future=off`: one rule's setting, added to those before it (the validators check both). */
const ruleSetting = (value: string, previous: Readonly<Record<string, RuleSetting>>) => {
  const match = /^([^=]+)=(.+)$/.exec(value);
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new InvalidArgumentError(
      `'${value}' is not id=severity: write such as dates.not-in-future=warning (error, warning, info or off)`,
    );
  }
  return { ...previous, [match[1]]: match[2] as RuleSetting };
};

/** `tradecraft validate`: every rule of @tradecraft/validators, with the offline gazetteer, over any input. */
export const validateCommand = (cli: Cli): Command =>
  commonOptions(
    new Command("validate")
      .description(
        "check events with the validators' rules (dates, geography, actors, duplicates, relations ...) and the offline gazetteer",
      )
      .argument("[file]", "the input file, or - (or nothing) for standard input")
      .option(
        "--from <format>",
        "the input's format (ndjson, json, csv, gdelt, text, or a plugin's parser); detected when absent",
      )
      .addOption(
        new Option("--format <format>", "the report: for people, or JSON (the validators' ReportSchema)")
          .choices(["human", "json"])
          .default("human"),
      )
      .addOption(
        new Option("--rule <id=severity>", "set a rule's severity (error, warning, info) or turn it off; repeatable")
          .argParser(ruleSetting)
          .default({}),
      ),
    "the report's file (written atomically); standard output without it",
  )
    .addHelpText(
      "after",
      examples([
        "tradecraft validate events.ndjson",
        "tradecraft validate dataset.json --format json -o report.json",
        "tradecraft validate events.ndjson --rule dates.not-in-future=off --rule duplicates.probable=error",
        "tradecraft validate designations.ndjson --plugin ./acme-plugin.js",
      ]),
    )
    .action(async (file: string | undefined, flags: ValidateFlags) => {
      const session = await openSession(cli, file, flags, flags.from);
      const { registry, gazetteer, tally } = session;
      const source = await readEvents(session.input, session.format, { registry, gazetteer, tally });
      const { renderHuman, renderJson, validate, wantsColor } = await import("@tradecraft/validators");
      const options = { registry, gazetteer, rules: flags.rule };
      let report: Awaited<ReturnType<typeof validate>>;
      if (source.dataset === undefined) report = await validate(source.events, options);
      else {
        const events: EventBase[] = [];
        for await (const event of source.events) events.push(event);
        report = await validate({ ...source.dataset, events }, options);
      }
      const color = flags.output === undefined && wantsColor({ isTTY: cli.io.stdoutIsTTY }, process.env);
      await writeOutput(cli, flags.output, (output) =>
        output.write(flags.format === "json" ? renderJson(report) : renderHuman(report, { color })),
      );
      finish(cli, session, report.hasErrors);
    });
