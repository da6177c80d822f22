import {
  DEFAULT_MAX_LINE_LENGTH,
  EventTypeNameSchema,
  EXT_NAMESPACE_PATTERN,
  TradecraftError,
  zodIssuesToDiagnostics,
} from "@tradecraft/core";
import { z } from "zod";

const MappingTargetSchema = z.string().min(1).nullable();

/** What the CSV parser can be asked to do; every field is optional and documented with its default. */
export const CsvParseOptionsSchema = z.strictObject({
  /** The field separator: `,`, or `;`, a tab, `|` ... */
  delimiter: z
    .string()
    .length(1, { error: "the delimiter is one character, such as ',' ';' '|' or a tab" })
    .refine((c) => c !== '"' && c !== "\r" && c !== "\n", { error: "the delimiter cannot be a quote or a line break" })
    .default(","),
  /**
   * Your header names to flat-layout columns (`initiator`, `date`, `count`, `persona_non_grata`, `ext.acme.score`)
   * or model paths (`location.city`, `countQualifier`, `personaNonGrata`); `null` leaves a column out on purpose.
   * Given a mapping, cells are normalized (countries, dates, counts) and unmapped columns go to `ext`.
   */
  mapping: z
    .union([z.map(z.string(), MappingTargetSchema), z.record(z.string(), MappingTargetSchema)])
    .transform((m) => (m instanceof Map ? m : new Map(Object.entries(m))))
    .optional(),
  /** Normalize countries, dates and counts; on by default with a mapping, off for the exporter's own layout. */
  normalize: z.boolean().optional(),
  /** The event type of every row, for a sheet without a type column. */
  type: EventTypeNameSchema.optional(),
  /** The ext namespace that columns outside the layout go to: `ext.<namespace>.<column>`. */
  namespace: z.string().regex(new RegExp(EXT_NAMESPACE_PATTERN)).default("csv"),
  /** Ids for a sheet without an id column: this prefix and the row's line number (`row-12`). */
  idPrefix: z
    .string()
    .regex(/^[A-Za-z0-9._:-]*$/)
    .default("row-"),
  /** How to read a numeric date such as 05/03/2022 whose day and month could be either; without it, such a date is a diagnostic. */
  dateOrder: z.enum(["dmy", "mdy"]).optional(),
  /** Strip the `'` the exporter puts before formula-like cells; on by default for the exporter's layout, off with a mapping. */
  unprotectFormulas: z.boolean().optional(),
  /** A record longer than this many characters is reported and skipped (an unclosed quote would otherwise swallow the file). */
  maxRecordSize: z.int().positive().default(DEFAULT_MAX_LINE_LENGTH),
});

/** The parser's options as a caller writes them. */
export type CsvParseOptions = z.input<typeof CsvParseOptionsSchema>;
/** The options with their defaults filled in. */
export type CsvParseSettings = z.output<typeof CsvParseOptionsSchema>;

/** Checks the options, filling in defaults; a bad option throws a `TradecraftError` coded `TC_CSV_OPTIONS`. */
export const readParseOptions = (options: unknown): CsvParseSettings => {
  const result = CsvParseOptionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const [first] = zodIssuesToDiagnostics(result.error, "TC_CSV_OPTIONS");
  throw new TradecraftError({
    code: "TC_CSV_OPTIONS",
    message: `CSV parse options: ${first?.message ?? "invalid"}`,
    hint: "See the options table in the @tradecraft/parser-csv README.",
  });
};
