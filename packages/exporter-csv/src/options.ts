import { type Entity, type Registry, TradecraftError, zodIssuesToDiagnostics } from "@tradecraft/core";
import { z } from "zod";

const DelimiterSchema = z
  .string()
  .length(1, { error: "the delimiter is one character, such as ',' ';' '|' or a tab" })
  .refine((c) => c !== '"' && c !== "\r" && c !== "\n", { error: "the delimiter cannot be a quote or a line break" });

/** What the CSV exporter can be asked to do; every field is optional and documented with its default. */
export const CsvExportOptionsSchema = z.strictObject({
  /** The field separator: `,` as RFC 4180 has it, or `;`, a tab or `|` for tools and locales that want them. */
  delimiter: DelimiterSchema.default(","),
  /** The line ending: CRLF as RFC 4180 has it, or LF. Line breaks inside values are written as they are. */
  newline: z.enum(["\r\n", "\n"]).default("\r\n"),
  /** Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
  bom: z.boolean().default(false),
  /** Write the header line. */
  header: z.boolean().default(true),
  /** Exactly these columns, in this order; values in other columns are left out on purpose. */
  columns: z
    .array(z.string().min(1))
    .min(1)
    .refine((columns) => new Set(columns).size === columns.length, { error: "a column is named twice" })
    .optional(),
  /** Only events of these types, and only these types' own columns. */
  types: z.array(z.string().min(1)).min(1).optional(),
  /** Write the detail columns (`count_qualifier`, `participants`, `source_publishers` ...) the exact round trip needs. */
  details: z.boolean().default(true),
  /** `ext.<namespace>.<field>` columns to write whether or not the events read ahead use them. */
  ext: z
    .array(z.string().regex(/^ext\.[^.]+\..+$/, { error: "an ext column is named ext.<namespace>.<field>" }))
    .optional(),
  /** How many events are read before the header is written, to find the ext and unregistered columns they use. */
  lookahead: z.int().nonnegative().default(1000),
  /** Neutralize cells a spreadsheet would run as formulas (OWASP CSV injection); plain numbers are left alone. */
  protectFormulas: z.boolean().default(true),
});

/** The exporter's options as a caller writes them. */
export type CsvExportOptions = z.input<typeof CsvExportOptionsSchema>;
/** The options with their defaults filled in. */
export type CsvExportSettings = z.output<typeof CsvExportOptionsSchema>;

/** What the helpers need beside the options: the registry the events belong to and, optionally, their entities. */
export interface CsvExportContext {
  readonly registry: Registry;
  /** The dataset's entities, so that columns such as `initiator_country` and `persons` can name what ids refer to. */
  readonly entities?: Iterable<Entity> | undefined;
}

/** Checks the options, filling in defaults; a bad option throws a `TradecraftError` coded `TC_CSV_OPTIONS`. */
export const readExportOptions = (options: unknown): CsvExportSettings => {
  const result = CsvExportOptionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const [first] = zodIssuesToDiagnostics(result.error, "TC_CSV_OPTIONS");
  throw new TradecraftError({
    code: "TC_CSV_OPTIONS",
    message: `CSV export options: ${first?.message ?? "invalid"}`,
    hint: "See the options table in the @tradecraft/exporter-csv README.",
  });
};
