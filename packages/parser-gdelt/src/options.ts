import { CountryCodeSchema, zodIssuesToDiagnostics } from "@tradecraft/core";
import { z } from "zod";
import { CAMEO_CODE_PATTERN, isCameoCode } from "./cameo";
import { gdeltError } from "./diagnostics";

/** Options of the GDELT parser. Every filter is optional; rows a filter leaves out are counted skips. */
export const GdeltOptionsSchema = z
  .strictObject({
    /** CAMEO codes or their prefixes: `["17"]` is the whole COERCE root, `["04", "1125"]` talks and espionage accusations. */
    codes: z
      .array(
        z
          .string()
          .regex(CAMEO_CODE_PATTERN, { error: "a CAMEO code is 2 to 4 digits, as text (042)" })
          .refine(isCameoCode, { error: (issue) => `'${String(issue.input)}' is not a CAMEO code` }),
      )
      .min(1)
      .optional(),
    /** Keeps rows where Actor1's or Actor2's country (read as ISO) is one of these ISO 3166 alpha-2 codes. */
    actorCountries: z.array(CountryCodeSchema).min(1).optional(),
    /** First event day kept (SQLDATE), inclusive, as YYYY-MM-DD. */
    from: z.iso.date().optional(),
    /** Last event day kept (SQLDATE), inclusive, as YYYY-MM-DD. */
    to: z.iso.date().optional(),
    /** QuadClasses kept: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    quadClasses: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]))
      .min(1)
      .optional(),
    /** Rows with fewer NumMentions are skipped. */
    minMentions: z.int().nonnegative().optional(),
    /** Apply each code's domain guard (talks between two states, arrests with a foreign or intelligence actor ...). */
    domainGuards: z.boolean().default(true),
    /** Without an ActionGeo, take the place from Actor1Geo, then Actor2Geo (where the actors are, not where it happened). */
    actorGeoFallback: z.boolean().default(false),
    /** Merge near-identical rows for one happening into one event with `same_as` relations. */
    collapse: z.boolean().default(false),
    /** How many happenings collapsing keeps open at once before it lets the oldest go. */
    collapseWindow: z.int().positive().default(10_000),
    /** Refuse a zip archive that unzips to more than this many bytes (a zip bomb). Default 4 GiB. */
    maxDecompressedBytes: z
      .int()
      .positive()
      .default(2 ** 32),
    /** Lines longer than this many characters are diagnostics, so one huge line cannot exhaust memory. */
    maxLineLength: z.int().positive().default(65_536),
    /** Read every row with this layout instead of taking it from the first row's column count. */
    version: z.enum(["2.0", "1.0-daily", "1.0-historical"]).optional(),
  })
  .refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, {
    error: "from is after to",
    path: ["to"],
  });

/** The options as a caller writes them. */
export type GdeltOptions = z.input<typeof GdeltOptionsSchema>;

/** The options with their defaults filled in. */
export type ResolvedGdeltOptions = z.output<typeof GdeltOptionsSchema>;

/** Checks the options; bad ones are a programming error, thrown as a `TradecraftError` (TC_GDELT_OPTIONS). */
export const resolveOptions = (options: unknown): ResolvedGdeltOptions => {
  const result = GdeltOptionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const messages = zodIssuesToDiagnostics(result.error, "TC_GDELT_OPTIONS").map((d) => d.message);
  throw gdeltError("TC_GDELT_OPTIONS", `invalid GDELT parser options: ${messages.join("; ")}`);
};
