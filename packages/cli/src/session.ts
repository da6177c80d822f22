import type { Gazetteer, Registry } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { type Command, Option } from "commander";
import { EXIT } from "./errors";
import { inputFormat } from "./formats";
import { type Input, openInput } from "./input";
import type { Io } from "./io";
import { type Output, openOutput } from "./output";
import { loadRegistry } from "./plugins";
import { wantsProgress, withProgress } from "./progress";
import { Tally } from "./report";

/** What every command runs with: the process's streams, its folder, and the exit code it sets. */
export interface Cli {
  readonly io: Io;
  readonly cwd: string;
  exitCode: number;
}

/** The options every command that reads events takes. */
export interface CommonFlags {
  readonly plugin: readonly string[];
  readonly quiet?: boolean;
  readonly output?: string;
}

const collect = (value: string, previous: readonly string[]) => [...previous, value];

/** `--plugin` (repeatable), `-q/--quiet` and `-o/--output`, worded the same on every command. */
export const commonOptions = (
  command: Command,
  output = "the output file (written atomically); standard output without it",
): Command =>
  command
    .addOption(
      new Option("--plugin <module>", "load a plugin module (path or package name); repeatable")
        .argParser(collect)
        .default([]),
    )
    .option("-q, --quiet", "no progress bar, warnings or count line; errors only")
    .option("-o, --output <file>", output);

/** An input opened with the command's registry and tally: where its events come from and where its problems go. */
export interface Session {
  readonly registry: Registry;
  readonly gazetteer: Gazetteer;
  readonly input: Input;
  readonly format: string;
  readonly tally: Tally;
}

/** Loads the plugins, opens the input (with a progress bar when it is worth one) and tells its format. */
export const openSession = async (
  cli: Cli,
  file: string | undefined,
  flags: CommonFlags,
  from: string | undefined,
): Promise<Session> => {
  const registry = await loadRegistry(flags.plugin, cli.cwd);
  const opened = await openInput(file, cli.io);
  const quiet = flags.quiet === true;
  const { size } = opened;
  const stream = cli.io.stderrStream;
  const progress =
    size !== undefined && stream !== undefined && wantsProgress({ size, isTTY: cli.io.stderrIsTTY, quiet });
  const input = progress ? { ...opened, chunks: withProgress(opened.chunks, size, stream) } : opened;
  // With a bar on the line, a diagnostic first clears it; the bar redraws itself below.
  const write = progress ? (text: string) => cli.io.stderr(`\r\u001b[2K${text}`) : cli.io.stderr;
  const format = inputFormat(input, from, registry);
  return { registry, gazetteer, input, format, tally: new Tally(input.name, write, quiet) };
};

/** Runs `produce` against the output, committing it on success and removing what was written on failure. */
export const writeOutput = async (
  cli: Cli,
  path: string | undefined,
  produce: (output: Output) => Promise<void>,
): Promise<void> => {
  const output = await openOutput(path === undefined ? undefined : path, cli.io);
  try {
    await produce(output);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
};

/** Closes a session: the count line, and exit code 1 when any record was rejected. */
export const finish = (cli: Cli, session: Session, failed = false): void => {
  session.tally.close();
  if (failed || session.tally.rejected > 0) cli.exitCode = Math.max(cli.exitCode, EXIT.rejected);
};

/** The help's closing examples, one per line. */
export const examples = (lines: readonly string[]): string =>
  `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
