import { Command, CommanderError } from "commander";
import { version } from "../package.json";
import { extractCommand } from "./commands/extract";
import { mapCommand } from "./commands/map";
import { schemaCommand } from "./commands/schema";
import { statsCommand } from "./commands/stats";
import { convertCommand, exportCommand, importCommand } from "./commands/transform";
import { validateCommand } from "./commands/validate";
import { describeError, EXIT } from "./errors";
import { type Io, processIo } from "./io";
import type { Cli } from "./session";

export { CliError, EXIT } from "./errors";
export type { Io } from "./io";
export type { Cli } from "./session";
export {
  computeStats,
  formatStats,
  type ReciprocityPair,
  ReciprocityPairSchema,
  type Stats,
  StatsSchema,
} from "./stats";

const COMMANDS = [
  extractCommand,
  importCommand,
  validateCommand,
  exportCommand,
  convertCommand,
  schemaCommand,
  statsCommand,
  mapCommand,
] as const;

/** The `tradecraft` program. Commands report errors by throwing and set `cli.exitCode`; `run` turns both into an exit code. */
export const createProgram = (cli: Cli): Command => {
  const program = new Command("tradecraft")
    .description("Diplomatic and espionage events as typed, sourced, validated data.")
    .version(version, "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        void cli.io.stdout(text);
      },
      writeErr: cli.io.stderr,
      outputError: (message, write) =>
        write(`tradecraft: ${message.replace(/^error: /, "").trim()} (hint: see tradecraft --help)\n`),
    })
    .addHelpText(
      "after",
      "\nExit codes: 0 done, 1 records rejected or validation errors, 2 wrong command line, 3 input unreadable or output unwritable, 70 internal error.\n",
    );
  // Subcommands added whole do not inherit output and exit settings: copy them.
  for (const command of COMMANDS) program.addCommand(command(cli).copyInheritedSettings(program));
  return program;
};

/** Runs the program on command-line arguments (without `node` and the script) and returns the exit code. */
export const run = async (argv: readonly string[], io: Io = processIo, cwd = process.cwd()): Promise<number> => {
  const cli: Cli = { io, cwd, exitCode: EXIT.ok };
  try {
    await createProgram(cli).parseAsync([...argv], { from: "user" });
    return cli.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // A reader that stops early closed standard output: nothing is wrong.
    if ((error as NodeJS.ErrnoException).code === "EPIPE") return EXIT.ok;
    const { line, exitCode } = describeError(error);
    io.stderr(`tradecraft: ${line}\n`);
    return exitCode;
  }
};
