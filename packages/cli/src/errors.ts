/** Exit codes: 0 done, 2 the command line is wrong, 3 the input cannot be read as an article. */
export const EXIT = { ok: 0, usage: 2, input: 3 } as const;

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
