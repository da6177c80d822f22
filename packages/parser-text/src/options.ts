import { PublishedSchema } from "@tradecraft/core";
import { z } from "zod";

/** Articles are small; anything larger than this is refused with a diagnostic rather than read into memory. */
export const DEFAULT_MAX_CHARACTERS = 2_000_000;

/** The text parser's options. The gazetteer comes through the parser context (`ParserContext.gazetteer`). */
export const TextParserOptionsSchema = z.strictObject({
  /** Publication date (YYYY-MM-DD or an ISO timestamp): anchors relative dates; without it they stay unknown. */
  published: PublishedSchema.optional(),
  publisher: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The input is HTML: tags are blanked out (offsets still point into the HTML). */
  html: z.boolean().optional(),
  /** Refuse larger inputs (characters). */
  maxCharacters: z.int().positive().optional(),
});

export type TextParserOptions = z.infer<typeof TextParserOptionsSchema>;
