import { type Diagnostic, EdtfDateSchema, TradecraftError, zodIssuesToDiagnostics } from "@tradecraft/core";
import { z } from "zod";

export const MapOptionsSchema = z.strictObject({
  /** The page's title and heading. */
  title: z.string().trim().min(1).max(200).default("Tradecraft events"),
  /** The date window the page opens on (EDTF; its earliest day). The data's first day when absent. */
  from: EdtfDateSchema.optional(),
  /** The date window's end (EDTF; its latest day). The data's last day when absent. */
  to: EdtfDateSchema.optional(),
  /** Receives each feature that is not drawn (and each unreadable date) as it is read; they are listed in the page too. */
  onDiagnostic: z
    .custom<(diagnostic: Diagnostic) => void>((value) => typeof value === "function", { error: "not a function" })
    .optional(),
});

/** The options as a caller writes them (every field optional). */
export type MapOptions = z.input<typeof MapOptionsSchema>;
export type ResolvedMapOptions = z.output<typeof MapOptionsSchema>;

/** Checks options and applies defaults; bad options throw a `TradecraftError` with code `TC_MAP_OPTIONS`. */
export const resolveMapOptions = (options: MapOptions): ResolvedMapOptions => {
  const result = MapOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const [first] = zodIssuesToDiagnostics(result.error, "TC_MAP_OPTIONS");
  throw new TradecraftError({
    code: "TC_MAP_OPTIONS",
    message: `invalid map options: ${first?.message ?? result.error.message}`,
    hint: first?.hint ?? "See the options table in the @tradecraft/map README.",
  });
};
