import {
  type Diagnostic,
  type Entity,
  type Gazetteer,
  Registry,
  TradecraftError,
  zodIssuesToDiagnostics,
} from "@tradecraft/core";
import { z } from "zod";

/** How features are written: one FeatureCollection, an RFC 8142 text sequence, or one feature per line. */
export const GeoJsonModeSchema = z.enum(["featurecollection", "geojsonseq", "ndgeojson"]);
export type GeoJsonMode = z.infer<typeof GeoJsonModeSchema>;

const isGazetteer = (value: unknown): value is Gazetteer =>
  typeof value === "object" &&
  value !== null &&
  ["lookupPlace", "countryPoint", "capital"].every(
    (method) => typeof (value as Record<string, unknown>)[method] === "function",
  );

export const GeoJsonOptionsSchema = z
  .strictObject({
    mode: GeoJsonModeSchema.default("featurecollection"),
    /** Decimals kept in geometry coordinates: 6 is about 0.1 m, finer than any reported place. */
    coordinatePrecision: z.int().min(0).max(15).default(6),
    /** `flat`: the flat columns CSV has (core's `flattenEvent`); `nested`: the event object as it is. */
    properties: z.enum(["flat", "nested"]).default("flat"),
    /** Place events without coordinates through the gazetteer (their city, else their country's point). */
    place: z.boolean().default(true),
    /** Events left without a point: kept with `"geometry": null`, or dropped and each reported. */
    unplaced: z.enum(["keep", "drop"]).default("keep"),
    /** Add a line from the initiator's capital to the target's for types that have both actors. */
    flows: z.boolean().default(false),
    /** Write the collection's `bbox` (after `features`, since it is known only at the end). */
    bbox: z.boolean().default(true),
    /** Resolves cities, countries and capitals; the exporter context's is used when this is absent. */
    gazetteer: z.custom<Gazetteer>(isGazetteer, { error: "not a Gazetteer (see @tradecraft/core)" }).optional(),
    /** Knows the type-specific fields and each type's actors; the core registry when absent. */
    registry: z.custom<Registry>((value) => value instanceof Registry, { error: "not a Registry" }).optional(),
    /** The dataset's entities, so actors and participants given as entity ids are named and placed. */
    entities: z.custom<readonly Entity[]>(Array.isArray, { error: "not an array of entities" }).optional(),
    /** Receives every diagnostic as it happens: the output is text, so this is the diagnostics' channel. */
    onDiagnostic: z
      .custom<(diagnostic: Diagnostic) => void>((value) => typeof value === "function", {
        error: "not a function",
      })
      .optional(),
  })
  .refine((options) => options.unplaced !== "drop" || options.onDiagnostic !== undefined, {
    error: "dropping unplaced events needs onDiagnostic, so that each dropped event is reported",
    path: ["onDiagnostic"],
    params: { hint: "Pass onDiagnostic, or use toFeatureCollection, which returns the diagnostics." },
  })
  .refine((options) => !options.flows || options.gazetteer !== undefined, {
    error: "flows need a gazetteer, to find the capitals they join",
    path: ["gazetteer"],
    params: {
      hint: "Pass a Gazetteer (for example from @tradecraft/gazetteer) in the options or the exporter context.",
    },
  });

/** The options as a caller writes them (every field optional). */
export type GeoJsonOptions = z.input<typeof GeoJsonOptionsSchema>;
/** The options with their defaults applied. */
export type ResolvedGeoJsonOptions = z.output<typeof GeoJsonOptionsSchema>;

/** Checks options and applies defaults; bad options throw a `TradecraftError` with code `TC_GEOJSON_OPTIONS`. */
export const resolveOptions = (options: GeoJsonOptions): ResolvedGeoJsonOptions => {
  const result = GeoJsonOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const [first] = zodIssuesToDiagnostics(result.error, "TC_GEOJSON_OPTIONS");
  throw new TradecraftError({
    code: "TC_GEOJSON_OPTIONS",
    message: `invalid GeoJSON export options: ${first?.message ?? result.error.message}`,
    hint: first?.hint ?? "See the options table in the @tradecraft/exporter-geojson README.",
  });
};
