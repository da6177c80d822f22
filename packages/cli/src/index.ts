import { Command, CommanderError } from "commander";
import { extractCommand } from "./commands/extract";
import { CliError, EXIT } from "./errors";
import { type Io, processIo } from "./io";

export { CliError, EXIT } from "./errors";
export type { Io } from "./io";

/** The `tradecraft` program. Commands report errors by throwing; `run` turns them into exit codes. */
export const createProgram = (io: Io = processIo): Command => {
  const program = new Command("tradecraft")
    .description("Diplomatic and espionage events as typed, sourced, validated data.")
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) =>
        write(`tradecraft: ${message.replace(/^error: /, "").trim()} (see tradecraft --help)\n`),
    });
  // Subcommands added whole do not inherit output and exit settings: copy them.
  return program.addCommand(extractCommand(io).copyInheritedSettings(program));
};

/** Runs the program on command-line arguments (without `node` and the script) and returns the exit code. */
export const run = async (argv: readonly string[], io: Io = processIo): Promise<number> => {
  try {
    await createProgram(io).parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`tradecraft: ${error.message}${error.hint ? `; ${error.hint}` : ""}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
};
