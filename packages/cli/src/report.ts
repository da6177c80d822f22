import type { Diagnostic, ParseRecord } from "@tradecraft/core";

/** `file:line[:col]`, or the file alone when the diagnostic has no line (a JSON dataset names its record in the message). */
export const where = (file: string, diagnostic: Pick<Diagnostic, "position">): string => {
  const { line, column } = diagnostic.position ?? {};
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
};

/** One line: `tradecraft: file:line[:col]: severity CODE: message (hint: ...)`. */
export const formatDiagnostic = (file: string, diagnostic: Diagnostic): string => {
  const hint = diagnostic.hint === undefined ? "" : ` (hint: ${diagnostic.hint})`;
  // One line, whatever the message holds (split, not a regex: no backtracking on long runs of spaces).
  const message = diagnostic.message
    .split("\n")
    .map((part) => part.trim())
    .join(" ");
  return `tradecraft: ${where(file, diagnostic)}: ${diagnostic.severity} ${diagnostic.code}: ${message}${hint}\n`;
};

/**
 * Counts what became of every input record and prints each diagnostic as it comes: records in = events +
 * rejected + skipped. Errors are always printed; warnings and notes not with --quiet.
 */
export class Tally {
  events = 0;
  rejected = 0;
  skipped = 0;
  warnings = 0;
  notes = 0;

  constructor(
    private readonly file: string,
    private readonly write: (text: string) => void,
    private readonly quiet: boolean,
  ) {}

  diagnostic(diagnostic: Diagnostic): void {
    if (diagnostic.severity === "error") this.rejected++;
    else if (diagnostic.severity === "warning") this.warnings++;
    else this.notes++;
    if (diagnostic.severity === "error" || !this.quiet) this.write(formatDiagnostic(this.file, diagnostic));
  }

  /** Passes the events on and accounts for everything else. */
  async *pass<E>(records: AsyncIterable<ParseRecord<E>>): AsyncGenerator<E> {
    for await (const record of records) {
      if (record.kind === "event") {
        this.events++;
        yield record.event;
      } else if (record.kind === "skip") this.skipped++;
      else this.diagnostic(record.diagnostic);
    }
  }

  get records(): number {
    return this.events + this.rejected + this.skipped;
  }

  /** The closing count line, unless --quiet. */
  close(): void {
    if (this.quiet) return;
    const parts = [`${this.events} event${this.events === 1 ? "" : "s"}`, `${this.rejected} rejected`];
    if (this.skipped > 0) parts.push(`${this.skipped} skipped`);
    if (this.warnings > 0) parts.push(`${this.warnings} warning${this.warnings === 1 ? "" : "s"}`);
    if (this.notes > 0) parts.push(`${this.notes} note${this.notes === 1 ? "" : "s"}`);
    this.write(
      `tradecraft: ${this.file}: ${this.records} record${this.records === 1 ? "" : "s"}: ${parts.join(", ")}\n`,
    );
  }
}
