import { z } from "zod";

/** Where in the input a record or a problem sits. Lines and columns count from 1, offsets from 0. */
export const PositionSchema = z.strictObject({
  line: z.int().positive().optional(),
  column: z.int().positive().optional(),
  offset: z.int().nonnegative().optional(),
  /** The record's index in its input (0-based), where records are not lines (JSON arrays, CSV rows). */
  record: z.int().nonnegative().optional(),
});
export type Position = z.infer<typeof PositionSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem found in the input: a stable code to search for, a message that names the offending value,
 * where it is, and what to do about it. Diagnostics are data, never thrown at the user as stack traces.
 */
export const DiagnosticSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  severity: SeveritySchema,
  message: z.string(),
  hint: z.string().optional(),
  position: PositionSchema.optional(),
  /** Path inside the record, e.g. `["location", "lat"]`. */
  path: z.array(z.union([z.string(), z.int()])).optional(),
  /** A short excerpt of the input the diagnostic is about. */
  excerpt: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** An error a user can meet, carrying the same facts as a diagnostic. Thrown only by APIs that return a single value. */
export class TradecraftError extends Error {
  override readonly name = "TradecraftError";
  readonly code: string;
  readonly hint: string | undefined;
  readonly position: Position | undefined;

  constructor(diagnostic: Omit<Diagnostic, "severity">) {
    super(diagnostic.message);
    this.code = diagnostic.code;
    this.hint = diagnostic.hint;
    this.position = diagnostic.position;
  }

  toDiagnostic(): Diagnostic {
    return {
      code: this.code,
      severity: "error",
      message: this.message,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
      ...(this.position === undefined ? {} : { position: this.position }),
    };
  }
}

/** Cuts an input excerpt to a readable length for messages. */
export const excerpt = (text: string, max = 80): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Formats a path the way users read it: `events[12].location.lat`. */
export const formatPath = (path: readonly (string | number | symbol)[], root = ""): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    const name = String(key);
    return out === "" ? name : `${out}.${name}`;
  }, root);
