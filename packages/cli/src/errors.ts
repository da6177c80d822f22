import { TradecraftError } from "@tradecraft/core";

/**
 * Exit codes: 0 done; 1 records rejected or validation errors; 2 the command line is wrong; 3 an input cannot be
 * read or an output cannot be written; 70 an internal error (a bug: please report it).
 */
export const EXIT = { ok: 0, rejected: 1, usage: 2, input: 3, output: 3, internal: 70 } as const;

/** An error the user can fix: printed as one line with a hint, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Library errors about options (bad configuration) are usage errors; others concern the data. */
const USAGE_CODE = /_(OPTIONS|CONFIG|UNKNOWN_RULE|RULE_INVALID|RULE_CLASH)$/;

/** Turns what a command threw into the one line the user sees and the exit code. */
export const describeError = (error: unknown): { line: string; exitCode: number } => {
  if (error instanceof CliError) {
    return { line: `${error.message}${error.hint ? ` (hint: ${error.hint})` : ""}`, exitCode: error.exitCode };
  }
  if (error instanceof TradecraftError) {
    const hint = error.hint ? ` (hint: ${error.hint})` : "";
    return {
      line: `error ${error.code}: ${error.message}${hint}`,
      exitCode: USAGE_CODE.test(error.code) ? EXIT.usage : EXIT.rejected,
    };
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    line: `internal error: ${message}\n(hint: this is a bug in tradecraft, not in your data: please report it with the command you ran)`,
    exitCode: EXIT.internal,
  };
};
